import { readFileSync } from 'node:fs';
import { syncFailureText } from '../../src/shared/i18n/vi/sync';
import { expect, test } from '../support/e2e-fixtures';
import { startFakeCity, type FakeCity } from './fake-city';

// IT opens the sync log report of a day on the sync page: the runs that failed and why, in words, the
// change still waiting and since when, shown as the page will print it, and the same log as a CSV.

let fake: FakeCity;
test.beforeEach(async () => {
  fake = await startFakeCity();
});
test.afterEach(async () => {
  await fake.close();
});

test('the sync log report of a day lists runs, failures in words and what is pending, as it prints', async ({ ward }) => {
  // The city is busy for the first push; the retry a second later gets through. Then the city goes away.
  fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
  await ward.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' });
  const runs = async () => (await ward.call('listSyncRuns', {})).runs;
  await expect.poll(async () => (await runs()).some((r) => r.result === 'ok')).toBe(true);
  await fake.close();
  const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;
  await ward.call('issueTicket', { serviceId: serviceA.id });
  await expect.poll(async () => (await runs()).some((r) => r.errorCode === 'network')).toBe(true);

  const page = await ward.open('/sync');
  const report = page.getByTestId('sync-log-report');
  // Today is already in both fields: Enter on the first shows the report.
  await report.getByTestId('sync-log-from').press('Enter');
  const preview = page.frameLocator('[data-testid="sync-log-preview"]');
  await expect(preview.locator('h1')).toHaveText('BÁO CÁO NHẬT KÝ ĐỒNG BỘ VỚI THÀNH PHỐ');
  const runRows = preview.getByTestId('runs').locator('tbody tr');
  await expect(runRows.filter({ hasText: 'Thành công' }).first()).toBeVisible();
  await expect(runRows.filter({ hasText: syncFailureText.busy })).toHaveCount(1);
  await expect(runRows.filter({ hasText: syncFailureText.network }).first()).toBeVisible();
  await expect(preview.getByTestId('failures').locator('tbody tr').first()).toContainText(/Máy chủ thành phố|Không kết nối được/);
  await expect(preview.getByTestId('pending').locator('tbody tr')).toHaveText([/^Số thứ tự\s*1\s*\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/]);

  const [download] = await Promise.all([page.waitForEvent('download'), report.getByTestId('sync-log-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^nhat-ky-dong-bo-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(`,1,${syncFailureText.busy}`);
  expect(csv).toMatch(/\r\nChờ gửi,\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4},,Số thứ tự,,,,1,\r\n/);
});
