import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, DatabaseTooNewError } from '../../src/main/service/db/open-database';
import { LATEST_SCHEMA_VERSION } from '../../src/main/service/db/migrations';
import { WardService } from '../../src/main/service/ward-service';
import { issue } from '../support/queue-actions';
import { tempDir, wardFixture } from '../support/ward-fixture';
import { outboxRows, writeCounts } from '../support/ward-queries';

describe('database', () => {
  it('runs with WAL, synchronous=FULL and foreign keys on', () => {
    const { ward, dataDir } = wardFixture();
    expect(ward.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ward.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(ward.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('rejects rows that point at nothing', () => {
    const { ward } = wardFixture();
    expect(() =>
      ward.db
        .prepare(
          `INSERT INTO ticket_events (id, ticket_id, action, to_state, at) VALUES ('e1', 'no-such-ticket', 'call', 'called', '2026-01-01T00:00:00Z')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('seeds a new install with services A–E, counters 1–3 serving all of them and 5 priority categories', () => {
    const fx = wardFixture();
    const config = fx.call('getConfig', {});
    expect(config.services.map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(config.services.every((s) => s.active && s.dailyCapacity === null)).toBe(true);
    expect(config.counters.map((c) => c.number)).toEqual([1, 2, 3]);
    const allServices = config.services.map((s) => s.id).sort();
    for (const c of config.counters) expect([...c.serviceIds].sort()).toEqual(allServices);
    expect(config.priorityCategories).toHaveLength(5);
  });

  it('refuses a database from a newer app version with a clear error and leaves the file untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const newer = new Database(file);
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept')");
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const bytes = fs.readFileSync(file);

    let error: unknown;
    try {
      new WardService({ dataDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 1}.*newer`));
    expect((error as Error).message).toMatch(/not changed/);

    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    // No WAL or journal file was created beside it either.
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(DATABASE_FILE))).toEqual([DATABASE_FILE]);
  });

  it('keeps its data when reopened, does not seed again, and continues numbering and the sync log', () => {
    let fx = wardFixture();
    const ticket = issue(fx, 'A');
    const counts = writeCounts(fx.ward);
    const lastHlc = outboxRows(fx.ward).at(-1)!.hlc;
    const device = fx.ward.db.prepare('SELECT device_id FROM sync_state').get();

    // Restarted with the PC clock an hour behind.
    fx.clock.advance(-3_600_000);
    fx = fx.reopen();
    expect(writeCounts(fx.ward)).toEqual(counts);
    expect(fx.call('listTickets', {}).tickets.map((t) => t.id)).toEqual([ticket.id]);
    expect(fx.ward.db.prepare('SELECT device_id FROM sync_state').get()).toEqual(device);

    expect(issue(fx, 'A').displayNumber).toBe('A002');
    const rows = outboxRows(fx.ward);
    expect(rows.at(-1)!.seq).toBe(counts.outbox! + 1);
    expect(rows.at(-1)!.hlc > lastHlc).toBe(true);
  });
});
