import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { DossierSummary } from '../../../shared/api/dossiers';
import { epochDayOf } from '../../../shared/calendar/civil-day';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { RUNNING_STATUSES, type DossierStatus } from '../../../shared/dossier/dossier-state';
import { foldedWords } from '../../../shared/text/fold';
import { instantOfLocal, localClock, localDay } from '../../../shared/time/local-time';
import type { AuditLog } from '../accounts/audit-log';
import { ApiError } from '../api-error';
import type { CalendarReads } from '../calendar/reads';
import type { Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { readConflicts, readDossier, readEvents } from './dossier-rows';
import { walkReceptionDates } from './date-walk';
import { matchExpression, nextSearchSeq } from './search-index';

// What the counter reads about dossiers. Every answer shows citizens' data, so each dossier shown is
// recorded in the audit log before the answer leaves (Law 91/2025/QH15).

// search_seq: the order of reception, which a UNION can sort by only as one of its columns.
const SUMMARY_COLUMNS = 'id, code, status, full_name, procedure_name, received_at, due_at, due_day, id_number, search_seq';
const RUNNING = RUNNING_STATUSES.map((s) => `'${s}'`).join(',');
const DAY_MS = 24 * 60 * 60 * 1000;
/** Sorts after every character a stored text can hold: `prefix <= x < prefix + TOP` is "x starts with prefix". */
const TOP = '\u{10FFFF}';

export interface SummaryRow {
  id: string;
  code: string;
  status: DossierStatus;
  full_name: string;
  procedure_name: string;
  received_at: string;
  due_at: string;
  due_day: string;
  id_number: string;
}

export class DossierReads {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly calendar: CalendarReads,
    private readonly now: () => Date,
  ) {}

  get(input: ParsedInput<'getDossier'>, caller: Caller): MethodOutput<'getDossier'> {
    const dossier = readDossier(this.db, input.id);
    if (!dossier) throw new ApiError('dossier_not_found');
    const events = readEvents(this.db, dossier.id);
    const conflicts = readConflicts(this.db, dossier.id);
    this.audit.personalDataReads(
      caller,
      'getDossier',
      [{ idNumber: dossier.applicant.idNumber, entity: 'dossier', entityId: dossier.id }],
      'dossier',
    );
    return { dossier, events, conflicts };
  }

  list(input: ParsedInput<'listDossiers'>, caller: Caller): MethodOutput<'listDossiers'> {
    const now = this.now();
    const limit = input.limit ?? 100;
    const order = 'ORDER BY due_at, id LIMIT ?';
    const rows = (() => {
      switch (input.list) {
        case 'due_today':
          return this.rows(`status IN (${RUNNING}) AND due_day = ? ${order}`, localDay(now), limit);
        case 'overdue':
          return this.rows(`status IN (${RUNNING}) AND due_at < ? ${order}`, now.toISOString(), limit);
        case 'supplement_requested':
        case 'result_ready':
          return this.rows(`status = ? ${order}`, input.list, limit);
      }
    })();
    return { dossiers: this.shown(caller, 'listDossiers', rows, now) };
  }

  search(input: ParsedInput<'searchDossiers'>, caller: Caller): MethodOutput<'searchDossiers'> {
    return { dossiers: this.shown(caller, 'searchDossiers', searchRows(this.db, input), this.now()) };
  }

  private rows(where: string, ...params: (string | number)[]): SummaryRow[] {
    return stmt(this.db, `SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE ${where}`).all(...params) as SummaryRow[];
  }

  private shown(caller: Caller, method: string, rows: SummaryRow[], now: Date): DossierSummary[] {
    this.audit.personalDataReads(
      caller,
      method,
      rows.map((r) => ({ idNumber: r.id_number, entity: 'dossier', entityId: r.id })),
      'dossier_summary',
    );
    const calendar = this.calendar.calendar();
    const today = localDay(now);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      applicantName: r.full_name,
      procedureName: r.procedure_name,
      receivedAt: r.received_at,
      due: { date: r.due_day, time: localClock(r.due_at), at: r.due_at },
      overdueWorkingDays:
        RUNNING_STATUSES.includes(r.status) && r.due_at < now.toISOString() ? workingDaysAfter(calendar, r.due_day, today) : null,
    }));
  }
}

/** Working days after `from` up to and including `to`: a dossier late by hours on its due day is 0 days late. */
function workingDaysAfter(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = epochDayOf(from) + 1; day <= epochDayOf(to); day++) if (calendar.isWorkingOn(day)) count++;
  return count;
}

/**
 * The rows a search shows, before the audit records them. As the clerk types: something shaped like a
 * dossier code is a code prefix, digits are the start of an ID number or a phone number (each a range
 * scan of its own index), anything else words looked up in the full-text index newest first, which
 * stops at the limit however many dossiers match.
 */
export function searchRows(db: Db, input: ParsedInput<'searchDossiers'>): SummaryRow[] {
  const limit = input.limit ?? 50;
  const query = (input.query ?? '').replace(/\s+/g, ' ');
  const filter = searchFilter(input);
  const order = 'ORDER BY search_seq DESC LIMIT @limit';
  const params = { ...filter.params, limit };
  const select = (sql: string, extra: Record<string, string | number>) => stmt(db, sql).all({ ...params, ...extra }) as SummaryRow[];
  let rows: SummaryRow[];
  if (/^(?=.*\d)[0-9A-Za-z.]*[.-][0-9A-Za-z.-]*$/.test(query)) {
    const prefix = query.toUpperCase();
    rows = select(`SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE code >= @prefix AND code < @top ${filter.sql} ${order}`, {
      prefix,
      top: prefix + TOP,
    });
  } else if (/^\+?\d+$/.test(query.replace(/ /g, ''))) {
    const digits = query.replace(/ /g, '');
    rows = select(
      `SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE id_number >= @prefix AND id_number < @top ${filter.sql}
       UNION SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE phone >= @prefix AND phone < @top ${filter.sql}
       ${order}`,
      { prefix: digits, top: digits + TOP },
    );
  } else {
    const words = foldedWords(query);
    const match = words.length ? matchExpression(db, words) : '';
    if (match === null) rows = [];
    else if (match === '') {
      // Without words, the newest first along reception order, testing the status on the way; the
      // planner would rather gather every dossier of a status from its index and sort them all. A
      // procedure or a date range has an index of its own that narrows first.
      const walk = input.procedureId || input.receivedFrom || input.receivedTo ? '' : 'INDEXED BY dossiers_search_seq';
      rows = select(`SELECT ${SUMMARY_COLUMNS} FROM dossiers ${walk} WHERE 1 ${filter.sql} ${order}`, {});
    }
    // CROSS JOIN keeps the index as the outer loop, read newest first: a filter's own index would
    // instead test every dossier it holds against the words.
    else {
      const reception = receptionWindow(db, filter.params);
      const walked =
        reception && reception.newer > 0 && reception.window.high >= reception.window.low
          ? walkReceptionDates(db, {
              sql: `SELECT ${SUMMARY_COLUMNS} FROM dossiers INDEXED BY dossiers_received WHERE 1 ${filter.sql}
                    ORDER BY received_at DESC, search_seq DESC`,
              params: filter.params,
              typed: [...new Set(words)],
              limit,
              newer: reception.newer,
            })
          : null;
      const bounded = reception ? 'AND dossier_search.rowid BETWEEN @low AND @high' : '';
      rows =
        walked ??
        select(
          `SELECT ${SUMMARY_COLUMNS} FROM dossier_search CROSS JOIN dossiers ON search_seq = dossier_search.rowid
           WHERE dossier_search MATCH @match ${bounded} ${filter.sql} ORDER BY dossier_search.rowid DESC LIMIT @limit`,
          reception ? { match, ...reception.window } : { match },
        );
    }
  }
  return rows;
}

/**
 * For a date range: the stretch of reception order (search_seq) that holds every dossier received in
 * it (without it a few words and a day three years ago read every newer match first, 1.5 s on a
 * million dossiers), and how many dossiers were received after it (`newer`). Reception times grow
 * with reception order except where a PC clock was set back: the ends are the first and last dossier
 * of the range in that order (two seeks on dossiers_received that step over the listed exceptions),
 * widened to the exceptions received in the range (migration 0013). A wider stretch costs time, never
 * a result.
 */
function receptionWindow(db: Db, params: Record<string, string>): { window: { low: number; high: number }; newer: number } | null {
  const from = params.receivedFrom;
  const before = params.receivedBefore;
  if (from === undefined && before === undefined) return null;
  const top = nextSearchSeq(db) - 1;
  const inOrder = (sql: string, at: string) => (stmt(db, sql).get(at) as { search_seq: number } | undefined)?.search_seq ?? null;
  const notLate = 'NOT EXISTS (SELECT 1 FROM dossiers_received_late l WHERE l.search_seq = d.search_seq)';
  const first =
    from === undefined
      ? 1
      : inOrder(`SELECT search_seq FROM dossiers d WHERE received_at >= ? AND ${notLate} ORDER BY received_at, search_seq LIMIT 1`, from);
  const last =
    before === undefined
      ? top
      : inOrder(
          `SELECT search_seq FROM dossiers d WHERE received_at < ? AND ${notLate} ORDER BY received_at DESC, search_seq DESC LIMIT 1`,
          before,
        );
  const late = stmt(
    db,
    `SELECT min(search_seq) AS low, max(search_seq) AS high FROM dossiers_received_late
     WHERE received_at >= coalesce(@from, '') AND received_at < coalesce(@before, '${TOP}')`,
  ).get({ from: from ?? null, before: before ?? null }) as { low: number | null; high: number | null };
  const low = Math.min(first ?? Infinity, late.low ?? Infinity);
  const high = Math.max(last ?? -Infinity, late.high ?? -Infinity);
  // Nobody received in the range: nothing to search.
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) return { window: { low: 0, high: -1 }, newer: 0 };
  return { window: { low, high }, newer: top - high };
}

/** The optional filters of a search as SQL on the dossiers row, with named parameters. */
function searchFilter(input: ParsedInput<'searchDossiers'>): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  input.statuses?.forEach((status, i) => (params[`status${i}`] = status));
  if (input.statuses) clauses.push(`status IN (${input.statuses.map((_, i) => `@status${i}`).join(', ')})`);
  if (input.procedureId) {
    clauses.push('procedure_id = @procedureId');
    params.procedureId = input.procedureId;
  }
  if (input.receivedFrom) {
    clauses.push('received_at >= @receivedFrom');
    params.receivedFrom = instantOfLocal(input.receivedFrom, '00:00');
  }
  if (input.receivedTo) {
    clauses.push('received_at < @receivedBefore');
    params.receivedBefore = new Date(Date.parse(instantOfLocal(input.receivedTo, '00:00')) + DAY_MS).toISOString();
  }
  return { sql: clauses.map((c) => `AND ${c}`).join(' '), params };
}
