import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import type { Ticket } from '../../src/shared/api/schemas';
import { printingText } from '../../src/shared/i18n/vi';
import type { PrintRequest, ShellBridge } from '../../src/shared/shell-bridge';
import { startE2eApp, type E2eApp } from './harness';

// Printing from the kiosk page of the real app, with the printer replaced at its edge: the browser's
// print() (called in the hidden ticket frame) or the desktop shell's printHtml. What must hold is
// what a clerk relies on: a failed print is recorded as failed with its reason, and a reprint that
// works turns it into printed.

const TIMEOUT = 15_000;
let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

interface PrintLog {
  /** What print() was asked to print: the frame's visible text and its @page rules. */
  printed?: Array<{ text: string; pageRules: string[] }>;
  /** ok: the dialog closes (afterprint); throw: print() throws; hang: no afterprint ever. */
  printMode?: 'ok' | 'throw' | 'hang';
  shellRequests?: Array<Omit<PrintRequest, 'html'> & { number: string | null }>;
  shellResult?: { ok: boolean; error?: string } | 'hang';
}

/** Replaces print() in every frame; the top page's printMode decides what the "dialog" does. */
async function stubBrowserPrint(page: Page, mode: PrintLog['printMode']): Promise<void> {
  await page.addInitScript((initialMode) => {
    const top = window.top as Window & PrintLog;
    if (window === top) top.printMode = initialMode;
    window.print = () => {
      const pageRules = Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText))
        .filter((r) => r.startsWith('@page'));
      top.printed = [...(top.printed ?? []), { text: document.body?.innerText ?? '', pageRules }];
      if (top.printMode === 'throw') throw new Error('Máy in hết giấy');
      if (top.printMode === 'ok') setTimeout(() => window.dispatchEvent(new Event('afterprint')), 0);
    };
  }, mode);
}

/** Pretends to be the desktop app: window.motcuaShell with a printer whose answer the test sets. */
async function fakeShell(page: Page, result: PrintLog['shellResult']): Promise<void> {
  await page.addInitScript((initial) => {
    const top = window as Window & PrintLog & { motcuaShell?: ShellBridge };
    top.shellResult = initial;
    top.shellRequests = [];
    top.motcuaShell = {
      printHtml: (request) => {
        const number = /<div class="number">([^<]*)<\/div>/.exec(request.html)?.[1] ?? null;
        top.shellRequests!.push({ printerName: request.printerName, pageWidthMm: request.pageWidthMm, number });
        const answer = top.shellResult!;
        return answer === 'hang' ? new Promise(() => undefined) : Promise.resolve(answer);
      },
      listPrinters: () => Promise.resolve([{ name: 'XP-80C', displayName: 'Xprinter XP-80C', isDefault: false }]),
      appInfo: () => Promise.resolve({ version: '0.0.0', dataDir: '/tmp' }),
    };
  }, result);
}

async function call<M extends MethodName>(method: M, input: MethodInput<M>, token = app.service.token): Promise<MethodOutput<M>> {
  const response = await fetch(`${app.baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as MethodOutput<M>;
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body;
}

async function ticketByNumber(displayNumber: string): Promise<Ticket> {
  const { tickets } = await call('listTickets', {});
  const ticket = tickets.find((t) => t.displayNumber === displayNumber);
  expect(ticket, displayNumber).toBeDefined();
  return ticket!;
}

async function failedNumbers(): Promise<string[]> {
  return (await call('listTickets', { printFailedOnly: true })).tickets.map((t) => t.displayNumber);
}

/** A page that exists before navigation, so stubs and a fake clock are in place from the start. */
async function kioskPage(
  prepare: (page: Page) => Promise<void>,
  token = app.service.token,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await prepare(page);
  await page.goto(`${app.baseUrl}/kiosk#token=${token}`);
  return { page, context };
}

async function takeTicket(page: Page, letter: string): Promise<string> {
  await page.getByTestId(`kiosk-service-${letter}`).click({ timeout: TIMEOUT });
  await page.getByTestId('kiosk-priority-none').click({ timeout: TIMEOUT });
  const number = page.getByTestId('kiosk-ticket-number');
  await number.waitFor({ timeout: TIMEOUT });
  return (await number.textContent())!.trim();
}

const printedStatus = (page: Page) => page.locator('[data-testid="kiosk-print-status"][data-print-status="printed"]');

describe('ticket printing in a browser (print dialog in a hidden frame)', () => {
  test('a print that throws is recorded as failed with its reason; the reprint that works is recorded as printed', async () => {
    const { page, context } = await kioskPage((p) => stubBrowserPrint(p, 'throw'));
    const number = await takeTicket(page, 'A');

    await page.getByTestId('kiosk-print-error').waitFor({ timeout: TIMEOUT });
    expect(await page.getByTestId('kiosk-print-error').textContent()).toContain('Máy in hết giấy');
    const failed = await ticketByNumber(number);
    expect(failed.printStatus).toBe('failed');
    expect(failed.printError).toBe(printingText.failures.dialogError('Máy in hết giấy'));
    expect(await failedNumbers()).toContain(number);

    await page.evaluate(() => ((window as Window & PrintLog).printMode = 'ok'));
    await page.getByTestId('kiosk-reprint').click();
    await printedStatus(page).waitFor({ timeout: TIMEOUT });
    const reprinted = await ticketByNumber(number);
    expect(reprinted.printStatus).toBe('printed');
    expect(reprinted.printError).toBeNull();
    expect(await failedNumbers()).not.toContain(number);

    // What went to the printer was this ticket, on an 80 mm page shortened to its content.
    const printed = await page.evaluate(() => (window as Window & PrintLog).printed ?? []);
    expect(printed).toHaveLength(2);
    const last = printed[1]!;
    expect(last.text).toContain(number);
    expect(last.text).toContain(printingText.ticket.yourNumber);
    const fitted = last.pageRules
      .map((r) => /size: 80mm (\d+(?:\.\d+)?)mm/.exec(r)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(fitted.length).toBeGreaterThanOrEqual(2);
    const shortened = fitted[fitted.length - 1]!;
    expect(shortened).toBeGreaterThan(50);
    expect(shortened).toBeLessThan(120);
    await context.close();
  });

  test('a print whose dialog never reports back is recorded as failed after the timeout, not left hanging', async () => {
    const { page, context } = await kioskPage(async (p) => {
      await p.clock.install();
      await stubBrowserPrint(p, 'hang');
    });
    const number = await takeTicket(page, 'B');
    await page.waitForFunction(() => ((window as Window & PrintLog).printed ?? []).length === 1, null, { timeout: TIMEOUT });
    expect((await ticketByNumber(number)).printStatus).toBe('pending');

    await page.clock.fastForward('01:05');
    await page.getByTestId('kiosk-print-error').waitFor({ timeout: TIMEOUT });
    const ticket = await ticketByNumber(number);
    expect(ticket.printStatus).toBe('failed');
    expect(ticket.printError).toBe(printingText.failures.dialogTimeout);
    await context.close();
  });
});

describe('ticket printing in the desktop app (silent print through the shell)', () => {
  test("prints to the ward's chosen printer and records the printer's failure, then the reprint", async () => {
    await call('updateSettings', { ticketPrinter: 'XP-80C' });
    const { page, context } = await kioskPage(async (p) => {
      await fakeShell(p, { ok: false, error: 'The printer is out of paper' });
      await stubBrowserPrint(p, 'throw');
    });
    const number = await takeTicket(page, 'C');
    await page.getByTestId('kiosk-print-error').waitFor({ timeout: TIMEOUT });
    const failed = await ticketByNumber(number);
    expect(failed.printStatus).toBe('failed');
    expect(failed.printError).toBe(printingText.failures.printerError('The printer is out of paper'));

    await page.evaluate(() => ((window as Window & PrintLog).shellResult = { ok: true }));
    await page.getByTestId('kiosk-reprint').click();
    await printedStatus(page).waitFor({ timeout: TIMEOUT });
    expect((await ticketByNumber(number)).printStatus).toBe('printed');

    const requests = await page.evaluate(() => (window as Window & PrintLog).shellRequests ?? []);
    expect(requests).toEqual([
      { printerName: 'XP-80C', pageWidthMm: 80, number },
      { printerName: 'XP-80C', pageWidthMm: 80, number },
    ]);
    // The dialog is never involved in the desktop app.
    expect(await page.evaluate(() => (window as Window & PrintLog).printed ?? [])).toEqual([]);
    await context.close();
  });

  test('a paired kiosk, which may not read the settings, prints to its own default printer', async () => {
    const { code } = await call('createPairingCode', { role: 'kiosk', deviceName: 'Máy lấy số sảnh' });
    const { token } = await call('pairDevice', { code });
    const { page, context } = await kioskPage((p) => fakeShell(p, { ok: true }), token);
    const number = await takeTicket(page, 'D');
    await printedStatus(page).waitFor({ timeout: TIMEOUT });
    expect((await ticketByNumber(number)).printStatus).toBe('printed');
    expect(await page.evaluate(() => (window as Window & PrintLog).shellRequests ?? [])).toEqual([
      { printerName: null, pageWidthMm: 80, number },
    ]);
    await context.close();
  });

  test('a printer that never answers is recorded as failed after the timeout', async () => {
    const { page, context } = await kioskPage(async (p) => {
      await p.clock.install();
      await fakeShell(p, 'hang');
    });
    const number = await takeTicket(page, 'E');
    await page.waitForFunction(() => ((window as Window & PrintLog).shellRequests ?? []).length === 1, null, { timeout: TIMEOUT });
    await page.clock.fastForward('01:05');
    await page.getByTestId('kiosk-print-error').waitFor({ timeout: TIMEOUT });
    const ticket = await ticketByNumber(number);
    expect(ticket.printStatus).toBe('failed');
    expect(ticket.printError).toBe(printingText.failures.printerTimeout);
    await context.close();
  });
});

describe('printer settings section', () => {
  async function settingsPage(prepare: (page: Page) => Promise<void>): Promise<{ page: Page; context: BrowserContext }> {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await prepare(page);
    await page.goto(`${app.baseUrl}/settings#token=${app.service.token}`);
    await page.getByTestId('printer-settings').waitFor({ timeout: TIMEOUT });
    return { page, context };
  }

  test("lists today's failed prints; reprinting one from the keyboard prints it and takes it off the list", async () => {
    const { service } = await call('saveService', {
      code: 'REPRINT',
      name: 'Cấp bản sao trích lục',
      letter: 'R',
      fields: ['Hộ tịch'],
      dailyCapacity: null,
      minutesPerTicket: 5,
      active: true,
    });
    const { ticket } = await call('issueTicket', { serviceId: service.id });
    await call('markTicketPrinted', { ticketId: ticket.id, ok: false, error: 'Kẹt giấy' });

    const { page, context } = await settingsPage((p) => stubBrowserPrint(p, 'ok'));
    expect(await page.getByTestId('printer-browser-hint').textContent()).toBe(printingText.settings.browserHint);
    const row = page.locator(`[data-testid="failed-print-row"][data-ticket-id="${ticket.id}"]`);
    await row.waitFor({ timeout: TIMEOUT });
    expect(await row.textContent()).toContain('Kẹt giấy');

    await page.getByRole('button', { name: printingText.settings.reprintLabel(ticket.displayNumber) }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('failed-prints-status')
      .filter({ hasText: printingText.settings.reprinted(ticket.displayNumber) })
      .waitFor({ timeout: TIMEOUT });
    await row.waitFor({ state: 'detached', timeout: TIMEOUT });
    expect((await ticketByNumber(ticket.displayNumber)).printStatus).toBe('printed');
    expect(await failedNumbers()).not.toContain(ticket.displayNumber);
    // Focus stays in the list rather than falling back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest('.failed-prints') !== null)).toBe(true);
    await context.close();
  });

  test('a test print prints a ticket marked as a test and issues no number', async () => {
    const before = (await call('listTickets', {})).tickets.length;
    const { page, context } = await settingsPage((p) => stubBrowserPrint(p, 'ok'));
    await page.getByTestId('printer-test').click();
    await page.getByTestId('printer-test-status').filter({ hasText: printingText.settings.testPrinted }).waitFor({ timeout: TIMEOUT });
    const printed = await page.evaluate(() => (window as Window & PrintLog).printed ?? []);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.text).toContain(printingText.ticket.sampleMark);
    expect((await call('listTickets', {})).tickets.length).toBe(before);
    await context.close();
  });

  test("in the desktop app, the ticket printer is chosen from this PC's printers and saved", async () => {
    await call('updateSettings', { ticketPrinter: 'Máy in cũ đã gỡ' });
    const { page, context } = await settingsPage((p) => fakeShell(p, { ok: true }));
    await page.getByTestId('printer-missing').waitFor({ timeout: TIMEOUT });
    expect(await page.getByTestId('printer-missing').textContent()).toBe(printingText.settings.missingPrinter('Máy in cũ đã gỡ'));

    await page.getByTestId('printer-select').selectOption('XP-80C');
    await page.getByTestId('printer-save').click();
    await page.getByTestId('printer-missing').waitFor({ state: 'detached', timeout: TIMEOUT });
    expect((await call('getConfig', {})).settings.ticketPrinter).toBe('XP-80C');

    await page.getByTestId('printer-select').selectOption('');
    await page.getByTestId('printer-save').click();
    await expect.poll(async () => (await call('getConfig', {})).settings.ticketPrinter, { timeout: TIMEOUT }).toBeNull();
    await context.close();
  });
});
