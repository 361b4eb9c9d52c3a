import type { Page } from '@playwright/test';
import { appText, errorMessages } from '../../src/shared/i18n/vi';
import { signIn } from '../support/e2e-accounts';
import { expect, test } from '../support/e2e-fixtures';

// Pairing a LAN device from the settings page, and what its token may and may not do afterwards.

async function createPairingCode(settings: Page, role: 'counter' | 'kiosk' | 'display', deviceName: string): Promise<string> {
  await settings.getByTestId('pairing-role').selectOption(role);
  await settings.getByTestId('pairing-device-name').fill(deviceName);
  await settings.getByTestId('pairing-create').click();
  const code = settings.getByTestId('pairing-code');
  await expect(code).toHaveText(/\S/);
  return (await code.textContent())!.trim();
}

/** Calls the API from inside the device's page with the token the page sends: its clerk's session, else the one it stored at pairing. */
function callAsDevice(page: Page, method: string, input: object): Promise<{ status: number; body: { error?: { message: string } } }> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('motcua.sessionToken') ?? localStorage.getItem('motcua.deviceToken');
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, input },
  );
}

test.describe('device pairing', () => {
  test('a display paired with a code lands on /display, may not issue tickets, and is refused once revoked', async ({ ward }) => {
    const settings = await ward.open('/settings/devices');
    const code = await createPairingCode(settings, 'display', 'Màn hình sảnh chờ');
    expect(code).toMatch(/^\d{6}$/);
    await expect(settings.getByTestId('pairing-expiry')).toHaveText(/hết hạn lúc \d{2}:\d{2}/);

    // A LAN browser without a token is sent to pairing, whatever page it opens.
    const device = await ward.open('/', { token: null });
    await device.waitForURL('**/pair');

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await device.getByTestId('pair-code-input').fill(wrong);
    await device.keyboard.press('Enter');
    await expect(device.getByTestId('pair-error').getByText(errorMessages.pairing_code_invalid)).toBeVisible();

    await device.getByTestId('pair-code-input').fill(code);
    await device.keyboard.press('Enter');
    await device.waitForURL('**/display');
    await expect(device.getByTestId('display-current-1')).toBeVisible();

    const board = await callAsDevice(device, 'getBoard', {});
    expect(board.status).toBe(200);
    const serviceId = (board.body as unknown as { services: { id: string }[] }).services[0]!.id;
    const issue = await callAsDevice(device, 'issueTicket', { serviceId });
    expect(issue.status).toBe(403);
    expect(issue.body.error?.message).toBe(errorMessages.forbidden);

    const row = settings.getByTestId('device-row').filter({ hasText: 'Màn hình sảnh chờ' });
    await row.getByTestId('device-revoke').click();
    await expect(row.getByTestId('device-revoked')).toBeVisible();

    const refused = await callAsDevice(device, 'getBoard', {});
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toBe(errorMessages.unauthorized);
  });

  test('a paired counter device opens its own counter and cannot act for another', async ({ ward }) => {
    const settings = await ward.open('/settings/devices');
    await settings.getByTestId('pairing-role').selectOption('counter');
    await settings.getByTestId('pairing-counter').selectOption('2');
    const code = await createPairingCode(settings, 'counter', 'Máy quầy 2');

    const device = await ward.open('/pair', { token: null });
    await device.getByTestId('pair-code-input').fill(code);
    await device.getByTestId('pair-submit').click();
    await device.waitForURL((url) => url.pathname === '/');
    // The counter is a clerk's: it asks for a sign-in before it shows anything.
    await expect(device.getByTestId('counter-fixed')).toHaveCount(0);
    await signIn(device);
    await expect(device.getByTestId('counter-fixed')).toHaveText('Quầy 2');
    await expect(device.getByTestId('counter-select')).toHaveCount(0);
    await expect(device.getByTestId('action-callNext')).toBeEnabled();

    const other = await callAsDevice(device, 'callNext', { counterNumber: 1 });
    expect(other.status).toBe(403);
    expect(other.body.error?.message).toBe(errorMessages.forbidden_counter);
  });

  test('a paired device shows the outage banner while the service is down and catches up once it is back', async ({ ward }) => {
    // The service is stopped and restarted on the same data and port, as after a power cut.
    const { code } = await ward.call('createPairingCode', { role: 'counter', counterNumber: 1, deviceName: 'Máy quầy 1' });
    const { token } = await ward.call('pairDevice', { code });
    const page = await ward.open('/', {
      token: null,
      prepare: (p) => p.addInitScript((t) => localStorage.setItem('motcua.deviceToken', t), token),
    });
    await signIn(page);
    const waitingA = page.getByTestId('counter-waiting-row').filter({ hasText: 'Tư pháp – Hộ tịch' }).locator('.count');
    await expect(waitingA).toHaveText('0');
    await expect(page.getByTestId('connection-banner')).toHaveCount(0);

    await ward.stop();
    await expect(page.getByTestId('connection-banner').getByText(appText.offline)).toBeVisible();

    await ward.restart();
    const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;
    await ward.call('issueTicket', { serviceId: serviceA.id });
    // A restart signs every clerk out; the device itself stays paired and asks for the clerk again.
    await signIn(page);
    await expect(page.getByTestId('connection-banner')).toHaveCount(0);
    await expect(waitingA).toHaveText('1');
  });
});
