import type { Dossier, DossierConflict, DossierEvent } from '../../../shared/api/dossiers';
import { cityStepText } from '../../../shared/i18n/vi/dossiers';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { indexDossier, nextSearchSeq } from './search-index';

// The dossiers and dossier_events tables, read and written in one place. The dossier is kept whole as
// the validated JSON the API answers with; the columns beside it are copies for lists and search.

/** The row and its entry in the search index, in the caller's transaction. */
export function insertDossier(db: Db, dossier: Dossier): void {
  const seq = nextSearchSeq(db);
  stmt(
    db,
    `INSERT INTO dossiers (id, code, status, procedure_id, procedure_name, id_number, phone, full_name, search_seq,
       received_at, due_at, due_day, ticket_id, clerk_id, data, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    dossier.id,
    dossier.code,
    dossier.status,
    dossier.procedure.id,
    dossier.procedure.name,
    dossier.applicant.idNumber,
    dossier.applicant.phone ?? null,
    dossier.applicant.fullName,
    seq,
    dossier.receivedAt,
    dossier.due.at,
    dossier.due.date,
    dossier.ticketId,
    dossier.clerk.id,
    JSON.stringify(dossier),
    dossier.updatedAt,
  );
  indexDossier(db, seq, dossier.applicant.fullName, dossier.procedure.name);
}

/** Writes a step's outcome: the status and the appointment are the only things a step changes. */
export function updateDossier(db: Db, dossier: Dossier): void {
  stmt(db, 'UPDATE dossiers SET status = ?, due_at = ?, due_day = ?, data = ?, updated_at = ? WHERE id = ?').run(
    dossier.status,
    dossier.due.at,
    dossier.due.date,
    JSON.stringify(dossier),
    dossier.updatedAt,
    dossier.id,
  );
}

export function readDossier(db: Db, id: string): Dossier | null {
  const row = stmt(db, 'SELECT data FROM dossiers WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Dossier) : null;
}

export interface EventToStore {
  event: DossierEvent;
  dossierId: string;
  deviceId: string | null;
}

export function insertEvent(db: Db, { event, dossierId, deviceId }: EventToStore): void {
  stmt(
    db,
    `INSERT INTO dossier_events (id, dossier_id, action, from_status, to_status, at, clerk_id, device_id, device_name, reason, new_due, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.id,
    dossierId,
    event.action,
    event.from,
    event.to,
    event.at,
    event.clerk?.id ?? null,
    deviceId,
    event.deviceName,
    event.reason,
    event.newDue ? JSON.stringify(event.newDue) : null,
    event.source,
  );
}

interface EventRow {
  id: string;
  action: DossierEvent['action'];
  from_status: DossierEvent['from'];
  to_status: DossierEvent['to'];
  at: string;
  clerk_id: string | null;
  clerk_name: string | null;
  device_name: string;
  reason: string | null;
  new_due: string | null;
  source: DossierEvent['source'];
}

export function readEvents(db: Db, dossierId: string): DossierEvent[] {
  const rows = stmt(
    db,
    `SELECT e.id, e.action, e.from_status, e.to_status, e.at, e.clerk_id, c.full_name AS clerk_name, e.device_name, e.reason, e.new_due,
       e.source
     FROM dossier_events e LEFT JOIN clerks c ON c.id = e.clerk_id
     WHERE e.dossier_id = ? ORDER BY e.at, e.rowid`,
  ).all(dossierId) as EventRow[];
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    from: r.from_status,
    to: r.to_status,
    at: r.at,
    clerk: r.clerk_id ? { id: r.clerk_id, fullName: r.clerk_name ?? '' } : null,
    deviceName: r.device_name,
    reason: r.reason,
    newDue: r.new_due ? (JSON.parse(r.new_due) as DossierEvent['newDue']) : null,
    source: r.source,
  }));
}

export type ConflictToStore = Omit<DossierConflict, 'message'> & { dossierId: string };

export function insertConflict(db: Db, c: ConflictToStore): void {
  stmt(
    db,
    `INSERT INTO dossier_conflicts (event_id, dossier_id, status, at, note, ward_status, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.eventId, c.dossierId, c.status, c.at, c.note, c.wardStatus, c.recordedAt);
}

export function readConflicts(db: Db, dossierId: string): DossierConflict[] {
  const rows = stmt(
    db,
    `SELECT event_id, status, at, note, ward_status, recorded_at FROM dossier_conflicts WHERE dossier_id = ? ORDER BY at, event_id`,
  ).all(dossierId) as {
    event_id: string;
    status: DossierConflict['status'];
    at: string;
    note: string | null;
    ward_status: DossierConflict['wardStatus'];
    recorded_at: string;
  }[];
  return rows.map((r) => ({
    eventId: r.event_id,
    status: r.status,
    at: r.at,
    note: r.note,
    wardStatus: r.ward_status,
    recordedAt: r.recorded_at,
    message: cityStepText.conflict(r.status, r.ward_status),
  }));
}

/** The ids of every event this dossier has taken, steps and conflicts alike: each city event is taken once. */
export function takenEventIds(db: Db, dossierId: string): Set<string> {
  const rows = stmt(
    db,
    'SELECT id FROM dossier_events WHERE dossier_id = ? UNION ALL SELECT event_id FROM dossier_conflicts WHERE dossier_id = ?',
  ).all(dossierId, dossierId) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}
