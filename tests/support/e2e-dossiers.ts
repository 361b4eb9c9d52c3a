import type { Browser, Page } from '@playwright/test';
import type { MethodName } from '../../src/shared/api/contract';
import type { Ward } from './e2e-fixtures';
import { canonical, printOffline, readPdfText } from './pdf-text';

// What the dossier end-to-end tests share: a clerk account ready to sign in, and a browser whose print
// dialog is replaced by a log of what was printed.

export const CLERK = { username: 'canbo.binh', fullName: 'Trần Thị Bình', secret: '135790' } as const;

interface PrintLog {
  printed?: string[];
  printedHtml?: string[];
}

/**
 * Replaces print() in every frame (slips print from a hidden one) and closes the "dialog" at once,
 * keeping the text and the whole document of each print, to read back as a PDF.
 */
export async function stubBrowserPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const top = window.top as Window & PrintLog;
    window.print = () => {
      top.printed = [...(top.printed ?? []), document.body?.innerText ?? ''];
      top.printedHtml = [...(top.printedHtml ?? []), `<!doctype html>${document.documentElement.outerHTML}`];
      setTimeout(() => window.dispatchEvent(new Event('afterprint')), 0);
    };
  });
}

/** The text of every print of the page so far, in order. */
export function printedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Window & PrintLog).printed ?? []);
}

/** The documents of every print of the page so far, in order. */
export function printedDocuments(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Window & PrintLog).printedHtml ?? []);
}

/** A clerk account whose first PIN is already changed, so a sign-in opens the counter page. */
export async function clerkAccount(ward: Ward): Promise<void> {
  await ward.call('createClerk', { username: CLERK.username, fullName: CLERK.fullName, role: 'clerk', secret: '111111' });
  const { sessionToken } = await ward.call('signIn', { username: CLERK.username, secret: '111111' }, ward.launchToken);
  await ward.call('changeOwnSecret', { currentSecret: '111111', newSecret: CLERK.secret }, sessionToken);
  await ward.call('signOut', {}, sessionToken);
}

/** Prints a captured slip document into a PDF and reads its text back, as the citizen's copy reads. */
export async function slipPdfText(browser: Browser, html: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { pdf } = await printOffline(await context.newPage(), html, { preferCSSPageSize: true, printBackground: true });
  await context.close();
  return canonical(await readPdfText(pdf));
}

/**
 * Lets the first call of `method` reach the service, which carries it out, then cuts its answer on
 * the way back, as a flaky LAN would; later calls pass. Returns the request id of every call, in order.
 */
export async function cutFirstAnswer(page: Page, method: MethodName): Promise<string[]> {
  const requestIds: string[] = [];
  await page.route(`**/api/${method}`, async (route) => {
    requestIds.push((route.request().postDataJSON() as { requestId: string }).requestId);
    if (requestIds.length > 1) return route.continue();
    await route.fetch();
    await route.abort('connectionreset');
  });
  return requestIds;
}
