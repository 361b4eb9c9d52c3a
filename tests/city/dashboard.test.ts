// The city dashboard: sign-in, every ward and device with its sync health, silent devices marked, CSV.
import crypto from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnrolCode, createWard } from '../../src/city/admin';
import { setDashboardPassword } from '../../src/city/dashboard/dashboard-auth';
import { migratedPglite } from '../support/test-pglite';
import type { CityDb } from '../../src/city/db/adapter';
import { cityFixture, type CityFixture } from './city-fixture';
import { APP_VERSION_HEADER } from '../../src/shared/sync/wire';
import { protocolHeaders } from './device-client';
import { WardOutbox } from './ward-outbox';

let db: CityDb;
let city: CityFixture;
const PASSWORD = 'mật khẩu đủ dài 2026';

beforeAll(async () => {
  db = await migratedPglite();
  city = await cityFixture(db);
  await setDashboardPassword(db, PASSWORD);
}, 60_000);
afterAll(async () => {
  await city?.close();
  await db?.close();
});

async function signIn(password: string) {
  return city.app.inject({
    method: 'POST',
    url: '/dashboard/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ password }).toString(),
  });
}

async function cookie(): Promise<string> {
  const res = await signIn(PASSWORD);
  return String(res.headers['set-cookie']).split(';')[0]!;
}

it('sends a visitor without a session to the sign-in page and refuses a wrong password', async () => {
  const page = await city.app.inject({ method: 'GET', url: '/dashboard' });
  expect(page.statusCode).toBe(303);
  expect(page.headers.location).toBe('/dashboard/login');
  const csv = await city.app.inject({ method: 'GET', url: '/dashboard/devices.csv', headers: { cookie: 'motcua_city_session=forged' } });
  expect(csv.statusCode).toBe(303);
  const wrong = await signIn('not the password');
  expect(wrong.statusCode).toBe(401);
  expect(wrong.body).toContain('Mật khẩu không đúng.');
  expect(wrong.headers['set-cookie']).toBeUndefined();
});

it('shows each ward and device with today’s tickets, backlog and clock offset, and marks a silent device', async () => {
  const ward = await city.newWard();
  const busy = await city.newDevice(ward);
  const silent = await city.newDevice(ward);
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const issue = new WardOutbox(busy.deviceId, today).issue('A001');
  const sentAt = new Date(Date.now() - 90_000).toISOString();
  await busy.push([issue], { backlog: 42, oldestPendingAt: '2026-11-23T01:00:00Z', sentAt });
  await db.query(`UPDATE devices SET last_pull_at = now() - interval '3 hours' WHERE id = $1`, [silent.deviceId]);

  const res = await city.app.inject({ method: 'GET', url: '/dashboard', headers: { cookie: await cookie() } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  const wardRow = new RegExp(
    `<tr><td>${ward}</td><td>Phường thử ${ward}</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>`,
  );
  expect(res.body).toMatch(wardRow);
  const busyRow = res.body.split('<tr').find((r) => r.includes(busy.deviceId))!;
  expect(busyRow).not.toContain('class="silent"');
  expect(busyRow).toContain('<td>42</td>');
  expect(busyRow).toMatch(/<td>\+(89|90|91) giây<\/td>/);
  expect(busyRow).toContain('<td>08:00 23/11/2026</td>');
  const silentRow = res.body.split('<tr').find((r) => r.includes(silent.deviceId))!;
  expect(silentRow).toContain('class="silent"');
  expect(silentRow).toContain('Mất liên lạc');
  // Devices are named by ward and slot; the UUID is only the hover detail.
  expect(busyRow).toContain(`<abbr title="${busy.deviceId}">Phường thử ${ward} · quầy 0</abbr>`);
  expect(res.body).not.toContain(`<td>${busy.deviceId}</td>`);
  // Styled like the ward pages from its own inline sheet, fetching nothing.
  expect(res.body).toMatch(/<style>[^<]*header\.bar/);
  expect(res.body).not.toMatch(/<link|<script|src=|url\(/);
});

it('shows no "waiting since" beside a backlog of 0, even from a device that still reports one', async () => {
  const ward = await city.newWard();
  const device = await city.newDevice(ward);
  const outbox = new WardOutbox(device.deviceId);
  await device.push([outbox.issue('A001')], { backlog: 0, oldestPendingAt: '2026-11-23T05:21:00Z', sentAt: new Date().toISOString() });
  const res = await city.app.inject({ method: 'GET', url: '/dashboard', headers: { cookie: await cookie() } });
  const deviceRow = res.body.split('<tr').find((r) => r.includes(device.deviceId))!;
  expect(deviceRow).toContain('<td>0</td>');
  expect(deviceRow).not.toContain('12:21');
});

it('exports the devices as CSV that spreadsheet programs read as UTF-8', async () => {
  const ward = await city.newWard();
  const device = await city.newDevice(ward);
  const res = await city.app.inject({ method: 'GET', url: '/dashboard/devices.csv', headers: { cookie: await cookie() } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.body.startsWith('\uFEFFMã phường,Tên phường,Vị trí quầy,Mã máy,Trạng thái')).toBe(true);
  const line = res.body.split('\r\n').find((l) => l.includes(device.deviceId))!;
  expect(line.startsWith(`${ward},Phường thử ${ward},0,${device.deviceId},Đang hoạt động,0,`)).toBe(true);
});

it('A CSV export containing a formula-looking value opens as text', async () => {
  const formula = '=HYPERLINK("http://evil","x")';
  const ward = `W${crypto.randomBytes(5).toString('hex').toUpperCase()}`;
  await createWard(db, ward, formula);
  const { code } = await createEnrolCode(db, ward, 0, new Date());
  const refused = await city.transport.send('POST', '/v1/enrol', {
    headers: protocolHeaders,
    body: { code, publicKey: crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x, appVersion: formula },
  });
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body.error.issues)).toContain('appVersion');

  const device = await city.newDevice(ward);
  const pushed = await city.transport.send('POST', '/v1/sync/push', {
    headers: { ...device.headers(), [APP_VERSION_HEADER]: formula },
    body: { mutations: [new WardOutbox(device.deviceId).issue('A001')] },
  });
  expect(pushed.status).toBe(200);

  const res = await city.app.inject({ method: 'GET', url: '/dashboard/devices.csv', headers: { cookie: await cookie() } });
  const rows = Papa.parse<string[]>(res.body.replace(/^\uFEFF/, '')).data;
  const header = rows[0]!;
  const row = rows.find((r) => r.includes(device.deviceId))!;
  expect(row[header.indexOf('Tên phường')]).toBe(`'${formula}`);
  // The dropped header left the version the device enrolled with.
  expect(row[header.indexOf('Phiên bản')]).toBe('0.1.0-test');
  for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

it('signs everyone out when the password changes', async () => {
  const session = await cookie();
  await setDashboardPassword(db, 'một mật khẩu mới hoàn toàn');
  const res = await city.app.inject({ method: 'GET', url: '/dashboard', headers: { cookie: session } });
  expect(res.statusCode).toBe(303);
  await setDashboardPassword(db, PASSWORD);
});

it("lists today's tickets served per clerk, by the name the ward sent, and escapes it", async () => {
  const ward = await city.newWard();
  const device = await city.newDevice(ward);
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const outbox = new WardOutbox(device.deviceId, today);
  const lan = '0194f8a2-0000-7000-8000-00000000a001';
  const unnamed = '0194f8a2-0000-7000-8000-00000000a002';
  const clerk = outbox.record('clerk', lan, 'clerk.save@1', {
    id: lan,
    username: 'lan.nt',
    fullName: 'Nguyễn Thị <Lan>',
    role: 'clerk',
    active: true,
    updatedAt: '2026-11-23T01:00:00.000Z',
  });
  const rows = [clerk];
  const serve = (by: string) => {
    const t = outbox.issue(`A00${rows.length}`);
    const id = t.entityId;
    rows.push(
      t,
      { ...outbox.act(id, 'call', 'waiting', 'called', 'c1'), actor: `local;clerk:${by}` },
      { ...outbox.act(id, 'start', 'called', 'serving', 'c1'), actor: `local;clerk:${by}` },
      { ...outbox.act(id, 'finish', 'serving', 'done', 'c1'), actor: `local;clerk:${by}` },
    );
  };
  serve(lan);
  serve(lan);
  serve(unnamed);
  expect((await device.push(rows)).status).toBe(200);
  const res = await city.app.inject({ method: 'GET', url: '/dashboard', headers: { cookie: await cookie() } });
  const section = res.body.split('Số phiếu đã phục vụ hôm nay theo cán bộ')[1]!;
  expect(section).toContain(`<tr><td>${ward}</td><td>Nguyễn Thị &#60;Lan&#62;</td><td>2</td></tr>`);
  expect(section).toContain(`<tr><td>${ward}</td><td>${unnamed}</td><td>1</td></tr>`);
});
