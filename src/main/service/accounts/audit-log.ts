import { createHmac } from 'node:crypto';
import Papa from 'papaparse';
import type { AuditEntry } from '../../../shared/api/accounts';
import type { ParsedInput } from '../../../shared/api/contract';
import { accountText } from '../../../shared/i18n/vi/accounts';
import { localClock, localDay } from '../../../shared/time/local-time';
import { neutraliseSpreadsheetCell } from '../../../shared/text/spreadsheet-cell';
import type { Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { WritePath } from '../write-path';
import { readAuditKey } from './reads';

// The audit log's read side, and the one helper through which a read of a citizen's personal data is
// recorded (Law 91/2025/QH15): a module that hands out such data calls `personalDataRead` first, so a
// read that could not be recorded is not served either.

type Filter = ParsedInput<'exportAudit'>;

/** A citizen whose data a record (a dossier) shows, by the record it was read through. */
export interface PersonalDataSubject {
  /** Null when the citizen gave none (a slip refused before the ID card was read): the row names the record only. */
  idNumber: string | null;
  entity: string;
  entityId: string;
}

interface AuditRow {
  id: number;
  at: string;
  clerk_id: string | null;
  clerk_name: string | null;
  device_id: string | null;
  device_name: string;
  method: string;
  entity: string | null;
  entity_id: string | null;
  outcome: AuditEntry['outcome'];
  detail: string | null;
  username: string | null;
}

export class AuditLog {
  private key: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly write: WritePath,
  ) {}

  /** Records that `caller` read the personal data of the citizen with this ID number (and what, in `detail`). */
  personalDataRead(caller: Caller, method: string, idNumber: string, detail: string): void {
    this.write.audit(caller, { method, entity: 'citizen', subjectHash: this.subjectHash(idNumber), outcome: 'read', detail });
  }

  /** Records, in one commit, that `caller` was shown these citizens' data, each as part of the named record. */
  personalDataReads(caller: Caller, method: string, subjects: readonly PersonalDataSubject[], detail: string): void {
    if (subjects.length === 0) return;
    this.write.audit(
      caller,
      subjects.map((s) => ({
        method,
        entity: s.entity,
        entityId: s.entityId,
        subjectHash: s.idNumber === null ? null : this.subjectHash(s.idNumber),
        outcome: 'read',
        detail,
      })),
    );
  }

  /** A sign-in or sign-out: no data changes, but the head reads who worked where. */
  accountEvent(caller: Caller, method: string, clerkId: string): void {
    this.write.audit(caller, { method, entity: 'clerk', entityId: clerkId, outcome: 'ok' });
  }

  refused(caller: Caller, method: string, code: string, clerkId: string | null = null): void {
    this.write.audit(caller, { method, entity: clerkId ? 'clerk' : null, entityId: clerkId, outcome: 'refused', detail: code });
  }

  list(filter: Filter & { limit: number; beforeId?: number | undefined }): AuditEntry[] {
    const { where, params } = conditions(filter);
    if (filter.beforeId !== undefined) {
      where.push('a.id < ?');
      params.push(filter.beforeId);
    }
    return this.select(where, params, filter.limit);
  }

  exportCsv(filter: Filter, now: Date): { fileName: string; csv: string } {
    const { where, params } = conditions(filter);
    const entries = this.select(where, params, -1);
    const data = entries.map((e) => [
      `${localDay(e.at)} ${localClock(e.at)}`,
      e.clerkName ?? '',
      e.clerkUsername ?? '',
      e.deviceName,
      e.method,
      e.entity ?? '',
      e.entityId ?? '',
      accountText.auditOutcome[e.outcome],
      e.detail ?? '',
    ]);
    const csv = `\uFEFF${Papa.unparse({ fields: [...accountText.auditCsvHeader], data: data.map((r) => r.map(neutraliseSpreadsheetCell)) }, { newline: '\r\n' })}\r\n`;
    return { fileName: accountText.auditFileName(filter.day ?? localDay(now)), csv };
  }

  citizenAccess(idNumber: string): AuditEntry[] {
    return this.select(['a.subject_hash = ?'], [this.subjectHash(idNumber)], 1000);
  }

  /** `idNumber` arrives checked by its schema (the card's 12 digits, or the 9 or 12 typed), never padded. */
  private subjectHash(idNumber: string): string {
    this.key ??= readAuditKey(this.db);
    return createHmac('sha256', this.key).update(idNumber).digest('hex');
  }

  private select(where: string[], params: (string | number)[], limit: number): AuditEntry[] {
    const rows = stmt(
      this.db,
      `SELECT a.id, a.at, a.clerk_id, c.full_name AS clerk_name, c.username, a.device_id, a.device_name, a.method, a.entity, a.entity_id,
              a.outcome, a.detail
       FROM audit_log a LEFT JOIN clerks c ON c.id = a.clerk_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.id DESC LIMIT ?`,
    ).all(...params, limit) as AuditRow[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      clerkId: r.clerk_id,
      clerkName: r.clerk_name,
      clerkUsername: r.username,
      deviceId: r.device_id,
      deviceName: r.device_name,
      method: r.method,
      entity: r.entity,
      entityId: r.entity_id,
      outcome: r.outcome,
      detail: r.detail,
    }));
  }
}

function conditions(filter: Filter): { where: string[]; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  add('a.clerk_id = ?', filter.clerkId);
  add('a.method = ?', filter.method);
  add('a.entity = ?', filter.entity);
  add('a.entity_id = ?', filter.entityId);
  add('a.outcome = ?', filter.outcome);
  add('a.local_day = ?', filter.day);
  return { where, params };
}
