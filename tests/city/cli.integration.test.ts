// The operator's path on the embedded database: admin commands, the server on --data, a device
// syncing over HTTP, revocation after a restart, and the lock that keeps two processes off one PGlite.
// Each process opens the database afresh (seconds of CPU on a loaded machine): the commands whose
// process is not what is checked run in this process, on the same folder and the same command line
// the `city` process parses; real processes read the password from standard input, are refused the
// folder another process holds, and serve the revocation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { CityDb } from '../../src/city/db/adapter';
import { openCityDb } from '../../src/city/db/open';
import { buildCityServer } from '../../src/city/http/server';
import { parseCommandLine, runAdminCommand } from '../../src/city/command-line';
import { cityAdmin, enrolCodeFrom, startCityProcess, type CityProcess } from './city-process';
import { httpTransport, TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-city-cli-'));
const data = ['--data', dir];
let db: CityDb | null = null;
let server: CityProcess | null = null;

afterAll(async () => {
  await server?.stop();
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** `city admin <args> --data <dir>` on the database this process holds open: the lines it prints. */
async function admin(args: string[]): Promise<string> {
  const { values, admin: command } = parseCommandLine(['admin', ...args, ...data]);
  return (await runAdminCommand(db!, command!, values, () => Promise.reject(new Error('no standard input')))).join('\n');
}

/** A device enrols and pushes two tickets through a city server on this process's open database. */
async function enrolAndSync(cityDb: CityDb, code: string): Promise<TestDevice> {
  const app = await buildCityServer({ db: cityDb });
  try {
    const device = await TestDevice.enrol(httpTransport(await app.listen({ port: 0, host: '127.0.0.1' })), code);
    expect(device).toMatchObject({ wardCode: '00004', slot: 2 });
    const outbox = new WardOutbox(device.deviceId);
    expect((await device.push([outbox.issue('A001'), outbox.issue('A002')])).body.ackedThroughSeq).toBe(2);
    expect((await device.pull(0)).body.changes).toHaveLength(2);
    return device;
  } finally {
    await app.close();
  }
}

it('runs the whole operator path on the embedded database', { timeout: 180_000 }, async () => {
  expect(cityAdmin(null, ['set-password', ...data], 'mật khẩu quản trị dài\n')).toContain('password set');

  db = await openCityDb({ dataDir: dir });
  expect(await admin(['create-ward', '--code', '00004', '--name', 'Phường Ba Đình'])).toContain('ward 00004 created');
  const code = enrolCodeFrom(await admin(['enrol-code', '--ward', '00004', '--slot', '2']));
  await expect(admin(['enrol-code', '--ward', '00004', '--slot', '10'])).rejects.toThrow(/slot must be 0-9/);
  expect(() => cityAdmin(null, ['devices', ...data])).toThrow(/in use by process/);

  const device = await enrolAndSync(db, code);

  const listing = await admin(['devices', '--ward', '00004']);
  expect(listing).toContain(device.deviceId);
  expect(listing).toContain('seq 2');
  await admin(['revoke', '--device', device.deviceId]);
  await db.close();
  db = null;

  server = await startCityProcess(null, data);
  const revoked = new TestDevice(httpTransport(server.url), device.deviceId, device.wardCode, device.slot, device.privateKey);
  const login = await revoked.login();
  expect(login.status).toBe(403);
  expect(login.body.error.code).toBe('device_revoked');
});
