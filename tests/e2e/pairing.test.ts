import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { startWardService } from '../../src/main/service/start';
import { appText, errorMessages } from '../../src/shared/i18n/vi';
import { startE2eApp, type E2eApp } from './harness';

// Pairing a LAN device from the settings page, and what its token may and may not do afterwards.

const TIMEOUT = 15_000;
let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

async function createPairingCode(settings: Page, role: 'counter' | 'kiosk' | 'display', deviceName: string): Promise<string> {
  await settings.getByTestId('pairing-role').selectOption(role);
  await settings.getByTestId('pairing-device-name').fill(deviceName);
  await settings.getByTestId('pairing-create').click();
  const code = settings.getByTestId('pairing-code');
  await code.waitFor({ timeout: TIMEOUT });
  return (await code.textContent())!.trim();
}

/** Calls the API from inside the device's page with the token it stored at pairing. */
function callAsDevice(page: Page, method: string, input: object): Promise<{ status: number; body: { error?: { message: string } } }> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = localStorage.getItem('motcua.deviceToken');
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

describe('device pairing', () => {
  test('a display paired with a code lands on /display, may not issue tickets, and is refused once revoked', async () => {
    const settings = await app.open('/settings');
    const code = await createPairingCode(settings, 'display', 'Màn hình sảnh chờ');
    expect(code).toMatch(/^\d{6}$/);
    expect(await settings.getByTestId('pairing-expiry').textContent()).toMatch(/hết hạn lúc \d{2}:\d{2}/);

    // A LAN browser without a token is sent to pairing, whatever page it opens.
    const device = await app.open('/', { token: null });
    await device.waitForURL('**/pair', { timeout: TIMEOUT });

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await device.getByTestId('pair-code-input').fill(wrong);
    await device.keyboard.press('Enter');
    await device.getByTestId('pair-error').getByText(errorMessages.pairing_code_invalid).waitFor({ timeout: TIMEOUT });

    await device.getByTestId('pair-code-input').fill(code);
    await device.keyboard.press('Enter');
    await device.waitForURL('**/display', { timeout: TIMEOUT });
    await device.getByTestId('display-current-1').waitFor({ timeout: TIMEOUT });

    const board = await callAsDevice(device, 'getBoard', {});
    expect(board.status).toBe(200);
    const serviceId = (board.body as unknown as { services: { id: string }[] }).services[0]!.id;
    const issue = await callAsDevice(device, 'issueTicket', { serviceId });
    expect(issue.status).toBe(403);
    expect(issue.body.error?.message).toBe(errorMessages.forbidden);

    const row = settings.getByTestId('device-row').filter({ hasText: 'Màn hình sảnh chờ' });
    await row.getByTestId('device-revoke').click({ timeout: TIMEOUT });
    await row.getByTestId('device-revoked').waitFor({ timeout: TIMEOUT });

    const refused = await callAsDevice(device, 'getBoard', {});
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toBe(errorMessages.unauthorized);
  });

  test('a paired counter device opens its own counter and cannot act for another', async () => {
    const settings = await app.open('/settings');
    await settings.getByTestId('pairing-role').selectOption('counter');
    await settings.getByTestId('pairing-counter').selectOption('2');
    const code = await createPairingCode(settings, 'counter', 'Máy quầy 2');

    const device = await app.open('/pair', { token: null });
    await device.getByTestId('pair-code-input').fill(code);
    await device.getByTestId('pair-submit').click();
    await device.waitForURL((url) => url.pathname === '/', { timeout: TIMEOUT });
    await expect.poll(() => device.getByTestId('counter-fixed').textContent(), { timeout: TIMEOUT }).toBe('Quầy 2');
    expect(await device.getByTestId('counter-select').count()).toBe(0);
    expect(await device.getByTestId('action-callNext').isEnabled()).toBe(true);

    const other = await callAsDevice(device, 'callNext', { counterNumber: 1 });
    expect(other.status).toBe(403);
    expect(other.body.error?.message).toBe(errorMessages.forbidden_counter);
  });

  test('a paired device shows the outage banner while the service is down and catches up once it is back', async () => {
    // Its own service: this one is stopped and restarted on the same data and port, as after a power cut.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-restart-'));
    const staticDir = path.resolve(process.env.MOTCUA_STATIC_DIR ?? 'dist/renderer');
    let service = await startWardService({ dataDir, port: 0, staticDir });
    const context = await app.browser.newContext();
    try {
      const { code } = service.ward.handlers.createPairingCode(
        { role: 'counter', counterNumber: 1, deviceName: 'Máy quầy 1' },
        LOCAL_CALLER,
      );
      const { token } = service.ward.handlers.pairDevice({ code }, LOCAL_CALLER);
      await context.addInitScript((t) => localStorage.setItem('motcua.deviceToken', t), token);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${service.port}/`);
      const waitingA = page.getByTestId('counter-waiting-row').filter({ hasText: 'Tư pháp – Hộ tịch' }).locator('.count');
      await expect.poll(() => waitingA.textContent(), { timeout: TIMEOUT }).toBe('0');
      expect(await page.getByTestId('connection-banner').count()).toBe(0);

      await service.close();
      await page.getByTestId('connection-banner').getByText(appText.offline).waitFor({ timeout: TIMEOUT });

      service = await startWardService({ dataDir, port: service.port, staticDir });
      const serviceA = service.ward.handlers.getBoard({}, LOCAL_CALLER).services.find((s) => s.letter === 'A')!;
      service.ward.handlers.issueTicket({ serviceId: serviceA.id }, LOCAL_CALLER);
      await page.getByTestId('connection-banner').waitFor({ state: 'detached', timeout: TIMEOUT });
      await expect.poll(() => waitingA.textContent(), { timeout: TIMEOUT }).toBe('1');
    } finally {
      await context.close();
      await service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
