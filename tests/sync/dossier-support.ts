// A ward that receives dossiers and syncs them with a real city server, the processing side posting
// statuses at the city, and both sides' records of a dossier's events, read straight from their tables.
import crypto from 'node:crypto';
import { expect } from 'vitest';
import { createEnrolCode, createProcessingToken, createWard } from '../../src/city/admin';
import type { CityDb } from '../../src/city/db/adapter';
import { readyForIntake, type IntakeFixture } from '../dossiers/dossier-setup';
import type { TestClock } from '../support/ward-fixture';
import { enrol, syncWard } from './sync-harness';

export interface DossierWard {
  w: IntakeFixture;
  ward: string;
  /** The ward's processing-system token, for `POST /v1/processing/status`. */
  token: string;
}

/** A ward whose code is short enough to be its dossier unit code, so the processing side may post its dossiers. */
export async function dossierWard(db: CityDb, cityUrl: string, options: { clock?: TestClock } = {}): Promise<DossierWard> {
  const d = await unenrolledDossierWard(db, options);
  await enrolWithCity(db, cityUrl, d);
  return d;
}

/**
 * The same ward before it has met the city: until the city's time is known its own clock dates its
 * work, so a test can make dossiers of days past (once enrolled, the city's clock would date them).
 */
export async function unenrolledDossierWard(db: CityDb, options: { clock?: TestClock } = {}): Promise<DossierWard> {
  const ward = `D${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
  await createWard(db, ward, `Phường thử ${ward}`);
  const w = readyForIntake(syncWard(options.clock ? { clock: options.clock } : {}), ward);
  return { w, ward, token: await createProcessingToken(db, ward) };
}

export async function enrolWithCity(db: CityDb, cityUrl: string, d: DossierWard): Promise<void> {
  await enrol(d.w, cityUrl, (await createEnrolCode(db, d.ward, 0, new Date())).code);
}

/** What the processing side posts at the city; returns the event id it made. */
export async function postStatus(
  cityUrl: string,
  d: DossierWard,
  dossier: { id: string; code: string },
  status: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const eventId = crypto.randomUUID();
  const res = await fetch(`${cityUrl}/v1/processing/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` },
    body: JSON.stringify({
      eventId,
      dossierId: dossier.id,
      dossierCode: dossier.code,
      status,
      at: new Date().toISOString(),
      note: 'Phòng Tư pháp',
      ...extra,
    }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return eventId;
}

type EventRow = {
  id: string;
  dossier: string;
  action: string;
  from: string | null;
  to: string;
  at: string;
  source: string;
  reason: string | null;
};
type ConflictRow = { id: string; dossier: string; status: string; at: string; wardStatus: string };

export function wardEvents(d: DossierWard): EventRow[] {
  return d.w.ward.db
    .prepare(
      `SELECT id, dossier_id AS dossier, action, from_status AS "from", to_status AS "to", at, source, reason FROM dossier_events ORDER BY id`,
    )
    .all() as EventRow[];
}

export async function cityEvents(db: CityDb, d: DossierWard): Promise<EventRow[]> {
  const rows = await db.query<Omit<EventRow, 'at'> & { at: Date }>(
    `SELECT event_id::text AS id, dossier_id::text AS dossier, action, from_status AS "from", to_status AS "to", at, source, reason
     FROM dossier_events WHERE ward_code = $1 ORDER BY event_id`,
    [d.ward],
  );
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

export function wardConflicts(d: DossierWard): ConflictRow[] {
  return d.w.ward.db
    .prepare(
      `SELECT event_id AS id, dossier_id AS dossier, status, at, ward_status AS "wardStatus" FROM dossier_conflicts ORDER BY event_id`,
    )
    .all() as ConflictRow[];
}

export async function cityConflicts(db: CityDb, d: DossierWard): Promise<ConflictRow[]> {
  const rows = await db.query<Omit<ConflictRow, 'at'> & { at: Date }>(
    `SELECT event_id::text AS id, dossier_id::text AS dossier, status, at, ward_status AS "wardStatus"
     FROM dossier_conflicts WHERE ward_code = $1 ORDER BY event_id`,
    [d.ward],
  );
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** The ward's dossiers and the city's copy of each: same status, same document. */
export async function expectSameDossiers(db: CityDb, d: DossierWard): Promise<void> {
  const local = (
    d.w.ward.db.prepare('SELECT id, status, data FROM dossiers ORDER BY id').all() as { id: string; status: string; data: string }[]
  ).map((r) => ({ id: r.id, status: r.status, data: JSON.parse(r.data) as unknown }));
  const remote = await db.query<{ id: string; status: string; data: unknown }>(
    'SELECT id::text AS id, status, data FROM dossiers WHERE ward_code = $1 ORDER BY id',
    [d.ward],
  );
  expect(remote).toEqual(local);
}
