import type { Page } from '@playwright/test';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { overflowingElements, overlapping, partlyHidden, WARD_SCREENS } from '../support/layout-checks';

// The waiting-room board as the room sees it on the screens wards use: whole rows only in the last
// calls, nothing spilling out of its box, nothing over a counter's call, no staff diagnostics.

/** Ten calls at counters 1 and 2 (both serve A), more than any screen has room for in the last-calls list. */
async function tenCalls(ward: Ward): Promise<void> {
  const serviceId = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!.id;
  for (let i = 0; i < 10; i++) await ward.call('issueTicket', { serviceId });
  const serveFive = async (counterNumber: number): Promise<void> => {
    for (let i = 0; i < 5; i++) {
      const { ticket } = await ward.call('callNext', { counterNumber });
      await ward.call('startServing', { counterNumber, ticketId: ticket!.id });
      await ward.call('finish', { counterNumber, ticketId: ticket!.id });
    }
  };
  await Promise.all([serveFive(1), serveFive(2)]);
}

/** Rows shown, and whether one more would have fitted in the space left under the last. */
function recentRows(page: Page): Promise<{ shown: number; roomForAnother: boolean }> {
  return page.getByTestId('recent-calls').evaluate((list) => {
    const rows = Array.from(list.children);
    const last = rows.at(-1)!.getBoundingClientRect();
    const gap = Number.parseFloat(getComputedStyle(list).rowGap) || 0;
    return { shown: rows.length, roomForAnother: list.getBoundingClientRect().bottom - last.bottom >= gap + last.height };
  });
}

test('on every ward screen the board shows whole rows only, overflows nowhere, keeps counters uncovered and diagnostics off', async ({
  ward,
}) => {
  const [first] = WARD_SCREENS;
  const page = await ward.open('/display', { contextOptions: { viewport: { width: first.width, height: first.height } } });
  await expect(page.locator('main.display[data-connection="online"]')).toBeVisible();
  // The calls come while the board is open, as in a working day.
  await tenCalls(ward);
  await expect(page.getByTestId('recent-calls').locator('li').first()).toHaveText(/A010/);
  // A browser starts with sound locked: the prompt is on screen for every size below.
  await expect(page.getByTestId('enable-sound')).toBeVisible();
  await expect(page.getByTestId('announcement-queue')).toHaveCount(0);

  for (const screen of WARD_SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await expect.poll(() => overflowingElements(page), { message: screen.name }).toEqual([]);
    // The list measures its space once the resize has been laid out: wait for it to settle on what fits.
    await expect
      .poll(
        async () => {
          const rows = await recentRows(page);
          return rows.shown >= 10 || !rows.roomForAnother;
        },
        { message: `${screen.name}: no room left for one more row` },
      )
      .toBe(true);
    expect(await partlyHidden(page, '[data-testid="recent-calls"] li'), screen.name).toEqual([]);
    expect((await recentRows(page)).shown, screen.name).toBeGreaterThanOrEqual(3);
    expect(await overlapping(page, '.display-sound', '[data-testid^="display-current-"]'), screen.name).toEqual([]);
  }
});
