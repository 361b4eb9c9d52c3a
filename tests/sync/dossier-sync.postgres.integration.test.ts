// Dossiers between a real ward service and the city server on real PostgreSQL: the lifecycle shared by
// the counter and the processing side, a conflict between them kept for the clerk, replays applied once,
// a malformed payload refused alone, no ward told of another's dossiers, and the dashboard's counts.
import crypto from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnrolCode } from '../../src/city/admin';
import { setDashboardPassword } from '../../src/city/dashboard/dashboard-auth';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import { httpTransport, TestDevice } from '../city/device-client';
import { WardOutbox } from '../city/ward-outbox';
import { intake, requestId } from '../dossiers/dossier-setup';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { TestClock } from '../support/ward-fixture';
import {
  cityConflicts,
  cityEvents,
  dossierWard,
  enrolWithCity,
  unenrolledDossierWard,
  expectSameDossiers,
  postStatus,
  wardConflicts,
  wardEvents,
  type DossierWard,
} from './dossier-support';
import { cityMutations, deviceIdOf, syncUntilQuiet } from './sync-harness';
import { startCity, type TestCity } from '../support/test-city';

let pg: TestPostgres;
let db: CityDb;
let city: TestCity;
const PASSWORD = 'mật khẩu đủ dài 2026';

beforeAll(async () => {
  pg = sharedPostgres();
  db = openPg({ connectionString: await pg.createDatabase('dossier_sync') });
  await migrate(db);
  city = await startCity(db);
}, 120_000);
afterAll(async () => {
  await city?.close();
  await db?.close();
  pg?.stop();
});

function step(d: DossierWard, dossierId: string, s: string, extra: Record<string, unknown> = {}) {
  return d.w.call('recordDossierStep', { requestId: requestId(), dossierId, step: s as 'transfer', ...extra }, d.w.clerk);
}

/** A dossier received at a new ward and transferred for processing, both steps already at the city. */
async function transferredAtCity() {
  const d = await dossierWard(db, city.url);
  const { dossier } = d.w.call('createDossier', intake(), d.w.clerk);
  step(d, dossier.id, 'transfer');
  await syncUntilQuiet(d.w);
  return { d, dossier };
}

it('a dossier received at the ward, moved at the city by the processing side and returned at the ward: both hold every event once', async () => {
  const { d, dossier } = await transferredAtCity();

  const started = await postStatus(city.url, d, dossier, 'processing');
  const ready = await postStatus(city.url, d, dossier, 'result_ready', { note: 'Đã ký kết quả' });
  await syncUntilQuiet(d.w);
  const moved = d.w.call('getDossier', { id: dossier.id }, d.w.clerk);
  expect(moved.dossier.status).toBe('result_ready');
  expect(moved.events.map((e) => [e.action, e.source, e.clerk?.fullName ?? null, e.deviceName])).toEqual([
    ['receive', 'ward', 'Trần Thị Bình', 'Máy này'],
    ['transfer', 'ward', 'Trần Thị Bình', 'Máy này'],
    ['start_processing', 'processing', null, 'Bộ phận xử lý (qua máy chủ thành phố)'],
    ['mark_result_ready', 'processing', null, 'Bộ phận xử lý (qua máy chủ thành phố)'],
  ]);
  expect(moved.events.slice(2).map((e) => e.id)).toEqual([started, ready]);
  expect(moved.events[3]!.reason).toBe('Đã ký kết quả');
  expect(moved.conflicts).toEqual([]);

  step(d, dossier.id, 'return_result');
  await syncUntilQuiet(d.w);
  // Pulling the same history again takes nothing twice.
  await syncUntilQuiet(d.w);

  const local = wardEvents(d);
  expect(local.map((e) => e.action).sort()).toEqual(['mark_result_ready', 'receive', 'return_result', 'start_processing', 'transfer']);
  expect(await cityEvents(db, d)).toEqual(local);
  await expectSameDossiers(db, d);
  const [row] = await db.query<{ status: string }>('SELECT status FROM dossiers WHERE ward_code = $1', [d.ward]);
  expect(row!.status).toBe('returned');
  // Every op the ward sent was applied: nothing parked, nothing refused.
  expect((await cityMutations(db, deviceIdOf(d.w))).filter((m) => m.status !== 'applied')).toEqual([]);
  expect(await db.query('SELECT number FROM incidents WHERE ward_code = $1', [d.ward])).toEqual([]);
}, 60_000);

it('a processing status the counter has overtaken is kept on the dossier for the clerk, at the ward and at the city', async () => {
  const { d, dossier } = await transferredAtCity();
  // The clerk refuses the dossier while the processing side, unaware, starts processing it.
  step(d, dossier.id, 'refuse', { reason: 'Người nộp rút hồ sơ' });
  const posted = await postStatus(city.url, d, dossier, 'processing');
  await syncUntilQuiet(d.w);
  await syncUntilQuiet(d.w);

  const seen = d.w.call('getDossier', { id: dossier.id }, d.w.clerk);
  expect(seen.dossier.status).toBe('refused');
  expect(seen.conflicts).toHaveLength(1);
  expect(seen.conflicts[0]).toMatchObject({ eventId: posted, status: 'processing', wardStatus: 'refused', note: 'Phòng Tư pháp' });
  expect(seen.conflicts[0]!.message).toBe(
    'Bộ phận xử lý báo hồ sơ "Đang xử lý" nhưng tại quầy hồ sơ đang ở trạng thái "Từ chối", nên thay đổi này chưa được áp dụng. ' +
      'Hãy liên hệ bộ phận xử lý để thống nhất trạng thái hồ sơ.',
  );
  expect(await cityConflicts(db, d)).toEqual(wardConflicts(d));
  expect(await cityEvents(db, d)).toEqual(wardEvents(d));
  await expectSameDossiers(db, d);
}, 60_000);

it('dossier steps sent again under new sequence numbers apply once; a malformed payload is refused alone; a second dossier with a held code is flagged; no ward learns of another ward’s dossier', async () => {
  const { d, dossier } = await transferredAtCity();
  const sent = d.w.ward.db.prepare(`SELECT op, payload FROM outbox WHERE entity = 'dossier' ORDER BY seq`).all() as {
    op: string;
    payload: string;
  }[];
  const [received, transferred] = sent.map((r) => ({ op: r.op, payload: JSON.parse(r.payload) as Record<string, unknown> }));

  // A second PC of the ward (a restored backup under a new identity) sends the same two steps again.
  const transport = httpTransport(city.url);
  const device = await TestDevice.enrol(transport, (await createEnrolCode(db, d.ward, 2, new Date())).code);
  const out = new WardOutbox(device.deviceId);
  const start = {
    ...transferred!.payload,
    eventId: crypto.randomUUID(),
    action: 'start_processing',
    from: 'transferred',
    to: 'processing',
    dossier: { ...(transferred!.payload.dossier as object), status: 'processing' },
  };
  const res = await device.push([
    out.record('dossier', dossier.id, received!.op, received!.payload),
    out.record('dossier', dossier.id, transferred!.op, transferred!.payload),
    out.record('dossier', dossier.id, 'dossier.start_processing@1', { ...start, eventId: 'not-an-event-id' }),
    out.record('dossier', dossier.id, 'dossier.start_processing@1', start),
  ]);
  expect(res.status).toBe(200);
  const results = res.body.results as { status: string; code: string | null; reason?: string }[];
  expect(results.map((r) => [r.status, r.code])).toEqual([
    ['applied', null],
    ['applied', null],
    ['rejected', 'malformed_mutation'],
    ['applied', null],
  ]);
  expect(results[2]!.reason).toMatch(/^payload\.eventId: /);
  const events = await cityEvents(db, d);
  expect(events.map((e) => e.action).sort()).toEqual(['receive', 'start_processing', 'transfer']);
  expect(new Set(events.map((e) => e.id)).size).toBe(3);

  // Another dossier printed with the same code (two PCs on one slot): taken, and flagged for a human.
  const twinId = crypto.randomUUID();
  const twin = await device.push([
    out.record('dossier', twinId, received!.op, {
      ...received!.payload,
      eventId: crypto.randomUUID(),
      dossier: { ...(received!.payload.dossier as object), id: twinId },
    }),
  ]);
  expect(twin.body.results[0]).toMatchObject({ status: 'applied' });
  expect(
    await db.query(
      `SELECT number, holder_entity_id::text AS holder, colliding_entity_id::text AS colliding FROM incidents WHERE ward_code = $1 AND kind = 'dossier'`,
      [d.ward],
    ),
  ).toEqual([{ number: dossier.code, holder: dossier.id, colliding: twinId }]);

  // Another ward's PC gets for this dossier's id the very answer it gets for an id nobody holds.
  const before = await cityEvents(db, d);
  const other = await dossierWard(db, city.url);
  const stranger = await TestDevice.enrol(transport, (await createEnrolCode(db, other.ward, 3, new Date())).code);
  const theirs = new WardOutbox(stranger.deviceId);
  const unknownId = crypto.randomUUID();
  const probe = await stranger.push([
    theirs.record('dossier', dossier.id, transferred!.op, { ...transferred!.payload, eventId: crypto.randomUUID() }),
    theirs.record('dossier', unknownId, transferred!.op, {
      ...transferred!.payload,
      eventId: crypto.randomUUID(),
      dossier: { ...(transferred!.payload.dossier as object), id: unknownId },
    }),
  ]);
  const answers = (probe.body.results as { status: string; code: string; message: string }[]).map((r) => [r.status, r.code, r.message]);
  expect(answers[0]).toEqual(['rejected', 'dossier_unknown', 'Máy chủ thành phố chưa có hồ sơ này.']);
  expect(answers[1]).toEqual(answers[0]);
  expect(await cityEvents(db, d)).toEqual(before);
}, 60_000);

it('the dashboard counts each ward’s dossiers received today and those past their appointment, on the page and in the CSV', async () => {
  const clock = new TestClock(Date.now() - 20 * 86_400_000);
  const d = await unenrolledDossierWard(db, { clock });
  const late = d.w.call('createDossier', intake(), d.w.clerk).dossier;
  const refused = d.w.call('createDossier', intake(), d.w.clerk).dossier;
  step(d, refused.id, 'refuse', { reason: 'Không thuộc thẩm quyền' });
  const waiting = d.w.call('createDossier', intake(), d.w.clerk).dossier;
  step(d, waiting.id, 'transfer');
  clock.set(Date.now());
  await enrolWithCity(db, city.url, d);
  d.w.call('createDossier', intake(), d.w.clerk);
  await syncUntilQuiet(d.w);
  expect(
    d.w
      .call('listDossiers', { list: 'overdue' }, d.w.clerk)
      .dossiers.map((x) => x.id)
      .sort(),
  ).toEqual([late.id, waiting.id].sort());

  await setDashboardPassword(db, PASSWORD);
  const signIn = await city.app.inject({
    method: 'POST',
    url: '/dashboard/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ password: PASSWORD }).toString(),
  });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const page = await city.app.inject({ method: 'GET', url: '/dashboard', headers: { cookie } });
  expect(page.body).toContain('<th scope="col">Hồ sơ tiếp nhận hôm nay</th><th scope="col">Hồ sơ quá hạn</th>');
  const csv = await city.app.inject({ method: 'GET', url: '/dashboard/wards.csv', headers: { cookie } });
  expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  const rows = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, '')).data;
  const header = rows[0]!;
  const row = rows.find((r) => r[0] === d.ward)!;
  // One received today; the two received 20 days ago and still running are late, the refused one is not.
  expect([row[header.indexOf('Hồ sơ tiếp nhận hôm nay')], row[header.indexOf('Hồ sơ quá hạn')]]).toEqual(['1', '2']);
}, 60_000);
