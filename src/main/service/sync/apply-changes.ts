import { z } from 'zod';
import { CalendarYear, OfficeSettings, StatutoryRules } from '../../../shared/calendar/calendar-data';
import { Procedure } from '../../../shared/catalog/procedure';
import { TICKET_STATES } from '../../../shared/queue/ticket-state';
import type { ChangeEntity } from '../../../shared/sync/wire';
import type { Db } from '../db/open-database';
import { storeOffice, writeRules } from '../calendar/calendar-rows';
import { holderOfCode, upsertProcedure } from '../catalog/procedure-rows';
import { hasUntakenEvents } from '../dossiers/city-steps';
import { NEXT_QUEUE_SEQ } from '../queue/ticket-rows';
import { stmt } from '../db/statements';

// Applying what the city sent down (research §6.4, §6.5). Every change is the entity's full state, so
// applying is an upsert and a replay is harmless. Nothing here records an outbox row: these rows are
// the city's, and pushing them back would echo them forever.

export interface IncomingChange {
  entity: ChangeEntity;
  entityId: string;
  data: Record<string, unknown>;
  /** The city's change number; 0 for snapshot items. */
  v: number;
}

export interface ApplyOutcome {
  ticketsChanged: boolean;
  catalogueChanged: boolean;
  calendarChanged: boolean;
}

const Instant = z.string().refine((s) => Number.isFinite(Date.parse(s)));

/** The ward's raw tickets row as the city stores and returns it. */
const CityTicket = z.looseObject({
  id: z.uuid(),
  service_id: z.string(),
  issued_service_id: z.string(),
  local_day: z.iso.date(),
  number: z.number().int(),
  display_number: z.string(),
  priority_category_id: z.string().nullable(),
  priority: z.union([z.literal(0), z.literal(1)]),
  state: z.enum(TICKET_STATES),
  counter_id: z.string().nullable(),
  target_counter_id: z.string().nullable(),
  issued_at: Instant,
  called_at: Instant.nullable(),
  announced_at: Instant.nullable(),
  serving_at: Instant.nullable(),
  finished_at: Instant.nullable(),
  recall_count: z.number().int().min(0),
  print_status: z.enum(['pending', 'printed', 'failed']),
  print_error: z.string().nullable(),
  updated_at: Instant,
});
type CityTicket = z.infer<typeof CityTicket>;

const DossierStatus = z.looseObject({ dossierId: z.string().min(1), dossierCode: z.string(), status: z.string(), at: Instant });

export function applyChange(db: Db, change: IncomingChange, receivedAt: string, outcome: ApplyOutcome): void {
  switch (change.entity) {
    case 'ticket':
      if (applyTicket(db, change, receivedAt)) outcome.ticketsChanged = true;
      return;
    case 'dossier_status':
      return applyDossierStatus(db, change, receivedAt);
    case 'procedure':
      if (adoptProcedure(db, change.data, receivedAt)) outcome.catalogueChanged = true;
      return storeReference(db, change, receivedAt);
    case 'calendar_year':
      if (adoptCalendarYear(db, change.data, receivedAt)) outcome.calendarChanged = true;
      return storeReference(db, change, receivedAt);
    case 'statutory_rules':
      if (adoptStatutoryRules(db, change.data, receivedAt)) outcome.calendarChanged = true;
      return storeReference(db, change, receivedAt);
    case 'ward_setting':
      if (change.entityId === OFFICE_SETTING_KEY && adoptOfficeSettings(db, change.data, receivedAt)) outcome.calendarChanged = true;
      return storeReference(db, change, receivedAt);
  }
}

function storeReference(db: Db, change: IncomingChange, receivedAt: string): void {
  stmt(
    db,
    `INSERT INTO city_reference (entity, entity_id, data, v, received_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (entity, entity_id) DO UPDATE SET data = excluded.data, v = excluded.v, received_at = excluded.received_at`,
  ).run(change.entity, change.entityId, JSON.stringify(change.data), change.v, receivedAt);
}

/**
 * A city catalogue entry that passes the catalogue's own schema goes into the procedures table; one
 * whose national code another local procedure holds stays only in city_reference, for a person to settle.
 */
function adoptProcedure(db: Db, data: Record<string, unknown>, receivedAt: string): boolean {
  const parsed = Procedure.safeParse(data);
  if (!parsed.success) return false;
  if (holderOfCode(db, parsed.data.nationalCode.code, parsed.data.id)) return false;
  upsertProcedure(db, parsed.data, receivedAt);
  return true;
}

/**
 * A city calendar year that passes the calendar's own schema replaces the ward's copy of that year
 * (a valid year is all the working calendar needs); otherwise it stays only in city_reference, and
 * the ward keeps its own.
 */
function adoptCalendarYear(db: Db, data: Record<string, unknown>, receivedAt: string): boolean {
  const parsed = CalendarYear.safeParse(data);
  if (!parsed.success) return false;
  stmt(
    db,
    `INSERT INTO calendar_years (year, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(parsed.data.year, JSON.stringify(parsed.data), receivedAt);
  return true;
}

/** The ward setting the city publishes for one ward's office week, hours and reception rules. */
export const OFFICE_SETTING_KEY = 'calendar_office';

/** Office settings from the city that pass their own schema replace the ward's; others stay aside. */
function adoptOfficeSettings(db: Db, data: Record<string, unknown>, receivedAt: string): boolean {
  const parsed = OfficeSettings.safeParse(data);
  if (!parsed.success) return false;
  storeOffice(db, parsed.data, receivedAt);
  return true;
}

/**
 * City statutory rules that pass the calendar's own schema replace the ward's; derived years follow
 * them from the next due date on. Rules the calendar cannot use stay only in city_reference.
 */
function adoptStatutoryRules(db: Db, data: Record<string, unknown>, receivedAt: string): boolean {
  const parsed = StatutoryRules.safeParse(data);
  if (!parsed.success) return false;
  writeRules(db, parsed.data, receivedAt);
  return true;
}

function shadow(db: Db, change: IncomingChange, reason: 'pending_local' | 'unresolved', receivedAt: string): void {
  stmt(
    db,
    `INSERT INTO sync_shadow (entity, entity_id, data, v, reason, received_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET data = excluded.data, v = excluded.v, reason = excluded.reason, received_at = excluded.received_at`,
  ).run(change.entity, change.entityId, JSON.stringify(change.data), change.v, reason, receivedAt);
}

function hasPendingLocal(db: Db, entity: string, entityId: string): boolean {
  return (
    stmt(db, `SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND status = 'pending' LIMIT 1`).get(entity, entityId) !== undefined
  );
}

function exists(db: Db, table: 'services' | 'counters' | 'priority_categories', id: string | null): boolean {
  return id === null || stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** The ticket's references all name rows of this PC: another PC's services and counters have other ids. */
function referencesResolve(db: Db, t: CityTicket): boolean {
  return (
    exists(db, 'services', t.service_id) &&
    exists(db, 'services', t.issued_service_id) &&
    exists(db, 'priority_categories', t.priority_category_id) &&
    exists(db, 'counters', t.counter_id) &&
    exists(db, 'counters', t.target_counter_id)
  );
}

/**
 * A ticket with local changes still on their way keeps its local state: the city's copy waits in the
 * shadow table until those changes are answered (research §4.3: never overwrite pending local work).
 */
function applyTicket(db: Db, change: IncomingChange, receivedAt: string): boolean {
  const parsed = CityTicket.safeParse(change.data);
  if (!parsed.success || parsed.data.id !== change.entityId) {
    shadow(db, change, 'unresolved', receivedAt);
    return false;
  }
  const t = parsed.data;
  if (hasPendingLocal(db, 'ticket', t.id)) {
    shadow(db, change, 'pending_local', receivedAt);
    return false;
  }
  if (!referencesResolve(db, t)) {
    shadow(db, change, 'unresolved', receivedAt);
    return false;
  }
  const known = stmt(db, 'SELECT 1 FROM tickets WHERE id = ?').get(t.id) !== undefined;
  if (known) {
    stmt(
      db,
      `UPDATE tickets SET service_id = ?, state = ?, counter_id = ?, target_counter_id = ?, called_at = ?, announced_at = ?,
         serving_at = ?, finished_at = ?, recall_count = ?, print_status = ?, print_error = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      t.service_id,
      t.state,
      t.counter_id,
      t.target_counter_id,
      t.called_at,
      t.announced_at,
      t.serving_at,
      t.finished_at,
      t.recall_count,
      t.print_status,
      t.print_error,
      t.updated_at,
      t.id,
    );
  } else {
    // Joins this PC's line behind everything already in it: its place number is this PC's own.
    const inserted = stmt(
      db,
      `INSERT OR IGNORE INTO tickets (id, service_id, issued_service_id, local_day, number, display_number, priority_category_id,
         priority, state, counter_id, target_counter_id, issued_at, called_at, announced_at, serving_at, finished_at,
         recall_count, print_status, print_error, updated_at, queue_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${NEXT_QUEUE_SEQ})`,
    ).run(
      t.id,
      t.service_id,
      t.issued_service_id,
      t.local_day,
      t.number,
      t.display_number,
      t.priority_category_id,
      t.priority,
      t.state,
      t.counter_id,
      t.target_counter_id,
      t.issued_at,
      t.called_at,
      t.announced_at,
      t.serving_at,
      t.finished_at,
      t.recall_count,
      t.print_status,
      t.print_error,
      t.updated_at,
    );
    // Same number on the same day of the same service already held by a local ticket: kept for a human.
    if (inserted.changes === 0) {
      shadow(db, change, 'unresolved', receivedAt);
      return false;
    }
  }
  stmt(db, `DELETE FROM sync_shadow WHERE entity = 'ticket' AND entity_id = ?`).run(t.id);
  return true;
}

function applyDossierStatus(db: Db, change: IncomingChange, receivedAt: string): void {
  const parsed = DossierStatus.safeParse(change.data);
  if (!parsed.success) return shadow(db, change, 'unresolved', receivedAt);
  const d = parsed.data;
  // The dossier takes the new events after this page commits (src/main/service/dossiers/city-steps.ts):
  // they are its own steps, sent back to the city through the outbox, which a pulled page never writes.
  const pending = hasUntakenEvents(db, d.dossierId, change.data) ? 1 : 0;
  stmt(
    db,
    `INSERT INTO city_dossier_status (dossier_id, dossier_code, status, at, data, v, received_at, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (dossier_id) DO UPDATE SET dossier_code = excluded.dossier_code, status = excluded.status, at = excluded.at,
       data = excluded.data, v = excluded.v, received_at = excluded.received_at, pending = excluded.pending`,
  ).run(d.dossierId, d.dossierCode, d.status, d.at, JSON.stringify(change.data), change.v, receivedAt, pending);
}

/**
 * After a pull that reached the city's head: a shadowed ticket whose local changes have all been
 * answered takes the city's state now, since that state already includes those changes' effects.
 */
export function settleShadows(db: Db, receivedAt: string, outcome: ApplyOutcome): void {
  const waiting = stmt(db, `SELECT entity, entity_id AS entityId, data, v FROM sync_shadow WHERE reason = 'pending_local'`).all() as {
    entity: ChangeEntity;
    entityId: string;
    data: string;
    v: number;
  }[];
  for (const row of waiting) {
    if (hasPendingLocal(db, row.entity, row.entityId)) continue;
    applyChange(
      db,
      { entity: row.entity, entityId: row.entityId, data: JSON.parse(row.data) as Record<string, unknown>, v: row.v },
      receivedAt,
      outcome,
    );
  }
}
