import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { spawnWardService, stopWardService } from '../support/child-ward-service';
import { clerkSession } from '../support/clerk-sessions';
import { createClient } from '../support/http-client';

// Personal data stays out of logs (Law 91/2025/QH15): a day at the counter that reads citizens' cards,
// mistypes some of them and is refused, then every line the service wrote and every log table it keeps
// is searched for the numbers, names, addresses and phone numbers that went in.

const ID = '001099012345';
const OLD_ID = '012345678';
const NAME = 'Nguyễn Văn Thưởng';
const ADDRESS = 'Số 8 phố Huế, Hà Nội';
const PHONE = '0912345678';
const SECRETS = ['246810', '975310', '135790'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pii-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('writes no ID number, name, address, phone or secret to its output, its sync log or its audit log', async () => {
  const service = await spawnWardService(dataDir);
  const client = createClient(service.baseUrl);
  try {
    const clerk = await clerkSession(client, service.token, service.launchToken);
    const scanned = `${ID}|${OLD_ID}|${NAME}|01011990|Nam|${ADDRESS}|01012021`;
    expect((await client.ok('parseCitizenId', { scanned }, clerk.token)).ok).toBe(true);
    // A scan cut short, a typed form with a bad date, a phone where a name goes: refused, not echoed.
    await client.call('parseCitizenId', { scanned: `${ID}|${OLD_ID}|${NAME}` }, clerk.token);
    await client.call('parseCitizenId', { scanned: `${ID}|${OLD_ID}|${NAME}|31021990|Nam|${ADDRESS}|01012021` }, clerk.token);
    await client.call('parseCitizenId', { form: { idNumber: ID, fullName: PHONE, dateOfBirth: 'x' } } as never, clerk.token);
    await client.call('listCitizenAccess', { idNumber: ID }, service.token);
    await client.call('listCitizenAccess', { idNumber: `${ID}x` } as never, service.token);
    await client.call('signIn', { username: 'lan.nt', secret: PHONE }, service.launchToken);
    await client.raw({
      path: `/api/parseCitizenId?id=${ID}`,
      headers: { 'content-type': 'application/json' },
      body: `{"scanned":"${NAME}`,
    });
    await client.ok('syncNow', {}, clerk.token).catch(() => undefined);
  } finally {
    client.close();
    await stopWardService(service);
  }
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  const tables = ['audit_log', 'sync_runs', 'outbox'].map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all())).join('\n');
  db.close();
  const written = `${service.stdout()}\n${service.stderr()}\n${tables}`;
  for (const secret of [ID, OLD_ID, NAME, 'Thưởng', ADDRESS, 'phố Huế', PHONE, ...SECRETS]) expect(written, secret).not.toContain(secret);
  // The test saw the service's output at all: the start line is there.
  expect(service.stdout()).toContain('Open the app');
}, 60_000);
