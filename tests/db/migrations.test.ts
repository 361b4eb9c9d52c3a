import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src/main/service/db/migrations';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { serviceIdByLetter } from '../support/ward-queries';
import { tempDir, wardFixture } from '../support/ward-fixture';

const RELEASE_0_1_0 = path.resolve(__dirname, '../fixtures/release-0.1.0.sqlite');

/** A data folder holding a copy of a database file made by an earlier release. */
function dataDirWith(file: string): string {
  const dir = tempDir();
  fs.copyFileSync(file, path.join(dir, DATABASE_FILE));
  return dir;
}

/** Applies migrations 1..version to a fresh file, as an install of that release did. */
function databaseAt(version: number): { dir: string; db: Database.Database } {
  const dir = tempDir();
  const db = new Database(path.join(dir, DATABASE_FILE));
  for (const m of migrations.filter((m) => m.version <= version)) {
    m.up(db, { now: new Date('2026-01-05T02:00:00Z') });
    db.pragma(`user_version = ${m.version}`);
  }
  return { dir, db };
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gap, one file each', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const files = fs.readdirSync(path.resolve(__dirname, '../../src/main/service/db/migrations')).filter((f) => /^\d{4}-/.test(f));
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(migrations.map((m) => m.version));
  });

  it('0001 creates the schema and the device identity on an empty file', () => {
    const { db } = databaseAt(1);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['counters', 'devices', 'outbox', 'services', 'settings', 'sync_state', 'ticket_events', 'tickets']),
    );
    expect(db.prepare('SELECT last_seq, hlc_wall FROM sync_state').get()).toEqual({
      last_seq: 0,
      hlc_wall: Date.parse('2026-01-05T02:00:00Z'),
    });
    db.close();
  });

  it('opens a database made by release 0.1.0 with every row in place and keeps working on it', () => {
    const dataDir = dataDirWith(RELEASE_0_1_0);
    const fx = wardFixture({ dataDir, start: '2026-11-20T03:00:00.000Z' });
    const db = fx.ward.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fx.call('getConfig', {}).settings.wardName).toBe('UBND phường Ba Đình');
    expect(
      fx
        .call('listTickets', { day: '2026-11-20' })
        .tickets.map((t) => [t.displayNumber, t.state])
        .sort(),
    ).toEqual([
      ['A001', 'no_show'],
      ['A002', 'done'],
      ['B001', 'waiting'],
    ]);
    expect(fx.call('listDevices', {}).devices.map((d) => [d.name, d.role, d.counterNumber])).toEqual([['Máy quầy 2', 'counter', 2]]);
    const seqs = (db.prepare('SELECT seq FROM outbox ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));

    // The same day goes on where it stopped: numbering continues and the outbox stays gap-free.
    const issued = fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    expect(issued.ticket.displayNumber).toBe('A003');
    expect(db.prepare('SELECT MAX(seq) AS seq FROM outbox').get()).toEqual({ seq: 25 });
  });
});
