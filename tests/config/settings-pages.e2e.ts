import type { Page } from '@playwright/test';
import { settingsText } from '../../src/shared/i18n/vi';
import { expect, test } from '../support/e2e-fixtures';
import { overflowingElements, touchingButtons, WARD_SCREENS } from '../support/layout-checks';
import { startFakeCity } from '../sync/fake-city';

// Settings as sub-pages behind a side menu, as a head reaches them: by a link someone sent, by the
// keyboard, back with the browser's button; and the ward's name on the citizens' screens once known.

const LONG_NAME = 'Ủy ban nhân dân phường Hoàn Kiếm — Bộ phận tiếp nhận và trả kết quả, Điểm phục vụ hành chính công';

/** What shows once a sub-page has loaded what it lists, so the layout is checked with its content. */
const LOADED: Partial<Record<keyof typeof settingsText.pages, string>> = {
  accounts: 'clerk-row',
  catalogue: 'procedure-row',
  calendar: 'calendar-year',
  reception: 'reception-save',
  printers: 'printer-settings',
  devices: 'pairing-role',
  ward: 'settings-ward-name',
};

const heading = (page: Page) => page.locator('.settings-main h2').first();

test('a deep link opens its sub-page; the side menu works from the keyboard and the back button returns', async ({ ward }) => {
  const page = await ward.open('/settings/calendar');
  await expect(page.getByTestId('calendar-section')).toBeVisible();
  await expect(page.getByTestId('clerks-section')).toHaveCount(0);
  await expect(page.getByTestId('settings-menu-calendar')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('nav-settings')).toHaveAttribute('aria-current', 'page');

  await page.getByTestId('settings-menu-calendar').focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('settings-menu-ward')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('settings-menu-accounts')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings\/accounts$/);
  await expect(page.getByTestId('clerks-section')).toBeVisible();
  await expect(page.getByTestId('calendar-section')).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^${settingsText.pages.accounts}`));

  await page.goBack();
  await expect(page).toHaveURL(/\/settings\/calendar$/);
  await expect(page.getByTestId('calendar-section')).toBeVisible();
  await expect(page.getByTestId('settings-menu-calendar')).toHaveAttribute('aria-current', 'page');

  // The bare address opens the first sub-page, and names it in the address bar.
  await page.goto(`${ward.baseUrl}/settings`);
  await expect(page).toHaveURL(/\/settings\/ward$/);
  await expect(heading(page)).toHaveText(settingsText.wardTitle);
});

test('no settings sub-page overflows at 1920×1080, 1366×768 or a portrait 1080×1920, a long ward name included', async ({ ward }) => {
  await ward.call('updateSettings', { wardName: LONG_NAME });
  const [first] = WARD_SCREENS;
  const page = await ward.open('/settings/ward', { contextOptions: { viewport: { width: first.width, height: first.height } } });
  await expect(page.getByTestId('settings-ward-name')).toHaveValue(LONG_NAME);
  for (const slug of Object.keys(settingsText.pages) as (keyof typeof settingsText.pages)[]) {
    await page.getByTestId(`settings-menu-${slug}`).click();
    await expect(page.getByTestId(`settings-page-${slug}`)).toBeVisible();
    const loaded = LOADED[slug];
    if (loaded) await expect(page.getByTestId(loaded).first()).toBeVisible();
    for (const screen of WARD_SCREENS) {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      expect(await overflowingElements(page, { pageMayScroll: true }), `${screen.name} ${slug}`).toEqual([]);
      expect(await touchingButtons(page), `buttons too close, ${screen.name} ${slug}`).toEqual([]);
    }
  }
});

test('once enrolled with the city, the kiosk and the board carry the ward name the city gave', async ({ ward }) => {
  const city = await startFakeCity();
  try {
    await ward.call('enrolWithCity', { cityUrl: city.url, code: 'ABCD-1234' });
    await expect.poll(async () => (await ward.call('getSyncStatus', {})).city?.ward.name).toBe('Phường thử');
    const kiosk = await ward.open('/kiosk');
    await expect(kiosk.locator('.kiosk-ward')).toHaveText('Phường thử');
    const board = await ward.open('/display');
    await expect(board.locator('main.display h1')).toHaveText('Phường thử');
  } finally {
    await city.close();
  }
});
