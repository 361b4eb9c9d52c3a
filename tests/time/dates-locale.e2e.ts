import { formatDay } from '../../src/shared/time/format';
import { localDay } from '../../src/shared/time/local-time';
import { expect, test } from '../support/e2e-fixtures';

// Every date a clerk reads, on the pages that show them, is day/month/year whatever the language of
// the browser: an English Chromium writes its own date inputs and toLocale* dates month first.

const LOCALES = ['vi-VN', 'en-US'];
/** Anything that looks like a date: 7/12/2026, 12-07-2026, 2026-12-07, 2026/12/07. */
const DATE_LIKE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g;
// Day first, month second (never above 12), four-digit year. Cited documents' titles keep their own
// unpadded days ("22/2/2026"), so padding is checked on the dates the app writes (today's, below).
const DAY_MONTH_YEAR = /^(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])\/\d{4}$/;

/** `dated`: the page always shows at least one date (the counter shows clock times only). */
const PAGES: { path: string; ready: string; dated: boolean }[] = [
  { path: '/', ready: 'counter-select', dated: false },
  { path: '/close-day', ready: 'close-day-date', dated: true },
  { path: '/settings/calendar', ready: 'calendar-section', dated: true },
  { path: '/audit', ready: 'audit-row', dated: true },
];

test('every date on the counter, close-day, settings and audit pages reads dd/mm/yyyy in Vietnamese and English browsers', async ({
  ward,
}) => {
  test.setTimeout(120_000);
  const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;
  await ward.call('issueTicket', { serviceId: serviceA.id });
  await ward.call('callNext', { counterNumber: 1 });
  const today = formatDay(localDay(new Date()));

  for (const locale of LOCALES) {
    for (const { path, ready, dated } of PAGES) {
      const page = await ward.open(path, { contextOptions: { locale } });
      await expect(page.getByTestId(ready).first()).toBeVisible();
      if (path === '/') await page.getByTestId('counter-select').selectOption('1');
      if (path === '/close-day') {
        await expect(page.getByTestId('close-day-date')).toHaveValue(today);
        await page.getByTestId('close-day').click();
        await expect(page.getByTestId('day-summary')).toContainText(today);
        // A day the calendar does not have is refused in words, and the figures shown stay those of today.
        await page.getByTestId('close-day-date').fill('31/02/2026');
        await expect(page.getByRole('alert').filter({ hasText: 'Không có ngày 31/02/2026 trong lịch' })).toBeVisible();
        await page.getByTestId('close-day-date').press('Enter');
        await expect(page.getByTestId('day-summary')).toContainText(today);
        await page.getByTestId('close-day-date').fill(today);
      }
      const inputs = await page.locator('input').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
      const text = [await page.locator('body').innerText(), ...inputs].join('\n');
      const dates = text.match(DATE_LIKE) ?? [];
      if (dated) expect(dates.length, `${locale} ${path}`).toBeGreaterThan(0);
      expect(
        dates.filter((d) => !DAY_MONTH_YEAR.test(d)),
        `${locale} ${path}`,
      ).toEqual([]);
      expect(await page.locator('input[type="date"]').count()).toBe(0);
      await page.context().close();
    }
  }
});
