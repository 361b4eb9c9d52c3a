import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { spawnWardService, stopWardService, type ChildWardService } from '../support/child-ward-service';
import { createClient, type ApiClient } from '../support/http-client';
import { startTestWardService } from '../support/test-ward-service';

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The 4-digit numbers of codes, in the order given. */
const numbers = (codes: string[]) => codes.map((code) => Number(code.slice(-4)));

describe('dossier codes over HTTP', () => {
  it('gives 8 concurrent requests 8 different, consecutive codes', async () => {
    const service = await startTestWardService();
    try {
      const { client, token } = service;
      await client.ok('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 }, token);
      const codes = (await Promise.all(Array.from({ length: 8 }, () => client.ok('allocateDossierCode', {}, token)))).map((a) => a.code);
      expect(new Set(codes).size).toBe(8);
      expect(numbers(codes).sort((a, b) => a - b)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008]);
      expect(new Set(codes.map((c) => c.slice(0, -5))).size).toBe(1);
    } finally {
      await service.close();
    }
  });

  it('after a SIGKILL between allocations, issues neither a duplicate nor a number already handed out', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-codes-crash-'));
    dataDirs.push(dataDir);
    const acknowledged: string[] = [];

    const run = async (allocations: number, configure: boolean): Promise<void> => {
      const child: ChildWardService = await spawnWardService(dataDir);
      const client: ApiClient = createClient(child.baseUrl);
      try {
        if (configure) await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 2 }, child.token);
        for (let i = 0; i < allocations; i++) acknowledged.push((await client.ok('allocateDossierCode', {}, child.token)).code);
        // A request in flight when the power goes: whether or not it committed, its number must not come back.
        void client.call('allocateDossierCode', {}, child.token).catch(() => undefined);
        child.process.kill('SIGKILL');
        expect(await child.exited).toBe('SIGKILL');
      } finally {
        client.close();
      }
    };
    await run(3, true);
    await run(2, false);

    const child = await spawnWardService(dataDir);
    const client = createClient(child.baseUrl);
    try {
      acknowledged.push((await client.ok('allocateDossierCode', {}, child.token)).code);
    } finally {
      client.close();
    }
    await stopWardService(child);

    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    // Strictly increasing (day, then number: the text orders both): nothing handed out before a crash,
    // acknowledged or not, was handed out again.
    for (let i = 1; i < acknowledged.length; i++) expect(acknowledged[i]! > acknowledged[i - 1]!, acknowledged.join(' ')).toBe(true);
    expect(numbers(acknowledged)[0]).toBe(2001);

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      const stored = db.prepare('SELECT code, code_day AS day FROM dossier_codes ORDER BY code').all() as { code: string; day: string }[];
      expect(acknowledged.filter((code) => !stored.some((row) => row.code === code))).toEqual([]);
      // Each day's numbers run 2001, 2002 … without a gap (a test run may cross Hanoi midnight).
      for (const day of new Set(stored.map((row) => row.day))) {
        const ofDay = numbers(stored.filter((row) => row.day === day).map((row) => row.code));
        expect(ofDay).toEqual(ofDay.map((_, i) => 2001 + i));
      }
      const logged = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE op = 'dossier_code.allocate@1'`).get() as { n: number };
      expect(logged.n).toBe(stored.length);
    } finally {
      db.close();
    }
  });
});
