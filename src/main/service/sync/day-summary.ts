import type { DaySummary } from '../../../shared/api/sync';
import { RUNNING_STATUSES } from '../../../shared/dossier/dossier-state';
import { accountText } from '../../../shared/i18n/vi/accounts';
import { daySummaryCsvText as csvText } from '../../../shared/i18n/vi/sync';
import { formatDateTime, formatDay } from '../../../shared/time/format';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// The figures the head of the service point signs at the end of a day, from the queue's own timed
// history (ticket_events): every wait and service time is measured from the events, not estimated;
// and the dossiers received, returned and overdue, from the dossier tables.

interface TicketFigures {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  stillWaiting: number;
}

interface SummaryContext {
  pendingSync: number;
  lastSuccessAt: string | null;
  wardName: string;
  now: Date;
}

export function daySummary(db: Db, day: string, extra: SummaryContext): DaySummary {
  const counts = stmt(
    db,
    `SELECT COUNT(*) AS issued,
            COALESCE(SUM(state = 'done'), 0) AS served,
            COALESCE(SUM(state = 'no_show'), 0) AS noShow,
            COALESCE(SUM(state = 'cancelled'), 0) AS cancelled,
            COALESCE(SUM(state IN ('waiting','transferred')), 0) AS stillWaiting
     FROM tickets WHERE local_day = ?`,
  ).get(day) as TicketFigures;
  // Wait: from the issue to the first call. Service: from the first start to the last finish.
  const times = stmt(
    db,
    `WITH day_tickets AS (SELECT id FROM tickets WHERE local_day = ?),
     marks AS (
       SELECT e.ticket_id,
              MIN(CASE WHEN e.action = 'issue' THEN e.at END) AS issued_at,
              MIN(CASE WHEN e.action = 'call' THEN e.at END) AS called_at,
              MIN(CASE WHEN e.action = 'start' THEN e.at END) AS started_at,
              MAX(CASE WHEN e.action = 'finish' THEN e.at END) AS finished_at
       FROM ticket_events e JOIN day_tickets d ON d.id = e.ticket_id
       GROUP BY e.ticket_id
     )
     SELECT AVG((julianday(called_at) - julianday(issued_at)) * 86400) AS wait,
            (SELECT AVG((julianday(finished_at) - julianday(started_at)) * 86400) FROM marks
              WHERE started_at IS NOT NULL AND finished_at IS NOT NULL) AS service
     FROM marks WHERE issued_at IS NOT NULL AND called_at IS NOT NULL`,
  ).get(day) as { wait: number | null; service: number | null };
  const tickets = {
    ...counts,
    averageWaitSeconds: times.wait === null ? null : Math.round(times.wait),
    averageServiceSeconds: times.service === null ? null : Math.round(times.service),
  };
  const summary = {
    day,
    tickets,
    clerks: clerkFigures(db, day),
    dossiers: dossierFigures(db, day),
    ...breakdown(db, day),
    dossiersPending: pendingDossiers(db),
    wardName: extra.wardName,
    pendingSync: extra.pendingSync,
    lastSuccessAt: extra.lastSuccessAt,
    generatedAt: extra.now.toISOString(),
  };
  return { ...summary, csv: daySummaryCsv(summary) };
}

const round = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds));

/**
 * By service: the service the citizen asked for at the kiosk (a ticket transferred on still counts
 * where it started). By counter: the counter that first called it, which is whose line it was.
 */
function breakdown(db: Db, day: string): Pick<DaySummary, 'byService' | 'byCounter'> {
  const firstCalls = `first_calls AS (
       SELECT e.ticket_id, e.counter_id, e.at,
              ROW_NUMBER() OVER (PARTITION BY e.ticket_id ORDER BY e.at, e.rowid) AS n
       FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE t.local_day = ? AND e.action = 'call'
     )`;
  const byService = stmt(
    db,
    `WITH ${firstCalls}
     SELECT s.id AS serviceId, s.name, COUNT(*) AS issued,
            COALESCE(SUM(t.state = 'done'), 0) AS served, COALESCE(SUM(t.state = 'no_show'), 0) AS noShow,
            AVG((julianday(c.at) - julianday(t.issued_at)) * 86400) AS wait
     FROM tickets t JOIN services s ON s.id = t.issued_service_id
     LEFT JOIN first_calls c ON c.ticket_id = t.id AND c.n = 1
     WHERE t.local_day = ?
     GROUP BY s.id ORDER BY s.sort_order, s.name`,
  ).all(day, day) as { serviceId: string; name: string; issued: number; served: number; noShow: number; wait: number | null }[];
  const byCounter = stmt(
    db,
    `WITH ${firstCalls}
     SELECT k.id AS counterId, k.number, k.name, COUNT(*) AS called,
            COALESCE(SUM(t.state = 'done'), 0) AS served, COALESCE(SUM(t.state = 'no_show'), 0) AS noShow,
            AVG((julianday(c.at) - julianday(t.issued_at)) * 86400) AS wait
     FROM first_calls c JOIN tickets t ON t.id = c.ticket_id JOIN counters k ON k.id = c.counter_id
     WHERE c.n = 1
     GROUP BY k.id ORDER BY k.number`,
  ).all(day) as { counterId: string; number: number; name: string; called: number; served: number; noShow: number; wait: number | null }[];
  return {
    byService: byService.map(({ wait, ...r }) => ({ ...r, averageWaitSeconds: round(wait) })),
    byCounter: byCounter.map(({ wait, ...r }) => ({ ...r, averageWaitSeconds: round(wait) })),
  };
}

function pendingDossiers(db: Db): number {
  const running = RUNNING_STATUSES.map(() => '?').join(',');
  return (stmt(db, `SELECT COUNT(*) AS n FROM dossiers WHERE status IN (${running})`).get(...RUNNING_STATUSES) as { n: number }).n;
}

/**
 * A ticket counts for the clerk who finished it; its service time runs from its first start to that
 * finish, whoever started it (a ticket handed over mid-service is the finishing clerk's result).
 */
function clerkFigures(db: Db, day: string): DaySummary['clerks'] {
  const rows = stmt(
    db,
    `WITH day_tickets AS (SELECT id FROM tickets WHERE local_day = ?),
     finishes AS (
       SELECT e.ticket_id, e.clerk_id, e.at,
              ROW_NUMBER() OVER (PARTITION BY e.ticket_id ORDER BY e.at DESC, e.rowid DESC) AS n
       FROM ticket_events e JOIN day_tickets d ON d.id = e.ticket_id WHERE e.action = 'finish'
     ),
     starts AS (
       SELECT e.ticket_id, MIN(e.at) AS at FROM ticket_events e JOIN day_tickets d ON d.id = e.ticket_id
       WHERE e.action = 'start' GROUP BY e.ticket_id
     )
     SELECT f.clerk_id AS clerkId, c.full_name AS fullName, COUNT(*) AS served,
            AVG(CASE WHEN s.at IS NOT NULL THEN (julianday(f.at) - julianday(s.at)) * 86400 END) AS service
     FROM finishes f LEFT JOIN starts s ON s.ticket_id = f.ticket_id LEFT JOIN clerks c ON c.id = f.clerk_id
     WHERE f.n = 1
     GROUP BY f.clerk_id ORDER BY served DESC, c.full_name`,
  ).all(day) as { clerkId: string | null; fullName: string | null; served: number; service: number | null }[];
  return rows.map((r) => ({
    clerkId: r.clerkId,
    fullName: r.fullName,
    served: r.served,
    averageServiceSeconds: r.service === null ? null : Math.round(r.service),
  }));
}

/**
 * Received: taken at the counter that Hanoi day (whatever day they count from). Returned: results
 * handed back that day. Overdue: dossiers the ward still holds with the clock running whose due day
 * is before the day, as they stand now (a past day's summary shows today's statuses).
 */
function dossierFigures(db: Db, day: string): DaySummary['dossiers'] {
  const byField = stmt(
    db,
    `SELECT json_extract(data, '$.procedure.field') AS field, COUNT(*) AS count FROM dossiers
     WHERE date(received_at, '+7 hours') = ? GROUP BY field ORDER BY count DESC, field`,
  ).all(day) as { field: string; count: number }[];
  const returned = stmt(db, `SELECT COUNT(*) AS n FROM dossier_events WHERE action = 'return_result' AND date(at, '+7 hours') = ?`).get(
    day,
  ) as { n: number };
  const running = RUNNING_STATUSES.map(() => '?').join(',');
  const overdue = stmt(db, `SELECT COUNT(*) AS n FROM dossiers WHERE status IN (${running}) AND due_day < ?`).get(
    ...RUNNING_STATUSES,
    day,
  ) as { n: number };
  return {
    received: byField.reduce((sum, f) => sum + f.count, 0),
    byField,
    returned: returned.n,
    overdue: overdue.n,
  };
}

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The summary as the CSV a head of service point opens in a spreadsheet: label, value; RFC 4180 quoting. */
export function daySummaryCsv(s: Omit<DaySummary, 'csv'>): string {
  const rows: [string, string | number | null][] = [
    [csvText.ward, s.wardName],
    [csvText.day, formatDay(s.day)],
    [csvText.issued, s.tickets.issued],
    [csvText.served, s.tickets.served],
    [csvText.noShow, s.tickets.noShow],
    [csvText.cancelled, s.tickets.cancelled],
    [csvText.stillWaiting, s.tickets.stillWaiting],
    [csvText.averageWaitSeconds, s.tickets.averageWaitSeconds],
    [csvText.averageServiceSeconds, s.tickets.averageServiceSeconds],
  ];
  for (const c of s.clerks) {
    const name = c.fullName ?? accountText.noClerk;
    rows.push([csvText.clerkServed(name), c.served], [csvText.clerkAverageService(name), c.averageServiceSeconds]);
  }
  for (const v of s.byService) {
    rows.push(
      [csvText.serviceIssued(v.name), v.issued],
      [csvText.serviceServed(v.name), v.served],
      [csvText.serviceNoShow(v.name), v.noShow],
      [csvText.serviceAverageWait(v.name), v.averageWaitSeconds],
    );
  }
  for (const c of s.byCounter) {
    rows.push(
      [csvText.counterCalled(c.name), c.called],
      [csvText.counterServed(c.name), c.served],
      [csvText.counterNoShow(c.name), c.noShow],
      [csvText.counterAverageWait(c.name), c.averageWaitSeconds],
    );
  }
  rows.push([csvText.dossiersReceived, s.dossiers.received]);
  for (const f of s.dossiers.byField) rows.push([csvText.dossiersByField(f.field), f.count]);
  rows.push(
    [csvText.dossiersReturned, s.dossiers.returned],
    [csvText.dossiersOverdue, s.dossiers.overdue],
    [csvText.dossiersPending, s.dossiersPending],
  );
  rows.push(
    [csvText.pendingSync, s.pendingSync],
    [csvText.lastSuccess, s.lastSuccessAt && formatDateTime(s.lastSuccessAt)],
    [csvText.generatedAt, formatDateTime(s.generatedAt)],
  );
  return [csvText.header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
