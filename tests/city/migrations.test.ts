// The city schema: numbered migrations applied once, in order, and a database from a newer server refused.
import { expect, it } from 'vitest';
import { cityMigrations, migrate } from '../../src/city/db/migrate';
import type { CityDb } from '../../src/city/db/adapter';
import { blankPglite } from '../support/test-pglite';

/** The schema as a server of `version` left it, for a test of the migration after it. */
async function migrateUpTo(db: CityDb, version: number): Promise<void> {
  await db.exec('CREATE TABLE schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  for (const m of cityMigrations.filter((m) => m.version <= version)) {
    await db.exec(m.sql);
    await db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
  }
}

it('applies each numbered migration once, keeps the data on a second run, and refuses a newer database', { timeout: 60_000 }, async () => {
  expect(cityMigrations.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  const db = await blankPglite();
  try {
    expect(await migrate(db)).toBe(14);
    await db.query(`INSERT INTO wards (code, name) VALUES ('00001', 'Phường Một')`);
    expect(await migrate(db)).toBe(14);
    expect(await db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
      { version: 5 },
      { version: 6 },
      { version: 7 },
      { version: 8 },
      { version: 9 },
      { version: 10 },
      { version: 11 },
      { version: 12 },
      { version: 13 },
      { version: 14 },
    ]);
    expect(await db.query('SELECT code FROM wards')).toEqual([{ code: '00001' }]);
    await db.query('INSERT INTO schema_migrations (version) VALUES (15)');
    await expect(migrate(db)).rejects.toThrow('database schema 15 is newer than this server (14): update the server');
  } finally {
    await db.close();
  }
});

it('keeps who made each change when the change log folds into the latest-state table (0007)', { timeout: 60_000 }, async () => {
  const db = await blankPglite();
  try {
    await migrateUpTo(db, 6);
    const device = '0190c0de-0000-7000-8000-000000000001';
    await db.exec(
      `INSERT INTO wards (code, name) VALUES ('00001', 'Phường Một'); INSERT INTO ward_clock (ward_code, v) VALUES ('00001', 2);`,
    );
    await db.query(
      `INSERT INTO changes (ward_code, v, entity, entity_id, data, origin_device_id) VALUES
         ('00001', 1, 'ticket', 't1', '{"state":"waiting"}', $1), ('00001', 2, 'ticket', 't1', '{"state":"called"}', $1)`,
      [device],
    );
    await db.exec(
      `INSERT INTO ward_state (ward_code, entity, entity_id, data, v) VALUES ('00001', 'ticket', 't1', '{"state":"called"}', 2)`,
    );
    expect(await migrate(db)).toBe(14);
    expect(await db.query('SELECT entity_id, v, origin_device_id, data FROM ward_state')).toEqual([
      { entity_id: 't1', v: 2, origin_device_id: device, data: { state: 'called' } },
    ]);
  } finally {
    await db.close();
  }
});

it('gives ticket events a clerk, none for the events already stored (0009)', { timeout: 60_000 }, async () => {
  const db = await blankPglite();
  try {
    await migrateUpTo(db, 8);
    const device = '0190c0de-0000-7000-8000-000000000001';
    const ticket = '0190c0de-0000-7000-8000-0000000000aa';
    const clerk = '0194f8a2-0000-7000-8000-00000000000a';
    const event = (id: string) =>
      `('${id}', '${ticket}', 'call', 'waiting', 'called', '2026-11-23T01:00:00Z', 'counter-1', NULL, '${device}', 2`;
    await db.exec(
      `INSERT INTO wards (code, name) VALUES ('00001', 'Phường Một');
       INSERT INTO devices (id, ward_code, slot, public_key) VALUES ('${device}', '00001', 0, 'k')`,
    );
    await db.exec(
      `INSERT INTO ticket_events (event_id, ticket_id, action, from_state, to_state, at, counter_id, detail, device_id, seq)
       VALUES ${event('0190c0de-0000-7000-8000-0000000000e1')})`,
    );
    expect(await migrate(db)).toBe(14);
    await db.exec(
      `INSERT INTO ticket_events (event_id, ticket_id, action, from_state, to_state, at, counter_id, detail, device_id, seq, clerk_id, ward_code)
       VALUES ${event('0190c0de-0000-7000-8000-0000000000e2')}, '${clerk}', '00001')`,
    );
    expect(await db.query('SELECT event_id, action, counter_id, clerk_id FROM ticket_events ORDER BY event_id')).toEqual([
      { event_id: '0190c0de-0000-7000-8000-0000000000e1', action: 'call', counter_id: 'counter-1', clerk_id: null },
      { event_id: '0190c0de-0000-7000-8000-0000000000e2', action: 'call', counter_id: 'counter-1', clerk_id: clerk },
    ]);
  } finally {
    await db.close();
  }
});

it('lets the city publish statutory holiday rules, keeping the reference data already published (0010)', { timeout: 60_000 }, async () => {
  const db = await blankPglite();
  try {
    await migrateUpTo(db, 9);
    const insert = (entity: string) =>
      db.query(`INSERT INTO reference_data (scope, entity, key, data) VALUES ('city', $1, 'k', '{}')`, [entity]);
    await insert('calendar_year');
    await expect(insert('statutory_rules')).rejects.toThrow(/reference_data_entity_check/);
    expect(await migrate(db)).toBe(14);
    await insert('statutory_rules');
    await expect(insert('holiday')).rejects.toThrow(/reference_data_entity_check/);
    expect(await db.query('SELECT entity FROM reference_data ORDER BY entity')).toEqual([
      { entity: 'calendar_year' },
      { entity: 'statutory_rules' },
    ]);
  } finally {
    await db.close();
  }
});

it('scopes ticket, event and mutation ids per ward, giving stored events their ward (0013)', { timeout: 60_000 }, async () => {
  const db = await blankPglite();
  try {
    await migrateUpTo(db, 11);
    const device = '0190c0de-0000-7000-8000-000000000001';
    const ticket = '0190c0de-0000-7000-8000-0000000000aa';
    const event = '0190c0de-0000-7000-8000-0000000000e1';
    await db.exec(
      `INSERT INTO wards (code, name) VALUES ('00001', 'Phường Một'), ('00002', 'Phường Hai');
       INSERT INTO devices (id, ward_code, slot, public_key) VALUES ('${device}', '00001', 0, 'k');
       INSERT INTO tickets (id, ward_code, origin_device_id, local_day, display_number, state, issued_at, updated_at)
         VALUES ('${ticket}', '00001', '${device}', '2026-11-23', 'A001', 'waiting', now(), now());
       INSERT INTO ticket_events (event_id, ticket_id, action, to_state, at, device_id, seq)
         VALUES ('${event}', '${ticket}', 'issue', 'waiting', now(), '${device}', 1)`,
    );
    expect(await migrate(db)).toBe(14);
    expect(await db.query('SELECT ward_code FROM ticket_events')).toEqual([{ ward_code: '00001' }]);
    // The same ids in another ward are that ward's own rows.
    await db.exec(
      `INSERT INTO tickets (id, ward_code, origin_device_id, local_day, display_number, state, issued_at, updated_at)
         VALUES ('${ticket}', '00002', '${device}', '2026-11-23', 'A001', 'waiting', now(), now());
       INSERT INTO ticket_events (ward_code, event_id, ticket_id, action, to_state, at, device_id, seq)
         VALUES ('00002', '${event}', '${ticket}', 'issue', 'waiting', now(), '${device}', 2)`,
    );
    await expect(
      db.exec(
        `INSERT INTO ticket_events (ward_code, event_id, ticket_id, action, to_state, at, device_id, seq)
           VALUES ('00002', '${event}', '${ticket}', 'call', 'called', now(), '${device}', 3)`,
      ),
    ).rejects.toThrow(/ticket_events_pkey/);
  } finally {
    await db.close();
  }
});
