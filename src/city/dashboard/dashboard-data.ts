// What the city dashboard shows: every ward and device with its sync health.
import { RUNNING_STATUSES } from '../../shared/dossier/dossier-state';
import { localDay } from '../../shared/time/local-time';
import type { CityDb } from '../db/adapter';

export interface WardRow {
  code: string;
  name: string;
  devices: number;
  ticketsToday: number;
  openIncidents: number;
  /** Open flags of tickets and dossier codes filed under a day the city judges wrong. */
  misdated: number;
  parked: number;
  /** Dossiers handed in today (Hanoi day of reception at the counter). */
  dossiersToday: number;
  /** Dossiers past their appointment while the ward's clock runs on them (the counter's overdue list). */
  dossiersOverdue: number;
}

export interface DeviceRow {
  id: string;
  wardCode: string;
  wardName: string;
  slot: number;
  status: string;
  lastSeq: number;
  lastPushAt: Date | null;
  lastPullAt: Date | null;
  backlog: number | null;
  oldestPendingAt: Date | null;
  clockOffsetMs: number | null;
  appVersion: string | null;
  /** Active and not heard from (push or pull) for longer than the threshold. */
  silent: boolean;
}

export async function wardRows(db: CityDb, now: Date): Promise<WardRow[]> {
  const rows = await db.query<{
    code: string;
    name: string;
    devices: number;
    tickets: number;
    incidents: number;
    misdated: number;
    parked: number;
    dossiers_today: number;
    dossiers_overdue: number;
  }>(
    `SELECT w.code, w.name,
       (SELECT count(*)::int FROM devices d WHERE d.ward_code = w.code AND d.status = 'active') AS devices,
       (SELECT count(*)::int FROM tickets t WHERE t.ward_code = w.code AND t.local_day = $1) AS tickets,
       (SELECT count(*)::int FROM incidents i WHERE i.ward_code = w.code AND i.resolved_at IS NULL AND i.judged_day IS NULL) AS incidents,
       (SELECT count(*)::int FROM incidents i WHERE i.ward_code = w.code AND i.resolved_at IS NULL AND i.judged_day IS NOT NULL) AS misdated,
       (SELECT count(*)::int FROM mutations m WHERE m.ward_code = w.code AND m.status = 'parked') AS parked,
       (SELECT count(*)::int FROM dossiers x WHERE x.ward_code = w.code AND x.received_day = $1) AS dossiers_today,
       (SELECT count(*)::int FROM dossiers x WHERE x.ward_code = w.code AND x.due_at < $2 AND x.status = ANY($3::text[])) AS dossiers_overdue
     FROM wards w ORDER BY w.code`,
    // The running statuses are the partial index's (migration 0012): the planner uses it only for these.
    [localDay(now), now, RUNNING_STATUSES],
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    devices: r.devices,
    ticketsToday: r.tickets,
    openIncidents: r.incidents,
    misdated: r.misdated,
    parked: r.parked,
    dossiersToday: r.dossiers_today,
    dossiersOverdue: r.dossiers_overdue,
  }));
}

export async function deviceRows(db: CityDb, now: Date, silentAfterMs: number): Promise<DeviceRow[]> {
  const rows = await db.query<{
    id: string;
    ward_code: string;
    name: string;
    slot: number;
    status: string;
    last_seq: number;
    last_push_at: Date | null;
    last_pull_at: Date | null;
    reported_backlog: number | null;
    oldest_pending_at: Date | null;
    clock_offset_ms: number | null;
    app_version: string | null;
  }>(
    `SELECT d.id, d.ward_code, w.name, d.slot, d.status, d.last_seq, d.last_push_at, d.last_pull_at, d.reported_backlog,
       d.oldest_pending_at, d.clock_offset_ms, d.app_version
     FROM devices d JOIN wards w ON w.code = d.ward_code ORDER BY d.ward_code, d.slot, d.enrolled_at`,
  );
  return rows.map((r) => {
    const heard = Math.max(r.last_push_at?.getTime() ?? 0, r.last_pull_at?.getTime() ?? 0);
    return {
      id: r.id,
      wardCode: r.ward_code,
      wardName: r.name,
      slot: r.slot,
      status: r.status,
      lastSeq: r.last_seq,
      lastPushAt: r.last_push_at,
      lastPullAt: r.last_pull_at,
      backlog: r.reported_backlog,
      oldestPendingAt: r.oldest_pending_at,
      clockOffsetMs: r.clock_offset_ms,
      appVersion: r.app_version,
      silent: r.status === 'active' && now.getTime() - heard > silentAfterMs,
    };
  });
}

export interface ClerkServedRow {
  wardCode: string;
  clerkId: string;
  /** The clerk's full name from the ward's `clerk.save@1` records; the id while none has arrived. */
  name: string;
  /** Tickets of today (Hanoi) this clerk finished. */
  served: number;
}

/**
 * Today's tickets served per clerk, per ward: counted on the finish event, whose clerk is the one who
 * served the citizen (another may have called the ticket). Events with no clerk signed in are left out.
 */
export async function clerkServedRows(db: CityDb, now: Date): Promise<ClerkServedRow[]> {
  const rows = await db.query<{ ward_code: string; clerk_id: string; full_name: string | null; served: number }>(
    // From wards, so the (ward_code, local_day) index finds each ward's day.
    `SELECT w.code AS ward_code, e.clerk_id::text AS clerk_id, r.payload->>'fullName' AS full_name, count(*)::int AS served
     FROM wards w
       JOIN tickets t ON t.ward_code = w.code AND t.local_day = $1
       JOIN ticket_events e ON e.ward_code = t.ward_code AND e.ticket_id = t.id AND e.action = 'finish' AND e.clerk_id IS NOT NULL
       LEFT JOIN ward_records r ON r.ward_code = w.code AND r.entity = 'clerk' AND r.entity_id = e.clerk_id::text
     GROUP BY w.code, e.clerk_id, r.payload->>'fullName'
     ORDER BY w.code, served DESC, clerk_id`,
    [localDay(now)],
  );
  return rows.map((r) => ({ wardCode: r.ward_code, clerkId: r.clerk_id, name: r.full_name ?? r.clerk_id, served: r.served }));
}

export interface MisdatedRow {
  wardCode: string;
  kind: 'ticket' | 'dossier_code';
  /** As printed: the ticket's `day/number`, or the dossier code. */
  number: string;
  judgedDay: string;
  deviceId: string | null;
  flaggedAt: Date;
}

/** The most recent open flags of rows filed under a day the city judges wrong, for a human to settle. */
export async function misdatedRows(db: CityDb, limit = 200): Promise<MisdatedRow[]> {
  const rows = await db.query<{
    ward_code: string;
    kind: string;
    number: string;
    judged_day: string;
    device_id: string | null;
    created_at: Date;
  }>(
    `SELECT ward_code, kind, number, judged_day, device_id::text AS device_id, created_at FROM incidents
     WHERE judged_day IS NOT NULL AND resolved_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    wardCode: r.ward_code,
    kind: r.kind === 'misdated_ticket' ? 'ticket' : 'dossier_code',
    number: r.number,
    judgedDay: r.judged_day,
    deviceId: r.device_id,
    flaggedAt: r.created_at,
  }));
}
