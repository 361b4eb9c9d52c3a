import { revokeDevice } from '../../src/city/admin';
import { expect, test as wardTest } from '../support/e2e-fixtures';
import { startCity } from '../support/test-city';

// The head of the service point enrols the PC with the city from the sync page, forces a sync, and
// closes the day: every step from the keyboard and screen, against a real city server over HTTP. The
// city is not what these tests check: one server per worker, in this process on an embedded database,
// and a ward of its own for each test (a city process, and its admin commands, each cost seconds).

interface City {
  url: string;
  /** A new ward "Phường Ba Đình" with a code of its own in this city. */
  newWard(): Promise<string>;
  /** A code that enrols a PC in slot 1 of `ward`. */
  enrolCode(ward: string): Promise<string>;
  revoke(deviceId: string): Promise<void>;
}

const test = wardTest.extend<object, { city: City }>({
  city: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const city = await startCity();
      await use({
        url: city.url,
        newWard: () => city.newWard('Phường Ba Đình'),
        enrolCode: (ward) => city.enrolCode(ward, 1),
        revoke: (deviceId) => revokeDevice(city.db, deviceId, new Date()),
      });
      await city.close();
    },
    { scope: 'worker' },
  ],
});

test('enrol with the city, sync now, and close the day with its summary', async ({ ward, city }) => {
  const wardCode = await city.newWard();
  const code = await city.enrolCode(wardCode);
  const page = await ward.open('/sync');
  await expect(page.getByTestId('sync-state')).toHaveText('Chưa đăng ký với thành phố');

  await page.getByTestId('enrol-url').fill(city.url);
  await page.getByTestId('enrol-code').fill(code);
  await page.getByTestId('enrol-code').press('Enter');
  await expect(page.getByTestId('sync-enrolled')).toContainText(`Phường Ba Đình (${wardCode})`);

  const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;
  const { ticket } = await ward.call('issueTicket', { serviceId: serviceA.id });
  await ward.call('callNext', { counterNumber: 1 });
  await ward.call('startServing', { counterNumber: 1, ticketId: ticket.id });
  await ward.call('finish', { counterNumber: 1, ticketId: ticket.id });
  // Two citizens still in the line when the head closes the day.
  await ward.call('issueTicket', { serviceId: serviceA.id });
  await ward.call('issueTicket', { serviceId: serviceA.id });

  await page.getByTestId('sync-now').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sync-pending')).toContainText('0');
  await expect(page.getByTestId('sync-runs')).toBeVisible();
  // The rows the city acknowledged, counted, and when: "HH:MM DD/MM/YYYY" instead of "never".
  await expect(page.getByTestId('sync-acknowledged-today')).toHaveText(/^[1-9]\d* thay đổi$/);
  await expect(page.getByTestId('sync-last-acknowledged')).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByTestId('sync-last-success')).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);

  const close = await ward.open('/close-day');
  await close.getByTestId('close-day').click();
  await expect(close.getByTestId('day-summary')).toBeVisible();
  await expect(close.getByTestId('summary-ward')).toHaveText(/\S/);
  await expect(close.getByTestId('summary-still-open')).toHaveText('Còn 2 số đang chờ.');
  await expect(close.getByTestId('summary-by-service').locator('tbody tr')).toHaveText([new RegExp(`^${serviceA.name}\\s*3\\s*1\\s*0`)]);
  await expect(close.getByTestId('summary-by-counter').locator('tbody tr')).toHaveText([/^Quầy 1\s*1\s*1\s*0/]);
  await expect(close.getByTestId('summary-issued')).toHaveText('3');
  await expect(close.getByTestId('summary-served')).toHaveText('1');
  await expect(close.getByTestId('summary-pending')).toHaveText('0');
  // The ticket was served by the test administrator's session: the day names who served it.
  await expect(close.getByTestId('summary-clerks').locator('tbody tr')).toHaveText([/^Nguyễn Thị Quản Trị\s*1\s*0 phút/]);
});

test('a PC the city revoked says so and enrols again from the keyboard with a new code', async ({ ward, city }) => {
  const wardCode = await city.newWard();
  await ward.call('enrolWithCity', { cityUrl: city.url, code: await city.enrolCode(wardCode) });
  await expect.poll(async () => (await ward.call('getSyncStatus', {})).state).toBe('idle');
  const oldDevice = (await ward.call('getSyncStatus', {})).city!.deviceId;

  await city.revoke(oldDevice);
  const secondCode = await city.enrolCode(wardCode);

  const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;
  await ward.call('issueTicket', { serviceId: serviceA.id });
  const page = await ward.open('/sync');
  await page.getByTestId('sync-now').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sync-state')).toHaveText('Máy đã bị thu hồi');
  await expect(page.getByTestId('sync-reenrol')).toContainText('thu hồi');
  await expect(page.getByTestId('enrol-url')).toHaveValue(city.url);

  await page.getByTestId('enrol-code').fill(secondCode);
  await page.getByTestId('enrol-code').press('Enter');
  await expect(page.getByTestId('sync-enrolled')).toContainText(`Phường Ba Đình (${wardCode})`);
  await expect(page.getByTestId('sync-pending')).toContainText('0');
  expect((await ward.call('getSyncStatus', {})).city!.deviceId).not.toBe(oldDevice);
});
