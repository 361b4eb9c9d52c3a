// Issue 21 §1 and §4 on a real PostgreSQL, with the city server on loopback and the fault proxy between
// it and the ward: an enrolment whose reply is lost ends with one device and a usable slot, and a PC
// clock a day ahead stops dating the day's work as tomorrow once the city has answered, while what it
// filed before is flagged on the city dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDashboardPassword } from '../../src/city/dashboard/dashboard-auth';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import { ENROL_ATTEMPTS } from '../../src/main/service/sync/sync-engine';
import { enrolText } from '../../src/shared/i18n/vi/sync';
import { localDay } from '../../src/shared/time/local-time';
import { httpTransport, TestDevice } from '../city/device-client';
import { FaultProxy } from '../support/fault-proxy';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { issue } from '../support/queue-actions';
import { TestClock } from '../support/ward-fixture';
import { deviceIdOf, enrol, syncUntilQuiet, syncWard } from './sync-harness';
import { startCity, type TestCity } from '../support/test-city';

const DAY_MS = 86_400_000;
const PASSWORD = 'mật khẩu thử của thành phố';

let pg: TestPostgres;
let db: CityDb;
let city: TestCity;
let proxy: FaultProxy;

beforeAll(async () => {
  pg = sharedPostgres();
  db = openPg({ connectionString: await pg.createDatabase('enrol_clock') });
  await migrate(db);
  await setDashboardPassword(db, PASSWORD);
  city = await startCity(db);
  proxy = await FaultProxy.start(city.port);
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  await city?.close();
  await db?.close();
  pg?.stop();
});

async function devicesOf(ward: string): Promise<{ id: string; status: string }[]> {
  return db.query<{ id: string; status: string }>('SELECT id::text AS id, status FROM devices WHERE ward_code = $1', [ward]);
}

describe('an enrolment whose reply is lost', () => {
  it('is asked again by the ward with the same key: one device at the city, and its slot pushes', async () => {
    const ward = await city.newWard();
    const code = await city.enrolCode(ward, 0);
    const seen = proxy.log.length;
    proxy.inject({ kind: 'cut_reply_after_commit' });
    const w = syncWard();
    await enrol(w, proxy.url, code);

    expect(proxy.log.slice(seen, seen + 2)).toEqual(['cut_reply_after_commit', 'pass']);
    expect(await devicesOf(ward)).toEqual([{ id: deviceIdOf(w), status: 'active' }]);
    const ticket = issue(w, 'A');
    await syncUntilQuiet(w);
    expect(await db.query('SELECT state FROM tickets WHERE ward_code = $1 AND id = $2', [ward, ticket.id])).toEqual([{ state: 'waiting' }]);
    // The spent code with another key is still refused.
    await expect(TestDevice.enrol(httpTransport(city.url), code)).rejects.toThrow(/enrol failed: 401/);
  });

  it('says what to do when no answer comes, and the same code entered again gets the identity the city made', async () => {
    const ward = await city.newWard();
    const code = await city.enrolCode(ward, 1);
    const seen = proxy.log.length;
    proxy.inject({ kind: 'cut_reply_after_commit' }, ENROL_ATTEMPTS);
    const w = syncWard();
    w.call('enrolWithCity', { cityUrl: proxy.url, code });
    await w.ward.sync.settled();

    const failed = w.call('getSyncStatus', {});
    expect(failed.city).toBeNull();
    expect(failed.enrolment).toEqual({ state: 'failed', message: enrolText.noAnswer(ENROL_ATTEMPTS) });
    expect(proxy.log.slice(seen)).toEqual(Array(ENROL_ATTEMPTS).fill('cut_reply_after_commit'));
    const [made] = await devicesOf(ward);

    await enrol(w, proxy.url, code);
    expect(await devicesOf(ward)).toEqual([{ id: deviceIdOf(w), status: 'active' }]);
    expect(deviceIdOf(w)).toBe(made!.id);
  });
});

describe('a PC clock one day ahead', () => {
  it("dates the day's work by the city's clock once it answered, and the city flags what was filed before", async () => {
    const real = Date.now();
    const today = localDay(new Date(real));
    const tomorrow = localDay(new Date(real + DAY_MS));
    const clock = new TestClock(real + DAY_MS);
    const ward = await city.newWard();
    const w = syncWard({ clock });
    w.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 });

    // Before the city has answered, this PC can only trust its own clock.
    const early = [issue(w, 'A'), issue(w, 'A')];
    const earlyCode = w.call('allocateDossierCode', {});
    expect(early.map((t) => t.localDay)).toEqual([tomorrow, tomorrow]);
    expect(earlyCode.day).toBe(tomorrow);

    await enrol(w, city.url, await city.enrolCode(ward, 0));
    const late = [issue(w, 'A'), issue(w, 'B')];
    const lateCode = w.call('allocateDossierCode', {});
    expect(late.map((t) => [t.localDay, t.displayNumber])).toEqual([
      [today, 'A001'],
      [today, 'B001'],
    ]);
    expect(lateCode.day).toBe(today);
    expect(lateCode.code).toBe(`H26-${today.slice(2).replaceAll('-', '')}-0001`);
    expect(Math.abs(Date.parse(late[0]!.issuedAt) - Date.now())).toBeLessThan(5 * 60_000);
    const summary = w.call('getDaySummary', {});
    expect(summary.day).toBe(today);
    expect(summary.tickets.issued).toBe(2);

    // The PC's clock is then set right: the day stays today.
    clock.set(Date.now());
    const fixed = issue(w, 'A');
    expect([fixed.localDay, fixed.displayNumber]).toEqual([today, 'A002']);
    await syncUntilQuiet(w);

    const days = await db.query<{ id: string; local_day: string }>('SELECT id::text AS id, local_day FROM tickets WHERE ward_code = $1', [
      ward,
    ]);
    expect(Object.fromEntries(days.map((d) => [d.id, d.local_day]))).toEqual({
      [early[0]!.id]: tomorrow,
      [early[1]!.id]: tomorrow,
      [late[0]!.id]: today,
      [late[1]!.id]: today,
      [fixed.id]: today,
    });
    // Filed under tomorrow, made today: flagged for a human, never rewritten.
    expect(await db.query('SELECT kind, number, judged_day FROM incidents WHERE ward_code = $1 ORDER BY kind, number', [ward])).toEqual([
      { kind: 'misdated_dossier_code', number: earlyCode.code, judged_day: today },
      { kind: 'misdated_ticket', number: `${tomorrow}/${early[0]!.displayNumber}`, judged_day: today },
      { kind: 'misdated_ticket', number: `${tomorrow}/${early[1]!.displayNumber}`, judged_day: today },
    ]);

    const signIn = await city.app.inject({
      method: 'POST',
      url: '/dashboard/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ password: PASSWORD }).toString(),
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const page = (await city.app.inject({ method: 'GET', url: '/dashboard', headers: { cookie } })).body;
    expect(page).toContain('Số phiếu và mã hồ sơ ghi sai ngày');
    for (const number of [earlyCode.code, `${tomorrow}/${early[0]!.displayNumber}`]) expect(page).toContain(number);
    expect(page).not.toContain(lateCode.code);
  });
});
