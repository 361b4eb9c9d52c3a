import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { INTAKE_CRASH_POINTS } from '../../src/main/service/crash-points';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { spawnWardService, stopWardService } from '../support/child-ward-service';
import { createClient } from '../support/http-client';
import { startTestWardService } from '../support/test-ward-service';
import { intake } from './dossier-setup';

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('dossier intake over HTTP', () => {
  it('gives 8 concurrent intakes 8 dossiers with 8 different codes', async () => {
    const service = await startTestWardService();
    try {
      const { client, token } = service;
      await client.ok('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 }, token);
      const answers = await Promise.all(Array.from({ length: 8 }, () => client.ok('createDossier', intake(), token)));
      const codes = answers.map((a) => a.dossier.code);
      expect(new Set(codes).size).toBe(8);
      expect(codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008]);
      const db = service.running.ward.db;
      expect(db.prepare('SELECT COUNT(*) AS n FROM dossiers').get()).toEqual({ n: 8 });
      expect(db.prepare(`SELECT COUNT(*) AS n FROM dossier_events WHERE action = 'receive'`).get()).toEqual({ n: 8 });
    } finally {
      await service.close();
    }
  });

  it('makes one dossier of one request sent five times at once and again later, and answers each the same', async () => {
    const service = await startTestWardService();
    try {
      const { client, token } = service;
      await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 }, token);
      const input = intake();
      const answers = await Promise.all(Array.from({ length: 5 }, () => client.ok('createDossier', input, token)));
      answers.push(await client.ok('createDossier', input, token));
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(service.running.ward.db.prepare('SELECT code FROM dossiers').all()).toEqual([{ code: answers[0]!.dossier.code }]);
      const reused = await client.call('createDossier', { ...input, returnMethod: 'post' }, token);
      expect(reused.status).toBe(409);
    } finally {
      await service.close();
    }
  });

  it('refuses a 10,000-character name and control characters with a 400 and stores NFD text as NFC', async () => {
    const service = await startTestWardService();
    try {
      const { client, token } = service;
      await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 }, token);
      const base = intake();
      const named = (fullName: string) => ({ ...base, requestId: intake().requestId, applicant: { ...base.applicant, fullName } });
      for (const fullName of ['Nguyễn '.repeat(1_430), 'Nguyễn\u0007Đào', 'Nguyễn\u202EĐào']) {
        const answer = await client.call('createDossier', named(fullName), token);
        expect(answer.status).toBe(400);
        expect((answer.body as { error: { message: string } }).error.message).toMatch(/không hợp lệ/);
      }
      expect(service.running.ward.db.prepare('SELECT COUNT(*) AS n FROM dossier_codes').get()).toEqual({ n: 0 });
      const { dossier } = await client.ok('createDossier', named('Nguyễn Thị Đào'.normalize('NFD')), token);
      expect(dossier.applicant.fullName).toBe('Nguyễn Thị Đào'.normalize('NFC'));
      expect(service.running.ward.db.prepare('SELECT full_name FROM dossiers').get()).toEqual({
        full_name: 'Nguyễn Thị Đào'.normalize('NFC'),
      });
    } finally {
      await service.close();
    }
  });

  it.each(INTAKE_CRASH_POINTS)(
    'after a SIGKILL at %s keeps no trace of that intake, whose retry then makes one dossier with the next code',
    async (point) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-intake-kill-'));
      dataDirs.push(dataDir);
      // The third intake dies inside its transaction: after its code was drawn, or with every row written.
      const child = await spawnWardService(dataDir, { MOTCUA_CRASH_AT: `${point}#3` });
      const client = createClient(child.baseUrl);
      const inputs = [intake(), intake(), intake()];
      const acknowledged: string[] = [];
      try {
        await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 3 }, child.token);
        for (const input of inputs.slice(0, 2)) acknowledged.push((await client.ok('createDossier', input, child.token)).dossier.code);
        const lost = await client.call('createDossier', inputs[2]!, child.token).then(
          (answer) => answer.status,
          () => 'no answer',
        );
        expect(lost).toBe('no answer');
        expect(await child.exited).toBe('SIGKILL');
      } finally {
        client.close();
      }

      const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
      try {
        const column = (sql: string) => db.prepare(sql).pluck().all();
        expect(column('SELECT code FROM dossier_codes ORDER BY code')).toEqual(acknowledged);
        expect(column('SELECT code FROM dossiers ORDER BY code')).toEqual(acknowledged);
        expect(column('SELECT request_id FROM client_requests ORDER BY at, request_id')).toEqual(
          inputs
            .slice(0, 2)
            .map((i) => i.requestId)
            .sort(),
        );
        expect(column(`SELECT COUNT(*) FROM dossier_events`)).toEqual([2]);
        expect(column(`SELECT COUNT(*) FROM outbox WHERE op = 'dossier.receive@1'`)).toEqual([2]);
      } finally {
        db.close();
      }

      // The page sends the lost intake again with its request id: one dossier, with the code never printed.
      const restarted = await spawnWardService(dataDir);
      const again = createClient(restarted.baseUrl);
      try {
        const retried = await again.ok('createDossier', inputs[2]!, restarted.token);
        expect(retried.dossier.code).toBe(acknowledged[1]!.replace(/\d{4}$/, '3003'));
        expect(await again.ok('createDossier', inputs[2]!, restarted.token)).toEqual(retried);
      } finally {
        again.close();
        await stopWardService(restarted);
      }
      const after = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
      try {
        expect(after.prepare('SELECT COUNT(*) FROM dossiers').pluck().get()).toBe(3);
      } finally {
        after.close();
      }
    },
  );

  it('after a SIGKILL during intakes keeps each dossier whole or not at all, and every acknowledged one', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-dossier-crash-'));
    dataDirs.push(dataDir);
    const child = await spawnWardService(dataDir);
    const client = createClient(child.baseUrl);
    const acknowledged: string[] = [];
    try {
      await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 3 }, child.token);
      for (let i = 0; i < 3; i++) acknowledged.push((await client.ok('createDossier', intake(), child.token)).dossier.code);
      // Intakes in flight when the power goes: each either committed whole or left no trace.
      for (let i = 0; i < 6; i++)
        void client.ok('createDossier', intake(), child.token).then(
          (answer) => acknowledged.push(answer.dossier.code),
          () => undefined,
        );
      await new Promise((resolve) => setTimeout(resolve, 15));
      child.process.kill('SIGKILL');
      expect(await child.exited).toBe('SIGKILL');
    } finally {
      client.close();
    }

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      const codes = (db.prepare('SELECT code FROM dossier_codes ORDER BY code').all() as { code: string }[]).map((r) => r.code);
      const dossiers = db.prepare('SELECT id, code FROM dossiers ORDER BY code').all() as { id: string; code: string }[];
      expect(dossiers.map((d) => d.code)).toEqual(codes);
      expect(acknowledged.filter((code) => !codes.includes(code))).toEqual([]);
      for (const { id } of dossiers) {
        expect(db.prepare(`SELECT COUNT(*) AS n FROM dossier_events WHERE dossier_id = ? AND action = 'receive'`).get(id)).toEqual({
          n: 1,
        });
        expect(db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE entity_id = ? AND op = 'dossier.receive@1'`).get(id)).toEqual({ n: 1 });
      }
      expect(db.prepare('SELECT COUNT(*) AS n FROM client_requests').get()).toEqual({ n: dossiers.length });
    } finally {
      db.close();
    }
    // The restarted service goes on after the last code it handed out.
    const restarted = await spawnWardService(dataDir);
    const again = createClient(restarted.baseUrl);
    try {
      const next = (await again.ok('createDossier', intake(), restarted.token)).dossier.code;
      expect(next > acknowledged.sort().at(-1)!).toBe(true);
    } finally {
      again.close();
      await stopWardService(restarted);
    }
  });
});
