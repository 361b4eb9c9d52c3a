import type { Page } from '@playwright/test';
import type { Ticket } from '../../src/shared/api/schemas';
import { kioskText, printingText, slipsText } from '../../src/shared/i18n/vi';
import type { PrintRequest, ShellBridge } from '../../src/shared/shell-bridge';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { printOffline, readPdfPages } from '../support/pdf-text';

// Printing from the kiosk page of the real app, with the printer replaced at its edge: the browser's
// print() (called in the hidden ticket frame) or the desktop shell's printHtml. What must hold is
// what a clerk relies on: a failed print is recorded as failed with its reason, and a reprint that
// works turns it into printed.

interface PrintLog {
  /** What print() was asked to print: the frame's visible text and its @page rules. */
  printed?: Array<{ text: string; pageRules: string[] }>;
  /** ok: the dialog closes (afterprint); throw: print() throws; hang: no afterprint ever. */
  printMode?: 'ok' | 'throw' | 'hang';
  shellRequests?: Array<Omit<PrintRequest, 'html'> & { number: string | null }>;
  /** The documents the shell was given, in order. */
  shellDocuments?: string[];
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
    top.shellDocuments = [];
    top.motcuaShell = {
      printHtml: (request) => {
        top.shellDocuments!.push(request.html);
        const number = /<div class="number">([^<]*)<\/div>/.exec(request.html)?.[1] ?? null;
        top.shellRequests!.push({
          printerName: request.printerName,
          pageWidthMm: request.pageWidthMm,
          pageHeightMm: request.pageHeightMm,
          number,
        });
        const answer = top.shellResult!;
        return answer === 'hang' ? new Promise(() => undefined) : Promise.resolve(answer);
      },
      listPrinters: () =>
        Promise.resolve([
          { name: 'XP-80C', displayName: 'Xprinter XP-80C', isDefault: false },
          { name: 'HP-M404', displayName: 'HP LaserJet M404 (A4)', isDefault: true },
        ]),
      appInfo: () => Promise.resolve({ version: '0.0.0', dataDir: '/tmp' }),
      joinHub: () => Promise.resolve({ ok: false, error: 'not in this test' }),
      intakeOpen: () => Promise.resolve(),
    };
  }, result);
}

const printedSoFar = (page: Page) => page.evaluate(() => (window as Window & PrintLog).printed ?? []);
const shellRequestsSoFar = (page: Page) => page.evaluate(() => (window as Window & PrintLog).shellRequests ?? []);

async function ticketByNumber(ward: Ward, displayNumber: string): Promise<Ticket> {
  const { tickets } = await ward.call('listTickets', {});
  const ticket = tickets.find((t) => t.displayNumber === displayNumber);
  expect(ticket, displayNumber).toBeDefined();
  return ticket!;
}

async function failedNumbers(ward: Ward): Promise<string[]> {
  return (await ward.call('listTickets', { printFailedOnly: true })).tickets.map((t) => t.displayNumber);
}

async function takeTicket(page: Page, letter: string): Promise<string> {
  await page.getByTestId(`kiosk-service-${letter}`).click();
  await page.getByTestId('kiosk-priority-none').click();
  const number = page.getByTestId('kiosk-ticket-number');
  await expect(number).toHaveText(/\S/);
  return (await number.textContent())!.trim();
}

const printedStatus = (page: Page) => page.locator('[data-testid="kiosk-print-status"][data-print-status="printed"]');

test.describe('ticket printing in a browser (print dialog in a hidden frame)', () => {
  test('a print that throws is recorded as failed with its reason; the reprint that works is recorded as printed', async ({ ward }) => {
    const page = await ward.open('/kiosk', { prepare: (p) => stubBrowserPrint(p, 'throw') });
    const number = await takeTicket(page, 'A');

    // The citizen reads plain words; the reason is recorded for the clerks' failed-print list.
    await expect(page.getByTestId('kiosk-print-error')).toContainText(kioskText.printFailed);
    await expect(page.getByTestId('kiosk-print-error')).not.toContainText('Máy in hết giấy');
    const failed = await ticketByNumber(ward, number);
    expect(failed.printStatus).toBe('failed');
    expect(failed.printError).toBe(printingText.failures.dialogError('Máy in hết giấy'));
    expect(await failedNumbers(ward)).toContain(number);

    await page.evaluate(() => ((window as Window & PrintLog).printMode = 'ok'));
    await page.getByTestId('kiosk-reprint').click();
    await expect(printedStatus(page)).toBeVisible();
    const reprinted = await ticketByNumber(ward, number);
    expect(reprinted.printStatus).toBe('printed');
    expect(reprinted.printError).toBeNull();
    expect(await failedNumbers(ward)).not.toContain(number);

    // What went to the printer was this ticket, on an 80 mm page shortened to its content.
    const printed = await printedSoFar(page);
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
  });

  test('a print dialog that never reports back leaves the keys to the kiosk, and after the timeout the citizen reads plain words', async ({
    ward,
  }) => {
    // Chromium without --kiosk-printing: the frame took focus to print and no afterprint comes.
    const page = await ward.open('/kiosk', {
      prepare: async (p) => {
        await p.clock.install();
        await stubBrowserPrint(p, 'hang');
      },
    });
    const waiting = await takeTicket(page, 'B');
    await expect.poll(async () => (await printedSoFar(page)).length).toBe(1);
    await expect(page.getByTestId('kiosk-print-status')).toHaveAttribute('data-print-status', 'printing');
    // While the print is awaited the next citizen's keys work: Esc, then a digit.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('kiosk-service-A')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('kiosk-priority-none')).toBeVisible();
    await page.keyboard.press('Escape');

    const number = await takeTicket(page, 'B');
    await expect.poll(async () => (await printedSoFar(page)).length).toBe(2);
    await page.clock.fastForward('01:05');
    const message = page.getByTestId('kiosk-print-error');
    await expect(message).toContainText(kioskText.printFailed);
    await expect(message).toContainText(kioskText.printFailedHint);
    await expect(message).not.toContainText(printingText.failures.dialogTimeout);
    for (const displayNumber of [waiting, number]) {
      const ticket = await ticketByNumber(ward, displayNumber);
      expect(ticket.printStatus).toBe('failed');
      expect(ticket.printError).toBe(printingText.failures.dialogTimeout);
    }
    // At once, not after the result screen clears: a digit starts the next citizen's choice.
    const second = (await ward.call('getBoard', {})).services[1]!;
    await page.keyboard.press('2');
    await expect(page.getByTestId('kiosk-priority-none')).toBeVisible();
    await expect(page.locator('.kiosk-hint')).toHaveText(second.name);
  });
});

test.describe('ticket printing in the desktop app (silent print through the shell)', () => {
  test("prints to the ward's chosen printer and records the printer's failure, then the reprint", async ({ ward }) => {
    await ward.call('updateSettings', { ticketPrinter: 'XP-80C' });
    const page = await ward.open('/kiosk', {
      prepare: async (p) => {
        await fakeShell(p, { ok: false, error: 'The printer is out of paper' });
        await stubBrowserPrint(p, 'throw');
      },
    });
    const number = await takeTicket(page, 'C');
    await expect(page.getByTestId('kiosk-print-error')).toBeVisible();
    const failed = await ticketByNumber(ward, number);
    expect(failed.printStatus).toBe('failed');
    expect(failed.printError).toBe(printingText.failures.printerError('The printer is out of paper'));

    await page.evaluate(() => ((window as Window & PrintLog).shellResult = { ok: true }));
    await page.getByTestId('kiosk-reprint').click();
    await expect(printedStatus(page)).toBeVisible();
    expect((await ticketByNumber(ward, number)).printStatus).toBe('printed');

    expect(await shellRequestsSoFar(page)).toEqual([
      { printerName: 'XP-80C', pageWidthMm: 80, pageHeightMm: expect.any(Number), number },
      { printerName: 'XP-80C', pageWidthMm: 80, pageHeightMm: expect.any(Number), number },
    ]);
    // The dialog is never involved in the desktop app.
    expect(await printedSoFar(page)).toEqual([]);
  });

  test('a paired kiosk, which may not read the settings, prints to its own default printer', async ({ ward }) => {
    const { code } = await ward.call('createPairingCode', { role: 'kiosk', deviceName: 'Máy lấy số sảnh' });
    const { token } = await ward.call('pairDevice', { code });
    const page = await ward.open('/kiosk', { token, prepare: (p) => fakeShell(p, { ok: true }) });
    const number = await takeTicket(page, 'D');
    await expect(printedStatus(page)).toBeVisible();
    expect((await ticketByNumber(ward, number)).printStatus).toBe('printed');
    expect(await shellRequestsSoFar(page)).toEqual([{ printerName: null, pageWidthMm: 80, pageHeightMm: expect.any(Number), number }]);
  });

  test('feeds only the paper the ticket needs: its page, printed to PDF, is as long as its content within 2 mm', async ({
    browser,
    ward,
  }) => {
    await ward.call('updateSettings', { wardName: 'Phường Hoàn Kiếm — Điểm phục vụ hành chính công' });
    const page = await ward.open('/kiosk', { prepare: (p) => fakeShell(p, { ok: true }) });
    const number = await takeTicket(page, 'A');
    await expect(printedStatus(page)).toBeVisible();
    const [request] = await shellRequestsSoFar(page);
    const [html] = await page.evaluate(() => (window as Window & PrintLog).shellDocuments ?? []);

    const context = await browser.newContext();
    const sheet = await context.newPage();
    const { pdf } = await printOffline(sheet, html!, { width: '80mm', preferCSSPageSize: true, printBackground: false });
    // The test's own measure: the ticket laid out on screen, plus its 3 mm page margins top and bottom.
    const contentMm = await sheet.evaluate(() => (document.body.getBoundingClientRect().height * 25.4) / 96);
    await context.close();

    const pages = await readPdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain(number);
    expect(Math.abs(pages[0]!.heightMm - (contentMm + 6))).toBeLessThanOrEqual(2);
    // What the desktop shell is told to feed is that same page.
    expect(Math.abs(pages[0]!.heightMm - request!.pageHeightMm!)).toBeLessThan(0.2);
  });

  test('a printer that never answers is recorded as failed after the timeout', async ({ ward }) => {
    const page = await ward.open('/kiosk', {
      prepare: async (p) => {
        await p.clock.install();
        await fakeShell(p, 'hang');
      },
    });
    const number = await takeTicket(page, 'E');
    await expect.poll(async () => (await shellRequestsSoFar(page)).length).toBe(1);
    await page.clock.fastForward('01:05');
    await expect(page.getByTestId('kiosk-print-error')).toBeVisible();
    const ticket = await ticketByNumber(ward, number);
    expect(ticket.printStatus).toBe('failed');
    expect(ticket.printError).toBe(printingText.failures.printerTimeout);
  });
});

test.describe('printer settings section', () => {
  async function settingsPage(ward: Ward, prepare: (page: Page) => Promise<void>): Promise<Page> {
    const page = await ward.open('/settings/printers', { prepare });
    await expect(page.getByTestId('printer-settings')).toBeVisible();
    return page;
  }

  test("lists today's failed prints; reprinting one from the keyboard prints it and takes it off the list", async ({ ward }) => {
    const { service } = await ward.call('saveService', {
      code: 'REPRINT',
      name: 'Cấp bản sao trích lục',
      letter: 'R',
      fields: ['Hộ tịch'],
      dailyCapacity: null,
      minutesPerTicket: 5,
      active: true,
    });
    const { ticket } = await ward.call('issueTicket', { serviceId: service.id });
    await ward.call('markTicketPrinted', { ticketId: ticket.id, ok: false, error: 'Kẹt giấy' });

    const page = await settingsPage(ward, (p) => stubBrowserPrint(p, 'ok'));
    await expect(page.getByTestId('printer-browser-hint')).toHaveText(printingText.settings.browserHint);
    const row = page.locator(`[data-testid="failed-print-row"][data-ticket-id="${ticket.id}"]`);
    await expect(row).toContainText('Kẹt giấy');

    await page.getByRole('button', { name: printingText.settings.reprintLabel(ticket.displayNumber) }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByTestId('failed-prints-status').filter({ hasText: printingText.settings.reprinted(ticket.displayNumber) }),
    ).toBeVisible();
    await expect(row).toHaveCount(0);
    expect((await ticketByNumber(ward, ticket.displayNumber)).printStatus).toBe('printed');
    expect(await failedNumbers(ward)).not.toContain(ticket.displayNumber);
    // Focus stays in the list rather than falling back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest('.failed-prints') !== null)).toBe(true);
  });

  test('a test print prints a ticket marked as a test and issues no number', async ({ ward }) => {
    const before = (await ward.call('listTickets', {})).tickets.length;
    const page = await settingsPage(ward, (p) => stubBrowserPrint(p, 'ok'));
    await page.getByTestId('printer-test').click();
    await expect(page.getByTestId('printer-test-status').filter({ hasText: printingText.settings.testPrinted })).toBeVisible();
    const printed = await printedSoFar(page);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.text).toContain(printingText.ticket.sampleMark);
    expect((await ward.call('listTickets', {})).tickets.length).toBe(before);
  });

  test("in the desktop app, the ticket printer is chosen from this PC's printers and saved", async ({ ward }) => {
    await ward.call('updateSettings', { ticketPrinter: 'Máy in cũ đã gỡ' });
    const page = await settingsPage(ward, (p) => fakeShell(p, { ok: true }));
    await expect(page.getByTestId('printer-missing')).toHaveText(printingText.settings.missingPrinter('Máy in cũ đã gỡ'));

    await page.getByTestId('printer-select').selectOption('XP-80C');
    await page.getByTestId('printer-save').click();
    await expect(page.getByTestId('printer-missing')).toHaveCount(0);
    expect((await ward.call('getConfig', {})).settings.ticketPrinter).toBe('XP-80C');

    await page.getByTestId('printer-select').selectOption('');
    await page.getByTestId('printer-save').click();
    await expect.poll(async () => (await ward.call('getConfig', {})).settings.ticketPrinter).toBeNull();
  });

  test('a sample receipt prints through the browser dialog on A4, two copies marked as a test under the ward name', async ({ ward }) => {
    await ward.call('updateSettings', { wardName: 'Phường Hoàn Kiếm' });
    const page = await settingsPage(ward, (p) => stubBrowserPrint(p, 'ok'));
    await expect(page.getByTestId('document-printer-browser-hint')).toHaveText(printingText.documentSettings.browserHint);
    await page.getByTestId('document-printer-test').click();
    await expect(
      page.getByTestId('document-printer-test-status').filter({ hasText: printingText.documentSettings.testPrinted }),
    ).toBeVisible();
    const printed = await printedSoFar(page);
    expect(printed).toHaveLength(1);
    const { text, pageRules } = printed[0]!;
    expect(text.split(slipsText.sample.mark)).toHaveLength(3);
    expect(text).toContain(slipsText.receipt.title);
    expect(text).toContain('PHƯỜNG HOÀN KIẾM');
    // The sheet keeps its own A4 page: nothing shortens it to the content as a ticket roll is.
    expect(pageRules).toEqual([expect.stringMatching(/size: a4\b/i)]);
  });

  test('the sample receipt can be previewed on screen, as it will print, and hidden again from the keyboard', async ({ ward }) => {
    await ward.call('updateSettings', { wardName: 'Phường Hoàn Kiếm' });
    const page = await settingsPage(ward, (p) => stubBrowserPrint(p, 'ok'));
    const toggle = page.getByTestId('document-preview-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const preview = page.frameLocator('[data-testid="document-preview"]');
    await expect(preview.locator('h1')).toHaveText([slipsText.receipt.title, slipsText.receipt.title]);
    await expect(preview.locator('.sample').first()).toHaveText(slipsText.sample.mark);
    await expect(preview.locator('.unit-name').first()).toHaveText('Phường Hoàn Kiếm');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('document-preview')).toHaveCount(0);
    expect(await printedSoFar(page)).toEqual([]);
  });

  test('in the desktop app, the slip printer is chosen apart from the ticket printer and gets A4 sheets', async ({ ward }) => {
    await ward.call('updateSettings', { ticketPrinter: 'XP-80C' });
    const page = await settingsPage(ward, (p) => fakeShell(p, { ok: true }));
    await page.getByTestId('document-printer-select').selectOption('HP-M404');
    await page.getByTestId('document-printer-save').click();
    await expect.poll(async () => (await ward.call('getConfig', {})).settings.documentPrinter).toBe('HP-M404');
    expect((await ward.call('getConfig', {})).settings.ticketPrinter).toBe('XP-80C');

    await page.getByTestId('document-printer-test').focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByTestId('document-printer-test-status').filter({ hasText: printingText.documentSettings.testPrinted }),
    ).toBeVisible();
    expect(await shellRequestsSoFar(page)).toEqual([{ printerName: 'HP-M404', pageWidthMm: 210, pageHeightMm: 297, number: null }]);
  });

  test('a slip the shell could not print says why', async ({ ward }) => {
    const page = await settingsPage(ward, (p) => fakeShell(p, { ok: false, error: 'Paper jam' }));
    await page.getByTestId('document-printer-test').click();
    await expect(page.getByTestId('document-printer-test-error')).toHaveText(
      printingText.documentSettings.testFailed(printingText.failures.printerError('Paper jam')),
    );
  });
});
