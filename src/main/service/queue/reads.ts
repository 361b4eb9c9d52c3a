import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Board, Ticket } from '../../../shared/api/schemas';
import { queueDetail } from '../../../shared/i18n/vi/queue';
import { estimateWaitMinutes } from '../../../shared/queue/wait-estimate';
import type { SettingsStore } from '../config/settings-store';
import type { DatingClock } from '../clock/city-clock';
import type { HealthMonitor } from '../health/health-monitor';
import type { Db } from '../db/open-database';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import { stmt } from '../db/statements';
import {
  activeCounter,
  aheadOf,
  callerIssued,
  countersServing,
  queueDay,
  serviceById,
  serviceIdsOf,
  NOT_SENT_AWAY_BY,
  ticketById,
  WAITING,
  type ServiceRow,
} from './lookups';
import { readTicket, readTickets } from './ticket-rows';

const RECENT_CALLS = 10;
/** How many of the next tickets the counter sees by number, per service. */
const NEXT_SHOWN = 5;

/** What the counter, kiosk and display pages show; read through the read-only handle. */
export class QueueReads {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsStore,
    /** The ward's name as citizens read it (config/ward-name.ts). */
    private readonly wardName: () => string,
    private readonly clock: DatingClock,
    private readonly health: HealthMonitor,
  ) {}

  private now(): Date {
    return this.clock.now();
  }

  private today(db: Db, now: Date): string {
    return queueDay(db, now, this.clock.knowsCityTime());
  }

  getCounterState(input: ParsedInput<'getCounterState'>): MethodOutput<'getCounterState'> {
    const db = this.db;
    const counter = activeCounter(db, input.counterNumber);
    const day = this.today(db, this.now());
    const serviceIds = serviceIdsOf(db, counter.id);
    const current = readTickets(db, `t.counter_id = ? AND t.state IN ('called','serving')`, [counter.id], 'LIMIT 1')[0] ?? null;
    const inLine = `${WAITING} AND local_day = ? AND ${NOT_SENT_AWAY_BY}`;
    const lineOf = (where: string, key: string) => {
      const counts = stmt(
        db,
        `SELECT COUNT(*) AS waiting, COALESCE(SUM(priority), 0) AS priority FROM tickets WHERE ${where} AND ${inLine}`,
      ).get(key, day, counter.id) as { waiting: number; priority: number };
      const next = stmt(
        db,
        `SELECT t.display_number, p.name AS priority_name FROM tickets t
           LEFT JOIN priority_categories p ON p.id = t.priority_category_id
         WHERE t.id IN (SELECT id FROM tickets WHERE ${where} AND ${inLine} ORDER BY priority DESC, queue_seq LIMIT ${NEXT_SHOWN})
         ORDER BY t.priority DESC, t.queue_seq`,
      ).all(key, day, counter.id) as { display_number: string; priority_name: string | null }[];
      return {
        waiting: counts.waiting,
        priorityWaiting: counts.priority,
        next: next.map((t) => ({ displayNumber: t.display_number, priorityName: t.priority_name })),
      };
    };
    const services = stmt(
      db,
      `SELECT s.id, s.name, s.letter FROM counter_services cs JOIN services s ON s.id = cs.service_id
       WHERE cs.counter_id = ? ORDER BY s.sort_order, s.name`,
    ).all(counter.id) as { id: string; name: string; letter: string }[];
    const waiting = services.map((s) => ({
      serviceId: s.id,
      name: s.name,
      letter: s.letter,
      ...lineOf('service_id = ? AND target_counter_id IS NULL', s.id),
    }));
    const targeted = lineOf('target_counter_id = ?', counter.id);
    if (targeted.waiting > 0)
      waiting.unshift({ serviceId: counter.id, name: queueDetail.transferredToCounter(counter.number), letter: '→', ...targeted });
    const noShows = readTickets(
      db,
      `t.local_day = ? AND t.state = 'no_show' AND t.counter_id = ?`,
      [day, counter.id],
      'ORDER BY t.called_at DESC LIMIT 50',
    );
    return {
      counter: { id: counter.id, number: counter.number, name: counter.name, serviceIds, active: counter.active === 1 },
      current,
      waiting,
      noShows,
    };
  }

  listTickets(input: ParsedInput<'listTickets'>): MethodOutput<'listTickets'> {
    const day = input.day ?? this.today(this.db, this.now());
    const clauses = ['t.local_day = ?'];
    const params: unknown[] = [day];
    if (input.states?.length) {
      clauses.push(`t.state IN (${input.states.map(() => '?').join(',')})`);
      params.push(...input.states);
    }
    if (input.printFailedOnly) clauses.push(`t.print_status = 'failed'`);
    params.push(input.limit ?? 500);
    return { tickets: readTickets(this.db, clauses.join(' AND '), params, 'ORDER BY t.issued_at DESC LIMIT ?') };
  }

  /** Facts the printed ticket states, computed now (a reprint shows the current line). */
  ticketDocumentFacts(ticketId: string, caller: Caller): { ticket: Ticket; ahead: number; estimatedCallAt: string } {
    const db = this.db;
    const row = ticketById(db, ticketId);
    if (!callerIssued(db, caller, row.id)) throw new ApiError('ticket_not_yours');
    const service = serviceById(db, row.service_id);
    const now = this.now();
    const waiting = row.state === 'waiting' || row.state === 'transferred';
    const ahead = waiting ? aheadOf(db, row.service_id, row.local_day, row.priority === 1, row) : 0;
    const minutes = estimateWaitMinutes({ ahead, counters: countersServing(db, service.id), minutesPerTicket: service.minutes_per_ticket });
    return { ticket: readTicket(db, ticketId)!, ahead, estimatedCallAt: new Date(now.getTime() + minutes * 60_000).toISOString() };
  }

  getBoard(): MethodOutput<'getBoard'> {
    const db = this.db;
    const now = this.now();
    const day = this.today(db, now);
    // Every board read on every screen follows each call: its counts must not grow with the line. The
    // shared line comes from the queue_waiting counts (migration 0012); the few tickets sent to one
    // counter from the partial index that holds only those, one seek per counter and day (CROSS JOIN
    // keeps the counters outside, so the index is searched rather than read whole).
    const services = stmt(
      db,
      `WITH sent AS (
         SELECT t.service_id, COUNT(*) AS n FROM counters c
           CROSS JOIN tickets t INDEXED BY tickets_targeted ON t.target_counter_id = c.id AND t.local_day = ? AND t.${WAITING}
         GROUP BY t.service_id)
       SELECT s.*,
              (SELECT COALESCE(SUM(w.n), 0) FROM queue_waiting w WHERE w.service_id = s.id AND w.local_day = ?)
                + COALESCE((SELECT n FROM sent WHERE sent.service_id = s.id), 0) AS waiting,
              (SELECT last_number FROM ticket_sequences q WHERE q.service_id = s.id AND q.local_day = ?) AS issued,
              (SELECT COUNT(*) FROM counter_services cs JOIN counters c ON c.id = cs.counter_id
                 WHERE cs.service_id = s.id AND c.active = 1) AS counters
       FROM services s WHERE s.active = 1 ORDER BY s.sort_order, s.name`,
    ).all(day, day, day) as (ServiceRow & { waiting: number; issued: number | null; counters: number })[];
    const counters = stmt(
      db,
      `SELECT c.number, c.name, t.id AS ticket_id, t.display_number, t.state, t.called_at
       FROM counters c LEFT JOIN tickets t ON t.counter_id = c.id AND t.state IN ('called','serving')
       WHERE c.active = 1 ORDER BY c.number`,
    ).all() as {
      number: number;
      name: string;
      ticket_id: string | null;
      display_number: string;
      state: 'called' | 'serving';
      called_at: string;
    }[];
    const recent = stmt(
      db,
      `SELECT t.id, t.display_number, t.announced_at, c.number AS counter_number, s.name AS service_name
       FROM tickets t JOIN counters c ON c.id = t.counter_id JOIN services s ON s.id = t.service_id
       WHERE t.local_day = ? AND t.announced_at IS NOT NULL ORDER BY t.announced_at DESC LIMIT ${RECENT_CALLS}`,
    ).all(day) as { id: string; display_number: string; announced_at: string; counter_number: number; service_name: string }[];
    const priorities = stmt(db, 'SELECT id, name FROM priority_categories WHERE active = 1 ORDER BY sort_order, name').all() as {
      id: string;
      name: string;
    }[];
    const settings = this.settings.get();
    const board: Board = {
      wardName: this.wardName(),
      now: now.toISOString(),
      announceRepeat: settings.announceRepeat,
      services: services.map((s) => ({
        id: s.id,
        name: s.name,
        letter: s.letter,
        waiting: s.waiting,
        estimatedWaitMinutes: estimateWaitMinutes({ ahead: s.waiting, counters: s.counters, minutesPerTicket: s.minutes_per_ticket }),
        remainingToday: s.daily_capacity === null ? null : Math.max(0, s.daily_capacity - (s.issued ?? 0)),
      })),
      counters: counters.map((c) => ({
        number: c.number,
        name: c.name,
        current: c.ticket_id ? { ticketId: c.ticket_id, displayNumber: c.display_number, state: c.state, calledAt: c.called_at } : null,
      })),
      recentCalls: recent.map((r) => ({
        ticketId: r.id,
        displayNumber: r.display_number,
        counterNumber: r.counter_number,
        serviceName: r.service_name,
        at: r.announced_at,
      })),
      priorityCategories: priorities,
      health: this.health.health(),
    };
    return board;
  }
}
