import { localDay } from '../../../shared/time/local-time';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { queueDetail } from '../../../shared/i18n/vi/queue';
import { ApiError } from '../api-error';
import { readTicketRow, type TicketRow } from './ticket-rows';
import type { Caller } from '../caller';

// Reads the queue's commands and reads share. Each takes the handle to read through: a command
// passes its transaction's, so it sees its own uncommitted rows.

export interface ServiceRow {
  id: string;
  name: string;
  letter: string;
  daily_capacity: number | null;
  minutes_per_ticket: number;
  active: 0 | 1;
}

export interface CounterRow {
  id: string;
  number: number;
  name: string;
  active: 0 | 1;
}

// Queues are per local day: numbers restart at local midnight, so a ticket left over from an earlier
// day is never called (today someone else holds its number) nor counted as waiting.
export const WAITING = `state IN ('waiting','transferred')`;

export function serviceById(db: Db, id: string): ServiceRow {
  const row = stmt(db, 'SELECT * FROM services WHERE id = ?').get(id) as ServiceRow | undefined;
  if (!row) throw new ApiError('service_not_found');
  return row;
}

export function activeCounter(db: Db, number: number): CounterRow {
  const row = stmt(db, 'SELECT * FROM counters WHERE number = ?').get(number) as CounterRow | undefined;
  if (!row || !row.active) throw new ApiError('counter_not_found', queueDetail.counter(number));
  return row;
}

export function ticketById(db: Db, id: string): TicketRow {
  const row = readTicketRow(db, id);
  if (!row) throw new ApiError('ticket_not_found');
  return row;
}

export function serviceIdsOf(db: Db, counterId: string): string[] {
  return (stmt(db, 'SELECT service_id FROM counter_services WHERE counter_id = ?').all(counterId) as { service_id: string }[]).map(
    (r) => r.service_id,
  );
}

export function countersServing(db: Db, serviceId: string): number {
  return (
    stmt(
      db,
      'SELECT COUNT(*) AS n FROM counter_services cs JOIN counters c ON c.id = cs.counter_id WHERE cs.service_id = ? AND c.active = 1',
    ).get(serviceId) as { n: number }
  ).n;
}

export function otherCounterServes(db: Db, serviceId: string, counterId: string): boolean {
  return (
    stmt(
      db,
      'SELECT 1 FROM counter_services cs JOIN counters c ON c.id = cs.counter_id WHERE cs.service_id = ? AND c.active = 1 AND c.id <> ?',
    ).get(serviceId, counterId) !== undefined
  );
}

export function issuedToday(db: Db, serviceId: string, day: string): number {
  const row = stmt(db, 'SELECT last_number FROM ticket_sequences WHERE service_id = ? AND local_day = ?').get(serviceId, day) as
    { last_number: number } | undefined;
  return row?.last_number ?? 0;
}

/** People a citizen has ahead in the line: a new ticket (no `self`) or one already waiting. */
export function aheadOf(db: Db, serviceId: string, day: string, priority: boolean, self?: TicketRow): number {
  if (!self) {
    // A new ticket joins behind everyone (behind the other priority tickets when it has priority):
    // the counts the queue_waiting triggers keep answer that without reading the line.
    const sql = `SELECT COALESCE(SUM(n), 0) AS n FROM queue_waiting WHERE service_id = ? AND local_day = ?${priority ? ' AND priority = 1' : ''}`;
    return (stmt(db, sql).get(serviceId, day) as { n: number }).n;
  }
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM tickets WHERE service_id = ? AND local_day = ? AND ${WAITING} AND target_counter_id IS NULL
         AND (priority > ? OR (priority = ? AND queue_seq < ?))`,
    ).get(serviceId, day, self.priority, self.priority, self.queue_seq) as { n: number }
  ).n;
}

/**
 * A ticket a counter sent on to "any counter" is for the others: calling it back would return the
 * citizen to the desk that just sent them away. Holds while the ticket waits as transferred; once
 * another counter calls it, it is theirs.
 */
export const NOT_SENT_AWAY_BY = `NOT (state = 'transferred' AND counter_id IS ?)`;

/** The first ticket of each queue this counter serves; "call next" takes the best of them. */
export function headsFor(db: Db, counterId: string, day: string): { priority: boolean; queueSeq: number; id: string; row: TicketRow }[] {
  const heads: TicketRow[] = [];
  const head = stmt(
    db,
    `SELECT * FROM tickets WHERE service_id = ? AND ${WAITING} AND target_counter_id IS NULL AND local_day = ? AND ${NOT_SENT_AWAY_BY}
     ORDER BY priority DESC, queue_seq LIMIT 1`,
  );
  for (const serviceId of serviceIdsOf(db, counterId)) {
    const row = head.get(serviceId, day, counterId) as TicketRow | undefined;
    if (row) heads.push(row);
  }
  const targeted = stmt(
    db,
    `SELECT * FROM tickets WHERE target_counter_id = ? AND ${WAITING} AND local_day = ? ORDER BY priority DESC, queue_seq LIMIT 1`,
  ).get(counterId, day) as TicketRow | undefined;
  if (targeted) heads.push(targeted);
  return heads.map((row) => ({ priority: row.priority === 1, queueSeq: row.queue_seq, id: row.id, row }));
}

/**
 * The queue day: the Hanoi date of `now`. Until the city's time is known, never earlier than a day the
 * line already has tickets for: a PC clock set back across midnight would otherwise hide today's line
 * and restart numbering. Once it is known, its day is the day: a later day in the line was filed under
 * a clock running ahead (the city flags those tickets), and today's work must not join it.
 */
export function queueDay(db: Db, now: Date, cityTimeKnown: boolean): string {
  const today = localDay(now);
  if (cityTimeKnown) return today;
  const latest = (stmt(db, 'SELECT MAX(local_day) AS day FROM tickets').get() as { day: string | null }).day;
  return latest !== null && latest > today ? latest : today;
}

/**
 * Whether a counter may act on a ticket: one it holds or held (called, serving, its own no-show), one
 * sent to it, or one waiting in a queue it serves. The transport already checked that a paired counter
 * device acts only as its own counter; this checks the ticket belongs to that counter's work.
 */
export function counterMayTouch(db: Db, counterId: string, row: TicketRow): boolean {
  switch (row.state) {
    case 'called':
    case 'serving':
    case 'no_show':
      return row.counter_id === counterId;
    case 'waiting':
    case 'transferred':
      if (row.target_counter_id !== null) return row.target_counter_id === counterId;
      return row.counter_id === counterId || serviceIdsOf(db, counterId).includes(row.service_id);
    default:
      // Finished tickets allow no action at all; the state machine says so with its own message.
      return true;
  }
}

/** A paired device may print only the tickets it issued itself; the ward PC may print any. */
export function callerIssued(db: Db, caller: Caller, ticketId: string): boolean {
  if (caller.deviceId === null) return true;
  return (
    stmt(db, `SELECT 1 FROM ticket_events WHERE ticket_id = ? AND action = 'issue' AND device_id = ?`).get(ticketId, caller.deviceId) !==
    undefined
  );
}
