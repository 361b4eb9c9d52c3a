import type { Page } from '@playwright/test';
import { setupText } from '../../src/shared/i18n/vi/setup';
import type { ShellBridge } from '../../src/shared/shell-bridge';
import { typeIntoFields } from '../support/e2e-accounts';
import { expect, test } from '../support/e2e-fixtures';

// The first start of a hub PC in a browser, keyboard only: the wizard instead of the usual pages, then
// the counter page with the new administrator signed in.

test.use({ wizard: true, firstAdmin: false });

test('a new hub PC is set up from the keyboard and lands on its counter page signed in', async ({ ward }) => {
  const page = await ward.open('/', { token: ward.launchToken });
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByTestId('setup-role-hub')).toBeFocused();
  await page.keyboard.press('Enter');

  // The ward, typed without accents; its code is not in the shipped list, so the administrator types it.
  await expect(page.getByTestId('setup-ward-search')).toBeFocused();
  await page.keyboard.type('ba dinh');
  await expect(page.getByTestId('setup-ward-list').getByRole('option')).toHaveText(['Phường Ba Đình']);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-unit-code')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-ward-error')).not.toBeEmpty();
  await page.keyboard.type('000.00.01.h26');
  await page.keyboard.press('Enter');

  // Counter 1 with every service, as the new ward starts.
  await expect(page.getByTestId('setup-counter-number')).toBeFocused();
  await expect(page.getByTestId('setup-counter-number')).toHaveValue('1');
  await page.keyboard.press('Enter');

  // A browser prints through its own dialog: nothing to choose.
  await expect(page.getByTestId('setup-printers-browser')).toBeVisible();
  await expect(page.getByTestId('setup-next')).toBeFocused();
  await page.keyboard.press('Enter');

  // The city later: both fields left empty.
  await expect(page.getByTestId('setup-city-url')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('first-admin-full-name')).toBeFocused();
  await typeIntoFields(page, ['Lê Thị Hoa', 'lehoa', '135790', '135790']);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('clerk-name')).toHaveText('Lê Thị Hoa');
  await expect(page.getByTestId('counter-select')).toHaveValue('1');
  const state = await ward.request('getSetupState', {}, ward.launchToken);
  expect(state.body).toMatchObject({ needed: false });
  // The wizard is never offered again on this PC.
  const again = await ward.open('/setup', { token: ward.launchToken });
  await expect(again).toHaveURL(/\/$/);
});

test('choosing to join a hub in a browser says what to open on the joining PC', async ({ ward }) => {
  const page = await ward.open('/', { token: ward.launchToken });
  await expect(page.getByTestId('setup-role-hub')).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-join-browser')).toBeVisible();
  await expect(page.getByTestId('setup-join-url')).toHaveText('http://<địa chỉ máy chủ>:7710/pair');
  await page.keyboard.type('192.168.1.10');
  await expect(page.getByTestId('setup-join-url')).toHaveText('http://192.168.1.10:7710/pair');
  // Esc goes back to the first question, which keeps the answer.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('setup-role-counter')).toBeChecked();
});

interface FakeShell {
  printed: { printerName: string | null; pageWidthMm: number }[];
  joined: unknown[];
}

/** Pretends to be the desktop app: two printers, prints recorded, and a join that would restart the app. */
async function fakeShell(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const top = window as Window & { fake?: FakeShell; motcuaShell?: ShellBridge };
    const fake: FakeShell = { printed: [], joined: [] };
    top.fake = fake;
    top.motcuaShell = {
      printHtml: (request) => {
        fake.printed.push({ printerName: request.printerName, pageWidthMm: request.pageWidthMm });
        return Promise.resolve({ ok: true });
      },
      listPrinters: () =>
        Promise.resolve([
          { name: 'XP-80C', displayName: 'Xprinter XP-80C', isDefault: false },
          { name: 'HP-M404', displayName: 'HP LaserJet M404', isDefault: true },
        ]),
      appInfo: () => Promise.resolve({ version: '0.0.0', dataDir: '/tmp' }),
      joinHub: (request) => {
        fake.joined.push(request);
        return new Promise(() => undefined);
      },
      intakeOpen: () => Promise.resolve(),
    };
  });
}

const fakeOf = (page: Page) => page.evaluate(() => (window as Window & { fake?: FakeShell }).fake!);

test('in the desktop app the printers come from the PC, with a test print, and are saved with the set-up', async ({ ward }) => {
  const page = await ward.open('/', { token: ward.launchToken, prepare: fakeShell });
  await expect(page.getByTestId('setup-role-hub')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('hoan kiem');
  await page.keyboard.press('Enter');
  await page.keyboard.type('000.00.04.H26');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-counter-number')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('setup-ticketPrinter')).toBeFocused();
  await page.getByTestId('setup-ticketPrinter').selectOption('XP-80C');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('setup-ticketPrinter-test')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-printers-status')).toHaveText(setupText.testPrinted);
  expect((await fakeOf(page)).printed).toEqual([{ printerName: 'XP-80C', pageWidthMm: 80 }]);
  await page.getByTestId('setup-ticketPrinter').press('Enter');

  await expect(page.getByTestId('setup-city-url')).toBeFocused();
  await page.keyboard.press('Enter');
  await typeIntoFields(page, ['Trần Văn Bình', 'binhtv', '246810', '246810']);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('clerk-name')).toHaveText('Trần Văn Bình');
  const signedIn = await ward.request('signIn', { username: 'binhtv', secret: '246810' }, ward.launchToken);
  const session = (signedIn.body as { sessionToken: string }).sessionToken;
  const config = await ward.request('getConfig', {}, session);
  expect(config.body).toMatchObject({ settings: { wardName: 'Phường Hoàn Kiếm', ticketPrinter: 'XP-80C', documentPrinter: null } });
});

test('in the desktop app joining a hub hands the shell the hub address it can trust, and refuses a page address', async ({ ward }) => {
  const page = await ward.open('/', { token: ward.launchToken, prepare: fakeShell });
  await expect(page.getByTestId('setup-role-hub')).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-join-browser')).toHaveCount(0);
  await page.keyboard.type('192.168.1.10/kiosk');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('setup-join-error')).not.toBeEmpty();
  await page.getByTestId('setup-hub-address').fill('');
  await page.keyboard.type('192.168.1.10');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await fakeOf(page)).joined).toEqual([{ role: 'kiosk', hub: 'http://192.168.1.10:7710' }]);
});
