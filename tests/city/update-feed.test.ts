// The update feed the city server hosts for the wards' desktop app: the files IT put in the updates
// folder, read-only, and nothing outside it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPglite } from '../../src/city/db/pglite-db';
import { buildCityServer } from '../../src/city/http/server';

const LATEST = 'version: 0.3.0\nfiles:\n  - url: motcua-0.3.0-win-x64.exe\n    sha512: abc\npath: motcua-0.3.0-win-x64.exe\n';

let db: CityDb;
let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openPglite(undefined);
  await migrate(db);
  // The feed folder sits next to a file no ward may read, as the city's data folder would.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-city-updates-'));
  const feed = path.join(root, 'updates');
  fs.mkdirSync(feed);
  fs.writeFileSync(path.join(feed, 'latest.yml'), LATEST);
  fs.writeFileSync(path.join(feed, 'motcua-0.3.0-win-x64.exe'), Buffer.from([0x4d, 0x5a, 0, 1]));
  fs.writeFileSync(path.join(feed, '.secret'), 'hidden');
  fs.writeFileSync(path.join(root, 'city-secret.txt'), 'SECRET');
  app = await buildCityServer({ db, updatesDir: feed });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the update feed at /updates/', () => {
  it('serves latest.yml and the installer it names, byte for byte', async () => {
    const latest = await app.inject({ method: 'GET', url: '/updates/latest.yml' });
    expect(latest.statusCode).toBe(200);
    expect(latest.body).toBe(LATEST);
    const installer = await app.inject({ method: 'GET', url: '/updates/motcua-0.3.0-win-x64.exe' });
    expect(installer.statusCode).toBe(200);
    expect([...installer.rawPayload]).toEqual([0x4d, 0x5a, 0, 1]);
  });

  it('answers a missing file with the city 404, and lists no folder', async () => {
    for (const url of ['/updates/latest-linux.yml', '/updates/nothing.exe', '/updates']) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode, url).toBe(404);
      expect(JSON.parse(answer.body), url).toMatchObject({ error: { code: 'not_found' } });
    }
    const folder = await app.inject({ method: 'GET', url: '/updates/' });
    expect(folder.statusCode).toBeGreaterThanOrEqual(400);
    expect(folder.body).not.toContain('latest.yml');
  });

  it('refuses a path that climbs out of the folder, however it is spelled, and hidden files', async () => {
    for (const url of [
      '/updates/../city-secret.txt',
      '/updates/..%2fcity-secret.txt',
      '/updates/%2e%2e/city-secret.txt',
      '/updates/%2e%2e%2fcity-secret.txt',
      '/updates/..%5ccity-secret.txt',
      '/updates/.secret',
    ]) {
      const answer = await app.inject({ method: 'GET', url });
      expect([400, 403, 404], `${url} → ${answer.statusCode}`).toContain(answer.statusCode);
      expect(answer.body, url).not.toMatch(/SECRET|hidden/);
    }
  });

  it('is read-only', async () => {
    for (const method of ['PUT', 'POST', 'DELETE'] as const) {
      const answer = await app.inject({ method, url: '/updates/latest.yml', payload: 'version: 9.9.9' });
      expect(answer.statusCode, method).toBeGreaterThanOrEqual(400);
    }
    expect((await app.inject({ method: 'GET', url: '/updates/latest.yml' })).body).toBe(LATEST);
  });

  it('is not there when the server was started without an updates folder', async () => {
    const plain = await buildCityServer({ db });
    try {
      expect((await plain.inject({ method: 'GET', url: '/updates/latest.yml' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
