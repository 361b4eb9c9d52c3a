// The sync log report IT prints or downloads: built from the runs a real sync engine logged in SQLite
// against a scripted city, with failed runs and changes still waiting in the outbox.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/shared/api/contract';
import { syncFailureText } from '../../src/shared/i18n/vi/sync';
import { issue } from '../support/queue-actions';
import { TestClock } from '../support/ward-fixture';
import { startFakeCity, type FakeCity } from './fake-city';
import { enrol, syncWard, type SyncWard } from './sync-harness';

let fake: FakeCity;
beforeEach(async () => {
  fake = await startFakeCity();
});
afterEach(async () => {
  await fake.close();
});

/**
 * Hà Nội is UTC+7: enrolled at 23:59:20 on 6 December, then just after midnight a run the city was too
 * busy for, one it failed, one that delivered, and a new ticket the city was again too busy to take.
 * The clock moves by less than a minute at a time: a bigger jump reads as a PC clock being set, and the
 * ward would date by the city's clock instead.
 */
const EVENING_BEFORE = '2026-12-06T16:59:20.000Z';

async function nightOfRuns(): Promise<SyncWard> {
  const clock = new TestClock(EVENING_BEFORE);
  fake.serverNow = () => clock.now().getTime();
  // Only the test starts runs: no run after a change, no retry timer between the steps.
  const w = syncWard({ clock, timing: { debounceMs: 600_000, maxWaitMs: 600_000, backoffBaseMs: 600_000, backoffCapMs: 600_000 } });
  await enrol(w, fake.url, 'ABCD-1234');
  const runAt = async (at: string, answer: { status: number; code: 'unavailable' | 'internal' } | null) => {
    clock.set(at);
    if (answer) fake.script.push({ path: '/v1/sync/push', ...answer });
    w.call('syncNow', {});
    await w.ward.sync.settled();
  };
  clock.set('2026-12-06T17:00:00.000Z');
  issue(w, 'A');
  await runAt('2026-12-06T17:00:05.000Z', { status: 503, code: 'unavailable' });
  await runAt('2026-12-06T17:00:35.000Z', { status: 500, code: 'internal' });
  await runAt('2026-12-06T17:01:05.000Z', null);
  clock.set('2026-12-06T17:01:30.000Z');
  issue(w, 'A');
  await runAt('2026-12-06T17:01:35.000Z', { status: 503, code: 'unavailable' });
  clock.set('2026-12-06T17:02:00.000Z');
  return w;
}

describe('the sync log report', () => {
  it('lists the runs of the days asked, the failures by reason in words, and what still waits since when', async () => {
    const w = await nightOfRuns();
    const report = w.call('getSyncLogReport', { from: '2026-12-07', to: '2026-12-07' });

    // The enrolment's run of the evening before is another day's.
    expect(report.runs.map((r) => [r.startedAt, r.result, r.reason])).toEqual([
      ['2026-12-06T17:00:05.000Z', 'failed', syncFailureText.busy],
      ['2026-12-06T17:00:35.000Z', 'failed', syncFailureText.server],
      ['2026-12-06T17:01:05.000Z', 'ok', null],
      ['2026-12-06T17:01:35.000Z', 'failed', syncFailureText.busy],
    ]);
    expect(report.totals).toMatchObject({ runs: 4, succeeded: 1, failed: 3 });
    expect(report.totals.pushed).toBeGreaterThan(0);
    expect(report.failures).toEqual([
      {
        code: 'unavailable',
        reason: syncFailureText.busy,
        count: 2,
        firstAt: '2026-12-06T17:00:05.000Z',
        lastAt: '2026-12-06T17:01:35.000Z',
      },
      {
        code: 'internal',
        reason: syncFailureText.server,
        count: 1,
        firstAt: '2026-12-06T17:00:35.000Z',
        lastAt: '2026-12-06T17:00:35.000Z',
      },
    ]);
    // Only the last ticket waits: everything before it went with the run that delivered.
    expect(report.pending).toEqual({
      total: 1,
      oldestAt: '2026-12-06T17:01:31.000Z',
      byEntity: [{ entity: 'ticket', count: 1, oldestAt: '2026-12-06T17:01:31.000Z' }],
    });
    expect(report.runsNotListed).toBe(0);
    expect(report.wardName).not.toBe('');

    const twoDays = w.call('getSyncLogReport', { from: '2026-12-06', to: '2026-12-07' });
    expect(twoDays.runs[0]).toMatchObject({ startedAt: EVENING_BEFORE, trigger: 'enrol', result: 'ok' });
    expect(twoDays.totals.runs).toBe(5);
    expect(w.call('getSyncLogReport', { from: '2026-12-08', to: '2026-12-08' })).toMatchObject({
      runs: [],
      failures: [],
      totals: { runs: 0 },
      pending: { total: 1 },
    });
  });

  it('exports every run, each failure reason and each pending kind, dated dd/mm/yyyy in Hà Nội time, as CSV and XLSX', async () => {
    const w = await nightOfRuns();
    const range = { from: '2026-12-07', to: '2026-12-07' };
    const csv = await w.call('exportSyncLog', { ...range, format: 'csv' });
    expect(csv.fileName).toBe('nhat-ky-dong-bo-2026-12-07-2026-12-07.csv');
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.body).split('\r\n');
    expect(lines).toEqual([
      '\uFEFFMục,Bắt đầu,Kết thúc,Lý do chạy / Loại thay đổi,Kết quả,Đã gửi,Đã nhận,Số lượng,Nguyên nhân',
      expect.stringMatching(
        /^Lần đồng bộ,00:00:05 07\/12\/2026,00:00:05 07\/12\/2026,"Bấm ""Đồng bộ ngay""",Lỗi,0,0,,Máy chủ thành phố đang bận/,
      ),
      expect.stringMatching(/^Lần đồng bộ,00:00:35 07\/12\/2026,.*,Lỗi,0,0,,Máy chủ thành phố đang gặp sự cố/),
      expect.stringMatching(/^Lần đồng bộ,00:01:05 07\/12\/2026,.*,Thành công,[1-9]\d*,\d+,,$/),
      expect.stringMatching(/^Lần đồng bộ,00:01:35 07\/12\/2026,.*,Lỗi,0,0,,Máy chủ thành phố đang bận/),
      expect.stringMatching(/^Lỗi theo nguyên nhân,00:00:05 07\/12\/2026,00:01:35 07\/12\/2026,,,,,2,Máy chủ thành phố đang bận/),
      expect.stringMatching(/^Lỗi theo nguyên nhân,00:00:35 07\/12\/2026,00:00:35 07\/12\/2026,,,,,1,Máy chủ thành phố đang gặp sự cố/),
      'Chờ gửi,00:01:31 07/12/2026,,Số thứ tự,,,,1,',
      '',
    ]);

    const xlsx = await w.call('exportSyncLog', { ...range, format: 'xlsx' });
    expect(xlsx.fileName).toBe('nhat-ky-dong-bo-2026-12-07-2026-12-07.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhật ký đồng bộ')!;
    expect(sheet.rowCount).toBe(8);
    expect(sheet.getRow(8).values).toEqual([undefined, 'Chờ gửi', '00:01:31 07/12/2026', '', 'Số thứ tự', '', '', '', '1', '']);
  });

  it('refuses a range that ends before it starts or runs longer than a month, before reading anything', () => {
    const input = methods.getSyncLogReport.input;
    expect(input.safeParse({ from: '2026-12-07', to: '2026-12-06' }).success).toBe(false);
    expect(input.safeParse({ from: '2026-11-01', to: '2026-12-02' }).success).toBe(true);
    expect(input.safeParse({ from: '2026-11-01', to: '2026-12-03' }).success).toBe(false);
    expect(input.safeParse({ from: '07/12/2026', to: '2026-12-07' }).success).toBe(false);
    expect(methods.exportSyncLog.input.safeParse({ from: '2026-12-07', to: '2026-12-07', format: 'pdf' }).success).toBe(false);
  });
});
