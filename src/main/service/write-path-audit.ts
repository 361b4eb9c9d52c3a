import { localDay } from '../../shared/time/local-time';
import type { Caller } from './caller';
import type { Db } from './db/open-database';
import { stmt } from './db/statements';

export interface AuditRecord {
  method: string;
  entity?: string | null;
  entityId?: string | null;
  /** HMAC of a citizen's ID number (`AuditLog.personalDataRead`, accounts/audit-log.ts), never the number itself. */
  subjectHash?: string | null;
  outcome: 'ok' | 'refused' | 'read';
  /** An error code or the kind of data read; never personal data. */
  detail?: string | null;
}

/** Appends one row to the append-only audit log, inside the caller's transaction. */
export function appendAudit(db: Db, caller: Caller, now: Date, record: AuditRecord): void {
  if (!db.inTransaction) throw new Error('appendAudit must run inside a transaction');
  stmt(
    db,
    `INSERT INTO audit_log (at, local_day, clerk_id, device_id, device_name, method, entity, entity_id, subject_hash, outcome, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    now.toISOString(),
    localDay(now),
    caller.clerk?.id ?? null,
    caller.deviceId,
    caller.deviceName,
    record.method,
    record.entity ?? null,
    record.entityId ?? null,
    record.subjectHash ?? null,
    record.outcome,
    record.detail ?? null,
  );
}
