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
