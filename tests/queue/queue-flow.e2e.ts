import type { Page, Route } from '@playwright/test';
import { counterText, kioskText, ticketStateLabels } from '../../src/shared/i18n/vi';
import { syncChipText } from '../../src/shared/i18n/vi/sync';
import { expect, test } from '../support/e2e-fixtures';

// One citizen's ticket from the kiosk to the counter and the display board, driven as people would:
// touch at the kiosk, function keys at the counter, eyes on the board.

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
  await expect(number).toHaveText(/\S/);
  return (await number.textContent())!.trim();
}

const printedStatus = (page: Page) => page.locator('[data-testid="kiosk-print-status"][data-print-status="printed"]');

test.describe('queue flow: kiosk → counter → display', () => {
  test('a ticket issued and printed at the kiosk is called, recalled, served and finished, and the board follows', async ({ ward }) => {
    const kiosk = await ward.open('/kiosk', { prepare: stubPrinting });
    const display = await ward.open('/display?debug');
    const counter = await ward.open('/');
    await counter.getByTestId('counter-select').selectOption('1');

    const number = await issueAtKiosk(kiosk, 'A');
    expect(number).toMatch(/^A\d{3}$/);
    await expect(printedStatus(kiosk)).toBeVisible();
    expect(await printCount(kiosk)).toBe(1);
    await expect(kiosk.getByTestId('kiosk-ahead')).toContainText('Không có ai đang chờ trước bạn');
    await expect(kiosk.getByTestId('kiosk-eta')).toHaveText(/Dự kiến được gọi lúc \d{2}:\d{2}/);

    // The counter sees the waiting citizen, and nothing but "call next" is possible yet.
    const waitingA = counter.getByTestId('counter-waiting-row').filter({ hasText: 'Tư pháp – Hộ tịch' }).locator('.count');
    await expect(waitingA).toHaveText('1');
    await expect(counter.getByTestId('action-recall')).toBeDisabled();
    await expect(counter.getByTestId('action-finish')).toBeDisabled();
    await expect(counter.getByTestId('action-callNext')).toContainText('F1 / Phím cách');
    // A PC never enrolled with the city is told so plainly, not shown a sync failure.
    await expect(counter.getByTestId('sync-chip')).toHaveText(syncChipText.notEnrolled);
    await expect(counter.getByTestId('sync-chip')).not.toHaveClass(/sync-chip-bad/);

    await counter.keyboard.press('F1');
    await expect(counter.getByTestId('counter-notice')).toHaveText(counterText.done.callNext(number, 1));
    await expect(counter.getByTestId('counter-current-number')).toContainText(number);
    await expect(counter.getByTestId('counter-current-state')).toContainText(ticketStateLabels.called);
    await expect(counter.getByTestId('action-callNext')).toBeDisabled();
    await expect(counter.getByTestId('action-finish')).toBeDisabled();

    const spoken = `Mời công dân có số ${number} đến quầy số 1`;
    const announcements = display.getByTestId('announcement-queue').getByTestId('announcement').filter({ hasText: spoken });
    await expect(display.getByTestId('display-current-1')).toContainText(number);
    await expect(announcements).toHaveCount(1);

    await counter.keyboard.press('F2');
    await expect(announcements).toHaveCount(2);
    // The board can hear of the recall before the counter has its answer; a key pressed while the
    // counter still waits is ignored, as a clerk would see from the greyed-out buttons.
    await expect(counter.getByTestId('action-startServing')).toBeEnabled();

    await counter.keyboard.press('F3');
    await expect(counter.getByTestId('counter-current-state')).toContainText(ticketStateLabels.serving);
    await expect(counter.getByTestId('action-recall')).toBeDisabled();

    await counter.keyboard.press('F4');
    await expect(counter.getByTestId('counter-no-current')).toBeVisible();
    await expect(counter.getByTestId('counter-notice')).toHaveText(counterText.done.finish(number));
    await expect(display.getByTestId('display-current-1')).not.toContainText(number);
    await expect(counter.getByTestId('counter-error')).toHaveText('');

    // Who is next, by number, priority first and marked as such.
    const board = await ward.call('getBoard', {});
    const serviceId = board.services.find((s) => s.letter === 'A')!.id;
    const regular = (await ward.call('issueTicket', { serviceId })).ticket.displayNumber;
    const priority = (await ward.call('issueTicket', { serviceId, priorityCategoryId: board.priorityCategories[0]!.id })).ticket
      .displayNumber;
    const rowA = counter.getByTestId('counter-waiting-row').filter({ hasText: 'Tư pháp – Hộ tịch' });
    await expect(rowA.locator('.next-number')).toHaveText([`${priority} ${counterText.priorityBadge}`, regular]);
    await expect(rowA).toContainText(counterText.waitingPriority(1));
  });

  test('no-show, return to queue, transfer and cancel all work from the keyboard', async ({ ward }) => {
    const service = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'D')!;
    const first = (await ward.call('issueTicket', { serviceId: service.id })).ticket.displayNumber;
    const second = (await ward.call('issueTicket', { serviceId: service.id })).ticket.displayNumber;
    const counter = await ward.open('/');
    await counter.getByTestId('counter-select').selectOption('3');
    await counter.locator('body').click();

    await counter.keyboard.press('F1');
    await expect(counter.getByTestId('counter-current-number')).toContainText(first);
    await counter.keyboard.press('F6');
    await expect(counter.getByTestId('counter-no-current')).toBeVisible();
    const noShow = counter.getByTestId('counter-no-show').filter({ hasText: first });
    await noShow.getByTestId('return-to-queue').click();
    await expect(noShow).toHaveCount(0);

    // Back in its original place, ahead of the later ticket; Space calls it as F1 does.
    await counter.keyboard.press(' ');
    await expect(counter.getByTestId('counter-current-number')).toContainText(first);
    // F7 then Enter: the first other service is already chosen, to any counter but this one; its own
    // service is not offered.
    await counter.keyboard.press('F7');
    await expect(counter.getByTestId('transfer-dialog')).toBeVisible();
    await expect(counter.getByTestId('transfer-service')).toBeFocused();
    await expect(counter.getByTestId('transfer-service').locator('option')).not.toContainText([service.name]);
    await counter.keyboard.press('Enter');
    await expect(counter.getByTestId('counter-no-current')).toBeVisible();
    await expect(counter.getByTestId('counter-notice')).toHaveText(counterText.done.transferToService(first, 'Tư pháp – Hộ tịch'));
    const atCounter2 = (await ward.call('getCounterState', { counterNumber: 2 })).waiting.find((w) => w.letter === 'A');
    expect(atCounter2?.next.map((t) => t.displayNumber)).toEqual([first]);

    // Counter 3 serves that service too, and is free; the citizen it just sent away is not called back.
    await counter.keyboard.press('F1');
    await expect(counter.getByTestId('counter-current-number')).toContainText(second);
    await counter.keyboard.press('F8');
    await expect(counter.getByTestId('cancel-dialog')).toBeVisible();
    await counter.keyboard.press('Enter');
    await expect(counter.getByTestId('counter-no-current')).toBeVisible();
    const cancelled = (await ward.call('listTickets', { states: ['cancelled'] })).tickets.map((t) => t.displayNumber);
    expect(cancelled).toEqual([second]);
    await expect(counter.getByTestId('counter-error')).toHaveText('');
  });

  test('a failed print is shown with "In lại", and reprinting succeeds', async ({ ward }) => {
    const kiosk = await ward.open('/kiosk', { prepare: stubPrinting });
    await kiosk.evaluate(() => {
      (window as Window & { failPrints?: boolean }).failPrints = true;
    });

    const number = await issueAtKiosk(kiosk, 'B');
    // The citizen reads plain words; the printer's reason is for the clerks' failed-print list.
    await expect(kiosk.getByTestId('kiosk-print-error')).toContainText(kioskText.printFailed);
    await expect(kiosk.getByTestId('kiosk-print-error')).not.toContainText('Giấy in bị kẹt');
    const failed = await ward.call('listTickets', { printFailedOnly: true });
    expect(failed.tickets.map((t) => t.displayNumber)).toContain(number);
    expect(failed.tickets.find((t) => t.displayNumber === number)?.printError).toContain('Giấy in bị kẹt');

    await kiosk.evaluate(() => {
      (window as Window & { failPrints?: boolean }).failPrints = false;
    });
    await kiosk.getByTestId('kiosk-reprint').click();
    await expect(printedStatus(kiosk)).toBeVisible();
    expect(await printCount(kiosk)).toBe(2);
    await expect(kiosk.getByTestId('kiosk-ticket-number')).toHaveText(number);
    const stillFailed = await ward.call('listTickets', { printFailedOnly: true });
    expect(stillFailed.tickets.map((t) => t.displayNumber)).not.toContain(number);
  });

  // The hub issues the ticket, then the kiosk never hears of it: the link drops, or the answer is too slow.
  const lostAnswers: [string, (route: Route) => Promise<void>][] = [
    [
      'cut off',
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
    ],
    [
      'too slow',
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 6_000));
        // The kiosk has given up on this request by now; the hub still carries it out.
        await route.continue().catch(() => undefined);
      },
    ],
  ];
  for (const [how, loseAnswer] of lostAnswers) {
    test(`a ticket whose answer was ${how} is asked for again by itself and printed once, with one number at the hub`, async ({ ward }) => {
      const kiosk = await ward.open('/kiosk', { prepare: stubPrinting });
      const sent: unknown[] = [];
      await kiosk.route('**/api/issueTicket', async (route) => {
        sent.push(route.request().postDataJSON());
        if (sent.length === 1) return loseAnswer(route);
        // Held a moment so that the kiosk is seen telling the citizen it is trying again.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.continue();
      });

      await kiosk.getByTestId('kiosk-service-A').click();
      await kiosk.getByTestId('kiosk-priority-none').click();
      await expect(kiosk.getByTestId('kiosk-issuing')).toHaveText('Đang thử lại…', { timeout: 10_000 });
      await expect(kiosk.getByTestId('kiosk-ticket-number')).toHaveText('A001');
      await expect(printedStatus(kiosk)).toBeVisible();

      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual(sent[0]);
      expect(await printCount(kiosk)).toBe(1);
      const issued = await ward.call('listTickets', {});
      expect(issued.tickets.map((t) => t.displayNumber)).toEqual(['A001']);
    });
  }

  test('a service past its daily capacity is refused with the Vietnamese message', async ({ ward }) => {
    const config = await ward.call('getConfig', {});
    const service = config.services.find((s) => s.letter === 'C')!;
    await ward.call('saveService', { ...service, dailyCapacity: 1 });
    const kiosk = await ward.open('/kiosk', { prepare: stubPrinting });

    await expect(kiosk.getByTestId('kiosk-service-C').getByText('Còn 1 số hôm nay')).toBeVisible();
    await issueAtKiosk(kiosk, 'C');
    await kiosk.getByTestId('kiosk-done').click();

    await expect(kiosk.getByTestId('kiosk-service-C').getByText('Đã hết số hôm nay')).toBeVisible();
    await kiosk.keyboard.press('3');
    await expect(kiosk.getByTestId('kiosk-error')).toContainText('Dịch vụ đã hết số trong ngày hôm nay');
  });
});
