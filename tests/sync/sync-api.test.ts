// The sync module's API as the local app sees it, without a city where none is needed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { migrations } from '../../src/main/service/db/migrations';
import { stampPhysicalTime } from '../../src/main/service/write-path-outbox';
import { CREDENTIAL_FILE } from '../../src/main/service/sync/credential-store';
import { methods } from '../../src/shared/api/contract';
import { TestClock, tempDir } from '../support/ward-fixture';
import { serviceIdByLetter } from '../support/ward-queries';
import { startFakeCity, type FakeCity } from './fake-city';
import { enrol, syncWard } from './sync-harness';

let fake: FakeCity;
beforeEach(async () => {
  fake = await startFakeCity();
});
afterEach(async () => {
  await fake.close();
});

describe('enrolment', () => {
  it('refuses a malformed city address or code before anything happens', () => {
    const input = methods.enrolWithCity.input;
    for (const bad of [
      { cityUrl: 'ftp://city.example', code: 'ABCD-1234' },
      { cityUrl: 'http://user:secret@city.example', code: 'ABCD-1234' },
      { cityUrl: 'http://user@city.example', code: 'ABCD-1234' },
      { cityUrl: 'http://:secret@city.example', code: 'ABCD-1234' },
      { cityUrl: 'https://city.example/sync?token=abc', code: 'ABCD-1234' },
      { cityUrl: 'https://city.example/sync#dong-bo', code: 'ABCD-1234' },
      { cityUrl: 'not a url', code: 'ABCD-1234' },
      { cityUrl: 'http://city.example', code: 'ABCD1234' },
      { cityUrl: 'http://city.example', code: 'ABCD-1234', extra: 1 },
      { cityUrl: 'http://city.example' },
    ])
      expect(input.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(input.parse({ cityUrl: ' https://dongbo.hanoi.gov.vn/sync ', code: ' k7qm-2x9p ' })).toEqual({
      cityUrl: 'https://dongbo.hanoi.gov.vn/sync',
      code: 'K7QM-2X9P',
    });
    expect(input.parse({ cityUrl: 'http://10.0.0.5:8787', code: 'ABCD-1234' }).cityUrl).toBe('http://10.0.0.5:8787');
  });

  it('says why a refused code failed, stores no credential, and accepts a good code afterwards', async () => {
    const w = syncWard();
    fake.script.push({ path: '/v1/enrol', status: 401, code: 'enrol_code_invalid' });
    expect(w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' })).toEqual({ started: true, message: null });
    expect(w.call('getSyncStatus', {}).state).toBe('enrolling');
    await w.ward.sync.settled();
    const failed = w.call('getSyncStatus', {});
    expect(failed.state).toBe('not_enrolled');
    expect(failed.enrolment).toEqual({ state: 'failed', message: expect.stringMatching(/Mã đăng ký không đúng/) });
    expect(fs.existsSync(path.join(w.dataDir, CREDENTIAL_FILE))).toBe(false);

    await enrol(w, fake.url, 'ABCD-1234');
    const status = w.call('getSyncStatus', {});
    expect(status.city).toMatchObject({ ward: { code: '00001', name: 'Phường thử' }, slot: 2 });
    expect(status.enrolment).toBeNull();
    expect(w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' })).toEqual({
      started: false,
      message: 'Máy này đã đăng ký với máy chủ thành phố.',
    });
  });

  it('keeps the enrolment across a restart and syncs at start', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    const pushesBefore = fake.requests.filter((r) => r.path === '/v1/sync/pull').length;
    const again = w.reopen();
    await again.ward.sync.settled();
    expect(again.call('getSyncStatus', {}).city?.slot).toBe(2);
    expect(fake.requests.filter((r) => r.path === '/v1/sync/pull').length).toBe(pushesBefore + 1);
    expect(again.call('listSyncRuns', {}).runs[0]).toMatchObject({ trigger: 'start', result: 'ok' });
  });
});

describe('clock offset', () => {
  it('shows the clock banner at start from the last known offset, before the city answers again', async () => {
    const clock = new TestClock(Date.now() - 3 * 3600_000);
    const w = syncWard({ clock });
    await enrol(w, fake.url, 'ABCD-1234');
    const again = w.reopen();
    const banner = again.call('getBoard', {}).health.problems.find((p) => p.code === 'clock_off');
    expect(banner?.message).toMatch(/lệch khoảng 180 phút/);
    await again.ward.sync.settled();
  });
});

describe('status without a city', () => {
  it('counts what waits by kind and how old the oldest change is, and cannot sync', () => {
    const clock = new TestClock('2026-11-23T01:00:00.000Z');
    const w = syncWard({ clock });
    clock.set('2026-11-23T01:30:00.000Z');
    w.call('issueTicket', { serviceId: serviceIdByLetter(w.ward, 'A') });
    clock.set('2026-11-23T02:00:00.000Z');
    const status = w.call('getSyncStatus', {});
    expect(status.state).toBe('not_enrolled');
    expect(status.inSync).toBe(false);
    expect(status.city).toBeNull();
    expect(status.pending.byEntity.find((e) => e.entity === 'ticket')).toEqual({ entity: 'ticket', count: 1 });
    expect(status.pending.oldestAt).toBe('2026-11-23T01:00:00.000Z');
    expect(status.pending.oldestAgeSeconds).toBe(3600);
    expect(w.call('syncNow', {})).toEqual({ started: false });
    expect(w.call('listSyncRuns', {}).runs).toEqual([]);
  });
});

describe('clock stamps', () => {
  it('caps a stamp at city time + 5 minutes once the offset is known, and leaves a slow clock alone', () => {
    const wall = Date.parse('2026-11-24T03:00:00Z');
    expect(stampPhysicalTime(wall, null)).toBe(wall);
    // A PC a day ahead: city time is a day earlier.
    expect(stampPhysicalTime(wall, -86_400_000)).toBe(Date.parse('2026-11-23T03:05:00Z'));
    expect(stampPhysicalTime(wall, 86_400_000)).toBe(wall);
    expect(stampPhysicalTime(wall, -60_000)).toBe(wall);
  });
});

describe('end of day', () => {
  it('measures waiting and service from the ticket history and exports the same figures as CSV', () => {
    const clock = new TestClock('2026-11-23T01:00:00.000Z');
    const w = syncWard({ clock });
    const service = serviceIdByLetter(w.ward, 'A');
    const t1 = w.call('issueTicket', { serviceId: service }).ticket;
    clock.set('2026-11-23T01:01:00.000Z');
    const t2 = w.call('issueTicket', { serviceId: service }).ticket;
    clock.set('2026-11-23T01:02:00.000Z');
    w.call('callNext', { counterNumber: 1 }); // t1 waited 120 s
    clock.set('2026-11-23T01:02:30.000Z');
    w.call('startServing', { counterNumber: 1, ticketId: t1.id });
    clock.set('2026-11-23T01:07:30.000Z');
    w.call('finish', { counterNumber: 1, ticketId: t1.id }); // served 300 s
    clock.set('2026-11-23T01:08:00.000Z');
    w.call('callNext', { counterNumber: 1 }); // t2 waited 420 s
    w.call('markNoShow', { counterNumber: 1, ticketId: t2.id });
    w.call('issueTicket', { serviceId: service });

    const summary = w.call('getDaySummary', { day: '2026-11-23' });
    expect(summary.tickets).toEqual({
      issued: 3,
      served: 1,
      noShow: 1,
      cancelled: 0,
      stillWaiting: 1,
      averageWaitSeconds: 270,
      averageServiceSeconds: 300,
    });
    expect(summary.dossiers).toEqual({ received: 0, byField: [], returned: 0, overdue: 0 });
    expect(summary.pendingSync).toBeGreaterThan(0);
    const lines = summary.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Chỉ tiêu,Giá trị');
    expect(lines).toContain('Ngày,23/11/2026');
    expect(lines).toContain('Số vé đã phát,3');
    expect(lines).toContain('Thời gian chờ trung bình (giây),270');
    expect(lines).toContain('Hồ sơ đã tiếp nhận,0');
    expect(w.call('getDaySummary', { day: '2026-11-22' }).tickets).toMatchObject({ issued: 0, averageWaitSeconds: null });
    // Today by Hà Nội time: 01:08 UTC is 08:08 on the 23rd.
    expect(w.call('getDaySummary', {}).day).toBe('2026-11-23');
  });
});

describe('migration 0005', () => {
  it('upgrades a version-4 database with outbox rows in place, each still pending, with no city answer yet', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    for (const m of migrations.filter((m) => m.version <= 4)) {
      m.up(db, { now: new Date('2026-01-05T02:00:00Z') });
      db.pragma(`user_version = ${m.version}`);
    }
    db.prepare(
      `INSERT INTO outbox (seq, mutation_id, entity, entity_id, op, payload, hlc, actor, wall_time, schema_version)
       VALUES (1, '0190a000-0000-7000-8000-000000000001', 'settings', 'ward', 'settings.update@1', '{}', '001767578400000-0000-x', 'local', '2026-01-05T02:00:00.000Z', 4)`,
    ).run();
    db.prepare('UPDATE sync_state SET last_seq = 1').run();
    db.close();
    const w = syncWard({ dataDir: dir });
    const row = w.ward.db.prepare('SELECT seq, status, result_code, result_message, synced_at FROM outbox WHERE seq = 1').get();
    expect(row).toEqual({ seq: 1, status: 'pending', result_code: null, result_message: null, synced_at: null });
    expect(w.ward.db.prepare('SELECT cursor, snapshot_active FROM sync_pull_state').get()).toEqual({ cursor: 0, snapshot_active: 0 });
    expect(w.ward.db.prepare('SELECT server_offset_ms FROM sync_state').get()).toEqual({ server_offset_ms: null });
  });
});
