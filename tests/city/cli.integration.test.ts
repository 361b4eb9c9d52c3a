// The operator's path on the embedded database: admin commands, the server on --data, a device
// syncing over HTTP, revocation after a restart, and the lock that keeps two processes off one PGlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cityAdmin, enrolCodeFrom, startCityProcess, type CityProcess } from './city-process';
import { httpTransport, TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-city-cli-'));
let server: CityProcess | null = null;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('runs the whole operator path on the embedded database', { timeout: 180_000 }, async () => {
  const data = ['--data', dir];
  expect(cityAdmin(null, ['create-ward', '--code', '00004', '--name', 'Phường Ba Đình', ...data])).toContain('ward 00004 created');
  const code = enrolCodeFrom(cityAdmin(null, ['enrol-code', '--ward', '00004', '--slot', '2', ...data]));
  expect(cityAdmin(null, ['set-password', ...data], 'mật khẩu quản trị dài\n')).toContain('password set');
  expect(() => cityAdmin(null, ['enrol-code', '--ward', '00004', '--slot', '10', ...data])).toThrow(/slot must be 0-9/);

  server = await startCityProcess(null, data);
  expect(() => cityAdmin(null, ['devices', ...data])).toThrow(/in use by process/);
  const device = await TestDevice.enrol(httpTransport(server.url), code);
  expect(device).toMatchObject({ wardCode: '00004', slot: 2 });
  const outbox = new WardOutbox(device.deviceId);
  expect((await device.push([outbox.issue('A001'), outbox.issue('A002')])).body.ackedThroughSeq).toBe(2);
  expect((await device.pull(0)).body.changes).toHaveLength(2);
  await server.stop();
  server = null;

  const listing = cityAdmin(null, ['devices', '--ward', '00004', ...data]);
  expect(listing).toContain(device.deviceId);
  expect(listing).toContain('seq 2');
  cityAdmin(null, ['revoke', '--device', device.deviceId, ...data]);

  server = await startCityProcess(null, data);
  const revoked = new TestDevice(httpTransport(server.url), device.deviceId, device.wardCode, device.slot, device.privateKey);
  const login = await revoked.login();
  expect(login.status).toBe(403);
  expect(login.body.error.code).toBe('device_revoked');
});
