import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_CALLER as LOCAL } from '../../src/main/service/caller';
import { announcementText, ticketStateLabels } from '../../src/shared/i18n/vi';
import { startE2eApp, type E2eApp } from './harness';

// One citizen's ticket from the kiosk to the counter and the display board, driven as people would:
// touch at the kiosk, function keys at the counter, eyes on the board.

const TIMEOUT = 15_000;
let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/**
 * The browser's print dialog would block the test: in every frame of the kiosk page (the ticket is
 * printed from a hidden frame) print() "succeeds" by firing afterprint, or throws while the page
 * sets window.failPrints.
 */
async function stubPrinting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counters = window.top as Window & { prints?: number; failPrints?: boolean };
    window.print = () => {
      counters.prints = (counters.prints ?? 0) + 1;
      if (counters.failPrints) throw new Error('Giấy in bị kẹt');
      setTimeout(() => window.dispatchEvent(new Event('afterprint')), 0);
    };
  });
}

const printCount = (page: Page) => page.evaluate(() => (window as Window & { prints?: number }).prints ?? 0);

async function issueAtKiosk(kiosk: Page, letter: string): Promise<string> {
  await kiosk.getByTestId(`kiosk-service-${letter}`).click();
  await kiosk.getByTestId('kiosk-priority-none').click();
  const number = kiosk.getByTestId('kiosk-ticket-number');
  await number.waitFor({ timeout: TIMEOUT });
  return (await number.textContent())!.trim();
}

async function waitForText(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).first().waitFor({ timeout: TIMEOUT });
}

describe('queue flow: kiosk → counter → display', () => {
  test('a ticket issued and printed at the kiosk is called, recalled, served and finished, and the board follows', async () => {
    const kiosk = await app.open('/kiosk');
    await stubPrinting(kiosk);
    const display = await app.open('/display');
    const counter = await app.open('/');
    await counter.getByTestId('counter-select').selectOption('1');

    const number = await issueAtKiosk(kiosk, 'A');
    expect(number).toMatch(/^A\d{3}$/);
    await kiosk.locator('[data-testid="kiosk-print-status"][data-print-status="printed"]').waitFor({ timeout: TIMEOUT });
    expect(await printCount(kiosk)).toBe(1);
    expect(await kiosk.getByTestId('kiosk-ahead').textContent()).toContain('Không có ai đang chờ trước bạn');
    expect(await kiosk.getByTestId('kiosk-eta').textContent()).toMatch(/Dự kiến được gọi lúc \d{2}:\d{2}/);

    // The counter sees the waiting citizen, and nothing but "call next" is possible yet.
    const waitingA = counter.getByTestId('counter-waiting-row').filter({ hasText: 'Tư pháp – Hộ tịch' }).locator('.count');
    await expect.poll(() => waitingA.textContent(), { timeout: TIMEOUT }).toBe('1');
    expect(await counter.getByTestId('action-recall').isDisabled()).toBe(true);
    expect(await counter.getByTestId('action-finish').isDisabled()).toBe(true);

    await counter.keyboard.press('F1');
    await waitForText(counter, 'counter-current-number', number);
    await waitForText(counter, 'counter-current-state', ticketStateLabels.called);
    expect(await counter.getByTestId('action-callNext').isDisabled()).toBe(true);
    expect(await counter.getByTestId('action-finish').isDisabled()).toBe(true);

    const spoken = announcementText(number, 1);
    const announcements = display.getByTestId('announcement-queue').getByTestId('announcement').filter({ hasText: spoken });
    await waitForText(display, 'display-current-1', number);
    await announcements.first().waitFor({ timeout: TIMEOUT });
    expect(await announcements.count()).toBe(1);

    await counter.keyboard.press('F2');
    await announcements.nth(1).waitFor({ timeout: TIMEOUT });
    expect(await announcements.count()).toBe(2);

    await counter.keyboard.press('F3');
    await waitForText(counter, 'counter-current-state', ticketStateLabels.serving);
    expect(await counter.getByTestId('action-recall').isDisabled()).toBe(true);

    await counter.keyboard.press('F4');
    await counter.getByTestId('counter-no-current').waitFor({ timeout: TIMEOUT });
    await display.waitForFunction((n) => !document.querySelector('[data-testid="display-current-1"]')?.textContent?.includes(n), number, {
      timeout: TIMEOUT,
    });
    expect(await counter.getByTestId('counter-error').textContent()).toBe('');
  });

  test('no-show, return to queue, transfer and cancel all work from the keyboard', async () => {
    const handlers = app.service.ward.handlers;
    const service = handlers.getBoard({}, LOCAL).services.find((s) => s.letter === 'D')!;
    const first = handlers.issueTicket({ serviceId: service.id }, LOCAL).ticket.displayNumber;
    const second = handlers.issueTicket({ serviceId: service.id }, LOCAL).ticket.displayNumber;
    const counter = await app.open('/');
    await counter.getByTestId('counter-select').selectOption('3');
    await counter.locator('body').click();

    await counter.keyboard.press('F1');
    await waitForText(counter, 'counter-current-number', first);
    await counter.keyboard.press('F6');
    await counter.getByTestId('counter-no-current').waitFor({ timeout: TIMEOUT });
    const noShow = counter.getByTestId('counter-no-show').filter({ hasText: first });
    await noShow.getByTestId('return-to-queue').click({ timeout: TIMEOUT });
    await noShow.waitFor({ state: 'detached', timeout: TIMEOUT });

    // Back in its original place, ahead of the later ticket; Space calls it as F1 does.
    await counter.keyboard.press(' ');
    await waitForText(counter, 'counter-current-number', first);
    await counter.keyboard.press('F7');
    await counter.getByTestId('transfer-dialog').waitFor({ timeout: TIMEOUT });
    await counter.getByTestId('transfer-counter').selectOption('2');
    await counter.getByTestId('transfer-submit').press('Enter');
    await counter.getByTestId('counter-no-current').waitFor({ timeout: TIMEOUT });
    const atCounter2 = handlers.getCounterState({ counterNumber: 2 }, LOCAL).waiting.find((w) => w.letter === '→');
    expect(atCounter2?.waiting).toBe(1);

    await counter.keyboard.press('F1');
    await waitForText(counter, 'counter-current-number', second);
    await counter.keyboard.press('F8');
    await counter.getByTestId('cancel-dialog').waitFor({ timeout: TIMEOUT });
    await counter.keyboard.press('Enter');
    await counter.getByTestId('counter-no-current').waitFor({ timeout: TIMEOUT });
    const cancelled = handlers.listTickets({ states: ['cancelled'] }, LOCAL).tickets.map((t) => t.displayNumber);
    expect(cancelled).toEqual([second]);
    expect(await counter.getByTestId('counter-error').textContent()).toBe('');
  });

  test('a failed print is shown with "In lại", and reprinting succeeds', async () => {
    const kiosk = await app.open('/kiosk');
    await stubPrinting(kiosk);
    await kiosk.evaluate(() => {
      (window as Window & { failPrints?: boolean }).failPrints = true;
    });

    const number = await issueAtKiosk(kiosk, 'B');
    const failure = kiosk.getByTestId('kiosk-print-error');
    await failure.waitFor({ timeout: TIMEOUT });
    expect(await failure.textContent()).toContain('Giấy in bị kẹt');
    const failed = await app.service.ward.handlers.listTickets({ printFailedOnly: true }, LOCAL);
    expect(failed.tickets.map((t) => t.displayNumber)).toContain(number);

    await kiosk.evaluate(() => {
      (window as Window & { failPrints?: boolean }).failPrints = false;
    });
    await kiosk.getByTestId('kiosk-reprint').click();
    await kiosk.locator('[data-testid="kiosk-print-status"][data-print-status="printed"]').waitFor({ timeout: TIMEOUT });
    expect(await printCount(kiosk)).toBe(2);
    expect(await kiosk.getByTestId('kiosk-ticket-number').textContent()).toBe(number);
    const stillFailed = await app.service.ward.handlers.listTickets({ printFailedOnly: true }, LOCAL);
    expect(stillFailed.tickets.map((t) => t.displayNumber)).not.toContain(number);
  });

  test('a service past its daily capacity is refused with the Vietnamese message', async () => {
    const config = app.service.ward.handlers.getConfig({}, LOCAL);
    const service = config.services.find((s) => s.letter === 'C')!;
    app.service.ward.handlers.saveService({ ...service, dailyCapacity: 1 }, LOCAL);
    const kiosk = await app.open('/kiosk');
    await stubPrinting(kiosk);

    await kiosk.getByTestId('kiosk-service-C').getByText('Còn 1 số hôm nay').waitFor({ timeout: TIMEOUT });
    await issueAtKiosk(kiosk, 'C');
    await kiosk.getByTestId('kiosk-done').click();

    await kiosk.getByTestId('kiosk-service-C').getByText('Đã hết số hôm nay').waitFor({ timeout: TIMEOUT });
    await kiosk.keyboard.press('3');
    await waitForText(kiosk, 'kiosk-error', 'Dịch vụ đã hết số trong ngày hôm nay');
  });
});
