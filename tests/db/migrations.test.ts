import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src/main/service/db/migrations';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { intake, intakeFixture } from '../dossiers/dossier-setup';
import { seedCatalogue } from '../support/seed-catalogue';
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
    // The release's 24 changes stay first; what the newer modules seed at this start follows, gap-free.
    const seqs = (db.prepare('SELECT seq FROM outbox ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(db.prepare(`SELECT MIN(seq) AS seq FROM outbox WHERE entity = 'procedure'`).get()).toEqual({ seq: 25 });

    // The same day goes on where it stopped: numbering continues and the outbox stays gap-free.
    const issued = fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    expect(issued.ticket.displayNumber).toBe('A003');
    expect(db.prepare('SELECT MAX(seq) AS seq FROM outbox').get()).toEqual({ seq: seqs.length + 1 });
  });
});

describe('migration 0002 (clock-proof queue, devices bound to counter ids)', () => {
  const S1 = '0195f3a2-7c1e-7000-8000-000000000001';

  it('upgrades a version-1 database with tickets and a paired counter device in place', () => {
    const { dir, db } = databaseAt(1);
    const at = (minute: number) => `2026-03-10T02:${String(minute).padStart(2, '0')}:00.000Z`;
    db.exec(`
      INSERT INTO services (id, code, name, letter, updated_at) VALUES ('${S1}', 'HT', 'Hộ tịch', 'A', '${at(0)}');
      INSERT INTO counters (id, number, name, updated_at) VALUES ('c1', 1, 'Quầy 1', '${at(0)}'), ('c2', 2, 'Quầy 2', '${at(0)}');
      INSERT INTO counter_services (counter_id, service_id) VALUES ('c1', '${S1}'), ('c2', '${S1}');
      INSERT INTO settings (key, value) VALUES ('seededAt', '"2026-03-01T00:00:00.000Z"');
      INSERT INTO ticket_sequences (service_id, local_day, last_number) VALUES ('${S1}', '2026-03-10', 3);
    `);
    // Issued in this order, but the second with a clock set back: issue times out of order.
    const insert = db.prepare(
      `INSERT INTO tickets (id, service_id, issued_service_id, local_day, number, display_number, priority, state, issued_at, updated_at)
       VALUES (?, '${S1}', '${S1}', '2026-03-10', ?, ?, 0, 'waiting', ?, ?)`,
    );
    insert.run('t1', 1, 'A001', at(30), at(30));
    insert.run('t2', 2, 'A002', at(5), at(5));
    insert.run('t3', 3, 'A003', at(31), at(31));
    db.prepare(
      `INSERT INTO devices (id, name, role, counter_number, token_hash, paired_at) VALUES ('d1', 'Máy quầy 2', 'counter', 2, 'h', ?)`,
    ).run(at(0));
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T03:00:00.000Z' });
    const rows = fx.ward.db.prepare('SELECT id, queue_seq FROM tickets ORDER BY queue_seq').all();
    expect(rows).toEqual([
      { id: 't1', queue_seq: 1 },
      { id: 't2', queue_seq: 2 },
      { id: 't3', queue_seq: 3 },
    ]);
    expect(fx.ward.db.prepare('SELECT counter_id FROM devices').get()).toEqual({ counter_id: 'c2' });
    // The line keeps the order in which tickets were issued, not their (wrong) clock times.
    expect([1, 2].map((counterNumber) => fx.call('callNext', { counterNumber }).ticket!.displayNumber)).toEqual(['A001', 'A002']);
    // A new ticket joins behind them.
    const next = fx.call('issueTicket', { serviceId: S1 });
    expect(fx.ward.db.prepare('SELECT queue_seq FROM tickets WHERE id = ?').get(next.ticket.id)).toEqual({ queue_seq: 4 });
  });
});

describe('migration 0004 (procedure catalogue)', () => {
  it('upgrades a version-3 database with its rows in place and seeds the catalogue through the sync log', () => {
    const { dir, db } = databaseAt(3);
    const S1 = '0195f3a2-7c1e-7000-8000-000000000001';
    db.exec(`
      INSERT INTO services (id, code, name, letter, updated_at) VALUES ('${S1}', 'HT', 'Hộ tịch', 'A', '2026-03-10T02:00:00.000Z');
      INSERT INTO settings (key, value) VALUES ('seededAt', '"2026-03-01T00:00:00.000Z"');
      INSERT INTO tickets (id, service_id, issued_service_id, local_day, number, display_number, priority, state, issued_at, updated_at, queue_seq)
        VALUES ('t1', '${S1}', '${S1}', '2026-03-10', 1, 'A001', 0, 'waiting', '2026-03-10T02:10:00.000Z', '2026-03-10T02:10:00.000Z', 1);
      INSERT INTO outbox (seq, mutation_id, entity, entity_id, op, payload, hlc, actor, wall_time, schema_version)
        VALUES (1, 'm1', 'ticket', 't1', 'ticket.issue@1', '{}', 'h1', 'local', '2026-03-10T02:10:00.000Z', 3);
      UPDATE sync_state SET last_seq = 1;
    `);
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T03:00:00.000Z' });
    const wdb = fx.ward.db;
    expect(wdb.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(wdb.prepare('SELECT id, display_number, state FROM tickets').all()).toEqual([
      { id: 't1', display_number: 'A001', state: 'waiting' },
    ]);
    expect(wdb.prepare(`SELECT seq, op FROM outbox WHERE seq = 1`).get()).toEqual({ seq: 1, op: 'ticket.issue@1' });
    // The sample catalogue arrives at the first start on the new version, each procedure after the
    // existing log, with no gap.
    expect(wdb.prepare('SELECT COUNT(*) AS n FROM procedures').get()).toEqual({ n: seedCatalogue.length });
    const procedureSeqs = (wdb.prepare(`SELECT seq FROM outbox WHERE op = 'procedure.save@1' ORDER BY seq`).all() as { seq: number }[]).map(
      (r) => r.seq,
    );
    expect(procedureSeqs).toHaveLength(seedCatalogue.length);
    expect(procedureSeqs[0]).toBeGreaterThan(1);
    const all = (wdb.prepare('SELECT seq FROM outbox ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(fx.call('listProcedures', { query: 'khai sinh' }).procedures[0]!.name).toBe('Đăng ký khai sinh');
    expect(fx.call('listTickets', { day: '2026-03-10' }).tickets.map((t) => t.displayNumber)).toEqual(['A001']);
  });
});

describe('migration 0003 (calendar and dossier codes)', () => {
  it('upgrades a version-2 database with rows in place, and the service then seeds the calendar and issues codes', () => {
    const { dir, db } = databaseAt(2);
    db.prepare(
      `INSERT INTO services (id, code, name, letter, fields, updated_at) VALUES ('0190c0de-0000-7000-8000-00000000000a', 'TP', 'Tư pháp', 'T', '[]', '2026-01-05T02:00:00Z')`,
    ).run();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('wardName', '"UBND phường Thử"')`).run();
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T02:00:00.000Z' });
    expect(fx.ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fx.ward.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fx.call('getConfig', {}).settings.wardName).toBe('UBND phường Thử');
    expect(fx.call('getConfig', {}).services.map((s) => s.letter)).toContain('T');
    const years = fx.call('listCalendarYears', {}).years;
    expect(years.filter((y) => !y.derived).map((y) => y.year)).toEqual([2025, 2026]);
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 1 });
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-1001');
  });
});

describe('migration 0008 (dossiers)', () => {
  it('upgrades a version-7 database with issued codes in place, and the next dossier takes the next code', () => {
    const { dir, db } = databaseAt(7);
    db.prepare(`INSERT INTO dossier_code_settings (id, unit_code, slot, updated_at) VALUES (1, 'H26', 1, '2026-03-10T01:00:00Z')`).run();
    db.prepare(
      `INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES ('H26-260310-1001', 'H26', '2026-03-10', 1001, '2026-03-10T01:00:00Z', 'local')`,
    ).run();
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T02:00:00.000Z' });
    expect(fx.ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fx.ward.db.pragma('foreign_key_check')).toEqual([]);
    const clerk = fx.ward.accounts.createClerk(LOCAL_CALLER, {
      username: 'canbo',
      fullName: 'Cán bộ Một',
      role: 'clerk',
      secretHash: 'never-signs-in',
      mustChangeSecret: false,
    });
    const caller = { ...LOCAL_CALLER, clerk: { id: clerk.id, username: clerk.username, fullName: clerk.fullName, role: clerk.role } };
    expect(fx.call('createDossier', intake(), caller).dossier.code).toBe('H26-260310-1002');
  });
});

describe('migration 0010 (dossier steps from the city)', () => {
  it("upgrades a version-9 database with a dossier in place: its steps are the counter's, its pulled status waits for nothing", () => {
    const { dir, db } = databaseAt(9);
    const at = '2026-03-10T01:00:00Z';
    db.exec(`
      INSERT INTO clerks (id, username, full_name, role, active, secret_hash, created_at, updated_at)
        VALUES ('c1', 'canbo', 'Cán bộ Một', 'clerk', 1, 'x', '${at}', '${at}');
      INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES ('H26-260310-1001', 'H26', '2026-03-10', 1001, '${at}', 'local');
      INSERT INTO dossiers (id, code, status, procedure_id, procedure_name, id_number, full_name, name_folded, received_at, due_at, due_day,
        clerk_id, data, updated_at)
        VALUES ('d1', 'H26-260310-1001', 'transferred', 'p1', 'Thủ tục', '001190012345', 'Nguyễn Thị Đào', 'nguyen thi dao', '${at}', '${at}',
          '2026-03-12', 'c1', '{}', '${at}');
      INSERT INTO dossier_events (id, dossier_id, action, from_status, to_status, at, clerk_id, device_name)
        VALUES ('e1', 'd1', 'receive', NULL, 'received', '${at}', 'c1', 'Máy này');
      INSERT INTO city_dossier_status (dossier_id, dossier_code, status, at, data, v, received_at)
        VALUES ('d1', 'H26-260310-1001', 'processing', '${at}', '{}', 3, '${at}');
    `);
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T02:00:00.000Z' });
    expect(fx.ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fx.ward.db.pragma('foreign_key_check')).toEqual([]);
    expect(fx.ward.db.prepare('SELECT id, source FROM dossier_events').all()).toEqual([{ id: 'e1', source: 'ward' }]);
    expect(fx.ward.db.prepare('SELECT dossier_id, pending FROM city_dossier_status').all()).toEqual([{ dossier_id: 'd1', pending: 0 }]);
    expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM dossier_conflicts').get()).toEqual({ n: 0 });
  });
});

describe('migration 0011 (dossier search)', () => {
  it('indexes the dossiers already received, newest reception first, and the next intake comes before them', () => {
    const { dir, db } = databaseAt(10);
    db.prepare(`INSERT INTO dossier_code_settings (id, unit_code, slot, updated_at) VALUES (1, 'H26', 1, '2026-03-10T01:00:00Z')`).run();
    db.prepare(
      `INSERT INTO clerks (id, username, full_name, role, active, secret_hash, created_at, updated_at)
       VALUES ('019a0000-0000-7000-8000-00000000c1e4', 'canbo', 'Cán bộ Một', 'clerk', 1, 'never-signs-in', '2026-03-10T00:00:00Z', '2026-03-10T00:00:00Z')`,
    ).run();
    // Inserted in this order but received in the other: the backfill orders by the time of reception.
    const received = [
      [
        '019a0000-0000-7000-8000-0000000000b2',
        'H26-260310-1002',
        'Trần Văn Bình',
        'Chứng thực hợp đồng, giao dịch',
        '2026-03-10T03:00:00.000Z',
      ],
      ['019a0000-0000-7000-8000-0000000000a1', 'H26-260310-1001', 'Nguyễn Thị Đào', 'Đăng ký khai sinh', '2026-03-10T01:00:00.000Z'],
    ];
    for (const [id, code, name, procedure, at] of received) {
      db.prepare(
        `INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES (?, 'H26', '2026-03-10', ?, ?, 'local')`,
      ).run(code, Number(code!.slice(-4)), at);
      db.prepare(
        `INSERT INTO dossiers (id, code, status, procedure_id, procedure_name, id_number, phone, full_name, name_folded, received_at,
           due_at, due_day, ticket_id, clerk_id, data, updated_at)
         VALUES (?, ?, 'received', '019a0000-5eed-7000-8000-000000000010', ?, '001190012345', NULL, ?, 'folded', ?,
           '2026-03-12T10:00:00.000Z', '2026-03-12', NULL, '019a0000-0000-7000-8000-00000000c1e4', '{}', ?)`,
      ).run(id, code, procedure, name, at, at);
    }
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T04:00:00.000Z' });
    expect(fx.ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const clerk = fx.ward.accounts.createClerk(LOCAL_CALLER, {
      username: 'canbohai',
      fullName: 'Cán bộ Hai',
      role: 'clerk',
      secretHash: 'never-signs-in',
      mustChangeSecret: false,
    });
    const caller = { ...LOCAL_CALLER, clerk: { id: clerk.id, username: clerk.username, fullName: clerk.fullName, role: clerk.role } };
    const found = (query: string) => fx.call('searchDossiers', { query }, caller).dossiers.map((d) => d.code);

    expect(found('dao')).toEqual(['H26-260310-1001']);
    expect(found('khai sinh thi')).toEqual(['H26-260310-1001']);
    expect(found('binh chung thuc')).toEqual(['H26-260310-1002']);
    expect(found('H26-260310')).toEqual(['H26-260310-1002', 'H26-260310-1001']);
    const next = fx.call('createDossier', intake(), caller).dossier.code;
    expect(found('nguyen thi dao')).toEqual([next, 'H26-260310-1001']);
  });
});

describe('migration 0012 (waiting counts kept by triggers)', () => {
  it('upgrades a version-11 database with a line already waiting: the next ticket is told everyone ahead of it', () => {
    const before = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const serviceId = serviceIdByLetter(before.ward, 'A');
    const priorityCategoryId = before.call('getBoard', {}).priorityCategories[0]!.id;
    for (const priority of [false, true, false])
      before.call('issueTicket', { serviceId, priorityCategoryId: priority ? priorityCategoryId : null });
    before.call('callNext', { counterNumber: 1 });
    const dir = before.dataDir;
    before.close();
    // What a release at version 11 left on disk: the same tickets, no counts, no triggers.
    const db = new Database(path.join(dir, DATABASE_FILE));
    for (const trigger of ['insert', 'leave', 'join', 'delete']) db.exec(`DROP TRIGGER queue_waiting_${trigger}`);
    db.exec('DROP TABLE queue_waiting');
    undoMigration13(db);
    db.pragma('user_version = 11');
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-10T02:05:00.000Z' });
    expect(fx.ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fx.call('issueTicket', { serviceId }).ahead).toBe(2);
    expect(fx.call('issueTicket', { serviceId, priorityCategoryId }).ahead).toBe(0);
  });
});

/** What a release at version 12 had not: the list of dossiers received out of order, and its trigger. */
function undoMigration13(db: Database.Database): void {
  db.exec('DROP TRIGGER dossiers_received_late_insert; DROP TABLE dossiers_received_late');
}

describe('migration 0013 (dossiers received out of order)', () => {
  it('lists the dossier a set-back clock received before an earlier one, so a search of its day finds it', () => {
    const before = intakeFixture('2026-03-09T03:00:00.000Z');
    const receive = (fullName: string) => {
      const base = intake();
      return before.call('createDossier', { ...base, applicant: { ...base.applicant, fullName } }, before.clerk).dossier.id;
    };
    const monday = receive('Nguyễn Thị Đào');
    before.clock.set('2026-03-11T03:00:00.000Z');
    const wednesday = receive('Nguyễn Văn Dũng');
    // Saved last, received (by a PC clock set back) on Monday before Đào.
    before.clock.set('2026-03-09T02:00:00.000Z');
    const late = receive('Nguyễn Văn Lâm');
    const dir = before.dataDir;
    before.close();
    const db = new Database(path.join(dir, DATABASE_FILE));
    undoMigration13(db);
    db.pragma('user_version = 12');
    db.close();

    const fx = wardFixture({ dataDir: dir, start: '2026-03-11T05:00:00.000Z' });
    expect(fx.ward.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fx.ward.db.prepare('SELECT received_at FROM dossiers_received_late').all()).toEqual([
      { received_at: '2026-03-09T02:00:00.000Z' },
    ]);
    const found = (receivedFrom: string, receivedTo: string) =>
      fx.call('searchDossiers', { query: 'nguyen', receivedFrom, receivedTo }, before.clerk).dossiers.map((d) => d.id);
    expect(found('2026-03-09', '2026-03-09')).toEqual([late, monday]);
    expect(found('2026-03-10', '2026-03-11')).toEqual([wednesday]);
  });
});
