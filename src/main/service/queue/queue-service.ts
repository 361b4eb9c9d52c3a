import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Board, Ticket } from '../../../shared/api/schemas';
import { ticketStateLabels } from '../../../shared/i18n/vi';
import { formatDisplayNumber } from '../../../shared/queue/display-number';
import { pickNext } from '../../../shared/queue/queue-order';
import { transition, type TicketAction } from '../../../shared/queue/ticket-state';
import { estimateWaitMinutes } from '../../../shared/queue/wait-estimate';
import { localDay } from '../../../shared/time/local-time';
import { ApiError } from '../api-error';
import { actorOf, type Caller } from '../caller';
import type { Db } from '../db/open-database';
import { inTransaction, stmt } from '../db/statements';
import type { EventBus } from '../events';
import { appendOutbox } from '../sync/outbox';
import { readTicket, readTicketRow, readTickets, type TicketRow } from './ticket-rows';
import type { SettingsStore } from '../config/settings-store';

interface ServiceRow {
  id: string;
  name: string;
  letter: string;
  daily_capacity: number | null;
  minutes_per_ticket: number;
  active: 0 | 1;
}
interface CounterRow {
  id: string;
  number: number;
  name: string;
  active: 0 | 1;
}

// Queues are per local day: numbers restart at local midnight, so a ticket left over from an earlier
// day is never called (today someone else holds its number) nor counted as waiting.
const WAITING = `state IN ('waiting','transferred')`;
const RECENT_CALLS = 10;

export class QueueService {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly settings: SettingsStore,
    private readonly now: () => Date,
  ) {}

  issueTicket(input: ParsedInput<'issueTicket'>, caller: Caller): MethodOutput<'issueTicket'> {
    const now = this.now();
    const day = localDay(now);
    const result = inTransaction(this.db, () => {
      const service = this.service(input.serviceId);
      if (!service.active) throw new ApiError('service_inactive');
      const priorityId = input.priorityCategoryId ?? null;
      if (priorityId && !stmt(this.db, 'SELECT 1 FROM priority_categories WHERE id = ? AND active = 1').get(priorityId))
        throw new ApiError('priority_not_found');

      const issued = this.issuedToday(service.id, day);
      if (service.daily_capacity !== null && issued >= service.daily_capacity) throw new ApiError('capacity_reached');
      const number = issued + 1;
      stmt(
        this.db,
        `INSERT INTO ticket_sequences (service_id, local_day, last_number) VALUES (?, ?, ?)
         ON CONFLICT (service_id, local_day) DO UPDATE SET last_number = excluded.last_number`,
      ).run(service.id, day, number);

      const ahead = this.aheadOf(service.id, day, priorityId !== null);
      const id = uuidv7();
      const at = now.toISOString();
      stmt(
        this.db,
        `INSERT INTO tickets (id, service_id, issued_service_id, local_day, number, display_number,
           priority_category_id, priority, state, issued_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)`,
      ).run(id, service.id, service.id, day, number, formatDisplayNumber(service.letter, number), priorityId, priorityId ? 1 : 0, at, at);
      this.record(id, 'issue', null, 'waiting', null, caller, now, { serviceId: service.id, priorityCategoryId: priorityId });
      const minutes = estimateWaitMinutes({
        ahead,
        counters: this.countersServing(service.id),
        minutesPerTicket: service.minutes_per_ticket,
      });
      return { ticket: readTicket(this.db, id)!, ahead, estimatedCallAt: new Date(now.getTime() + minutes * 60_000).toISOString() };
    });
    this.events.emit('board.changed', { at: now.toISOString() });
    return result;
  }

  callNext(input: ParsedInput<'callNext'>, caller: Caller): MethodOutput<'callNext'> {
    const now = this.now();
    const ticket = inTransaction(this.db, () => {
      const counter = this.counter(input.counterNumber);
      const busy = stmt(this.db, `SELECT display_number FROM tickets WHERE counter_id = ? AND state IN ('called','serving')`).get(
        counter.id,
      ) as { display_number: string } | undefined;
      if (busy) throw new ApiError('counter_busy', `(Số ${busy.display_number})`);

      const next = pickNext(this.headsFor(counter.id, localDay(now)));
      if (!next) return null;
      const at = now.toISOString();
      stmt(
        this.db,
        `UPDATE tickets SET state = 'called', counter_id = ?, target_counter_id = NULL, called_at = ?, announced_at = ?,
           serving_at = NULL, updated_at = ? WHERE id = ?`,
      ).run(counter.id, at, at, at, next.id);
      this.record(next.id, 'call', next.row.state, 'called', counter.id, caller, now);
      return readTicket(this.db, next.id)!;
    });
    if (ticket) this.announce(ticket, false, now);
    return { ticket };
  }

  recall(input: ParsedInput<'recall'>, caller: Caller): MethodOutput<'recall'> {
    const now = this.now();
    const ticket = this.act('recall', input, caller, now, (row, at) => {
      stmt(this.db, 'UPDATE tickets SET recall_count = recall_count + 1, announced_at = ?, updated_at = ? WHERE id = ?').run(
        at,
        at,
        row.id,
      );
    });
    this.announce(ticket, true, now);
    return { ticket };
  }

  startServing(input: ParsedInput<'startServing'>, caller: Caller): MethodOutput<'startServing'> {
    return this.simple('start', input, caller, 'serving_at');
  }

  finish(input: ParsedInput<'finish'>, caller: Caller): MethodOutput<'finish'> {
    return this.simple('finish', input, caller, 'finished_at');
  }

  markNoShow(input: ParsedInput<'markNoShow'>, caller: Caller): MethodOutput<'markNoShow'> {
    return this.simple('no_show', input, caller, null);
  }

  returnToQueue(input: ParsedInput<'returnToQueue'>, caller: Caller): MethodOutput<'returnToQueue'> {
    return this.simple('return_to_queue', input, caller, null);
  }

  cancel(input: ParsedInput<'cancel'>, caller: Caller): MethodOutput<'cancel'> {
    return this.simple('cancel', input, caller, 'finished_at', input.reason ? { reason: input.reason } : undefined);
  }

  transfer(input: ParsedInput<'transfer'>, caller: Caller): MethodOutput<'transfer'> {
    const now = this.now();
    if (!input.toServiceId && !input.toCounterNumber) throw new ApiError('transfer_target_required');
    const ticket = this.act('transfer', input, caller, now, (row, at) => {
      const serviceId = input.toServiceId ? this.service(input.toServiceId).id : row.service_id;
      const target = input.toCounterNumber ? this.counter(input.toCounterNumber) : null;
      if (serviceId === row.service_id && (!target || target.id === row.counter_id)) throw new ApiError('transfer_same_place');
      stmt(this.db, 'UPDATE tickets SET service_id = ?, target_counter_id = ?, updated_at = ? WHERE id = ?').run(
        serviceId,
        target?.id ?? null,
        at,
        row.id,
      );
      return { toServiceId: serviceId, toCounterNumber: target?.number ?? null };
    });
    return { ticket };
  }

  getCounterState(input: ParsedInput<'getCounterState'>): MethodOutput<'getCounterState'> {
    const counter = this.counter(input.counterNumber);
    const day = localDay(this.now());
    const serviceIds = this.serviceIdsOf(counter.id);
    const current = readTickets(this.db, `t.counter_id = ? AND t.state IN ('called','serving')`, [counter.id], 'LIMIT 1')[0] ?? null;
    const waiting = (
      stmt(
        this.db,
        `SELECT s.id, s.name, s.letter, s.sort_order,
           (SELECT COUNT(*) FROM tickets t WHERE t.service_id = s.id AND t.${WAITING} AND t.local_day = ? AND t.target_counter_id IS NULL) AS waiting
         FROM counter_services cs JOIN services s ON s.id = cs.service_id WHERE cs.counter_id = ? ORDER BY s.sort_order, s.name`,
      ).all(day, counter.id) as { id: string; name: string; letter: string; waiting: number }[]
    ).map((s) => ({ serviceId: s.id, name: s.name, letter: s.letter, waiting: s.waiting }));
    const targeted = stmt(this.db, `SELECT COUNT(*) AS n FROM tickets WHERE target_counter_id = ? AND ${WAITING} AND local_day = ?`).get(
      counter.id,
      day,
    ) as {
      n: number;
    };
    if (targeted.n > 0)
      waiting.unshift({ serviceId: counter.id, name: `Chuyển đến quầy ${counter.number}`, letter: '→', waiting: targeted.n });
    const noShows = readTickets(this.db, `t.local_day = ? AND t.state = 'no_show'`, [day], 'ORDER BY t.called_at DESC LIMIT 50');
    return {
      counter: { id: counter.id, number: counter.number, name: counter.name, serviceIds, active: counter.active === 1 },
      current,
      waiting,
      noShows,
    };
  }

  listTickets(input: ParsedInput<'listTickets'>): MethodOutput<'listTickets'> {
    const day = input.day ?? localDay(this.now());
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

  markTicketPrinted(input: ParsedInput<'markTicketPrinted'>, caller: Caller): MethodOutput<'markTicketPrinted'> {
    const now = this.now();
    const ticket = inTransaction(this.db, () => {
      const row = this.ticketRow(input.ticketId);
      const at = now.toISOString();
      stmt(this.db, 'UPDATE tickets SET print_status = ?, print_error = ?, updated_at = ? WHERE id = ?').run(
        input.ok ? 'printed' : 'failed',
        input.ok ? null : (input.error ?? 'Không rõ lỗi'),
        at,
        row.id,
      );
      this.record(
        row.id,
        input.ok ? 'printed' : 'print_failed',
        row.state,
        row.state,
        null,
        caller,
        now,
        input.ok ? undefined : { error: input.error },
      );
      return readTicket(this.db, row.id)!;
    });
    this.events.emit('board.changed', { at: now.toISOString() });
    return { ticket };
  }

  /** Facts the printed ticket states, computed now (a reprint shows the current line). */
  ticketDocumentFacts(ticketId: string): { ticket: Ticket; ahead: number; estimatedCallAt: string } {
    const row = this.ticketRow(ticketId);
    const service = this.service(row.service_id);
    const now = this.now();
    const waiting = row.state === 'waiting' || row.state === 'transferred';
    const ahead = waiting ? this.aheadOf(row.service_id, row.local_day, row.priority === 1, row) : 0;
    const minutes = estimateWaitMinutes({
      ahead,
      counters: this.countersServing(service.id),
      minutesPerTicket: service.minutes_per_ticket,
    });
    return { ticket: readTicket(this.db, ticketId)!, ahead, estimatedCallAt: new Date(now.getTime() + minutes * 60_000).toISOString() };
  }

  getBoard(): MethodOutput<'getBoard'> {
    const now = this.now();
    const day = localDay(now);
    const services = stmt(
      this.db,
      `SELECT s.*, (SELECT COUNT(*) FROM tickets t WHERE t.service_id = s.id AND t.${WAITING} AND t.local_day = ?) AS waiting,
              (SELECT last_number FROM ticket_sequences q WHERE q.service_id = s.id AND q.local_day = ?) AS issued,
              (SELECT COUNT(*) FROM counter_services cs JOIN counters c ON c.id = cs.counter_id
                 WHERE cs.service_id = s.id AND c.active = 1) AS counters
       FROM services s WHERE s.active = 1 ORDER BY s.sort_order, s.name`,
    ).all(day, day) as (ServiceRow & { waiting: number; issued: number | null; counters: number })[];
    const counters = stmt(
      this.db,
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
      this.db,
      `SELECT t.id, t.display_number, t.announced_at, c.number AS counter_number, s.name AS service_name
       FROM tickets t JOIN counters c ON c.id = t.counter_id JOIN services s ON s.id = t.service_id
       WHERE t.local_day = ? AND t.announced_at IS NOT NULL ORDER BY t.announced_at DESC LIMIT ${RECENT_CALLS}`,
    ).all(day) as { id: string; display_number: string; announced_at: string; counter_number: number; service_name: string }[];
    const priorities = stmt(this.db, 'SELECT id, name FROM priority_categories WHERE active = 1 ORDER BY sort_order, name').all() as {
      id: string;
      name: string;
    }[];
    const settings = this.settings.get();
    const board: Board = {
      wardName: settings.wardName,
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
    };
    return board;
  }

  /** The first ticket of each queue this counter serves; "call next" takes the best of them. */
  private headsFor(counterId: string, day: string): { priority: boolean; queuedAt: string; id: string; row: TicketRow }[] {
    const heads: TicketRow[] = [];
    const head = stmt(
      this.db,
      `SELECT * FROM tickets WHERE service_id = ? AND ${WAITING} AND target_counter_id IS NULL AND local_day = ?
       ORDER BY priority DESC, issued_at, id LIMIT 1`,
    );
    for (const serviceId of this.serviceIdsOf(counterId)) {
      const row = head.get(serviceId, day) as TicketRow | undefined;
      if (row) heads.push(row);
    }
    const targeted = stmt(
      this.db,
      `SELECT * FROM tickets WHERE target_counter_id = ? AND ${WAITING} AND local_day = ? ORDER BY priority DESC, issued_at, id LIMIT 1`,
    ).get(counterId, day) as TicketRow | undefined;
    if (targeted) heads.push(targeted);
    return heads.map((row) => ({ priority: row.priority === 1, queuedAt: row.issued_at, id: row.id, row }));
  }

  private aheadOf(serviceId: string, day: string, priority: boolean, self?: TicketRow): number {
    if (!self) {
      const sql = priority
        ? `SELECT COUNT(*) AS n FROM tickets WHERE service_id = ? AND local_day = ? AND ${WAITING} AND target_counter_id IS NULL AND priority = 1`
        : `SELECT COUNT(*) AS n FROM tickets WHERE service_id = ? AND local_day = ? AND ${WAITING} AND target_counter_id IS NULL`;
      return (stmt(this.db, sql).get(serviceId, day) as { n: number }).n;
    }
    return (
      stmt(
        this.db,
        `SELECT COUNT(*) AS n FROM tickets WHERE service_id = ? AND local_day = ? AND ${WAITING} AND target_counter_id IS NULL
           AND (priority > ? OR (priority = ? AND (issued_at < ? OR (issued_at = ? AND id < ?))))`,
      ).get(serviceId, day, self.priority, self.priority, self.issued_at, self.issued_at, self.id) as { n: number }
    ).n;
  }

  private issuedToday(serviceId: string, day: string): number {
    const row = stmt(this.db, 'SELECT last_number FROM ticket_sequences WHERE service_id = ? AND local_day = ?').get(serviceId, day) as
      { last_number: number } | undefined;
    return row?.last_number ?? 0;
  }

  private countersServing(serviceId: string): number {
    return (
      stmt(
        this.db,
        'SELECT COUNT(*) AS n FROM counter_services cs JOIN counters c ON c.id = cs.counter_id WHERE cs.service_id = ? AND c.active = 1',
      ).get(serviceId) as { n: number }
    ).n;
  }

  private serviceIdsOf(counterId: string): string[] {
    return (stmt(this.db, 'SELECT service_id FROM counter_services WHERE counter_id = ?').all(counterId) as { service_id: string }[]).map(
      (r) => r.service_id,
    );
  }

  private service(id: string): ServiceRow {
    const row = stmt(this.db, 'SELECT * FROM services WHERE id = ?').get(id) as ServiceRow | undefined;
    if (!row) throw new ApiError('service_not_found');
    return row;
  }

  private counter(number: number): CounterRow {
    const row = stmt(this.db, 'SELECT * FROM counters WHERE number = ?').get(number) as CounterRow | undefined;
    if (!row || !row.active) throw new ApiError('counter_not_found', `(Quầy ${number})`);
    return row;
  }

  private ticketRow(id: string): TicketRow {
    const row = readTicketRow(this.db, id);
    if (!row) throw new ApiError('ticket_not_found');
    return row;
  }

  private simple(
    action: TicketAction,
    input: { ticketId: string; counterNumber: number },
    caller: Caller,
    stampColumn: 'serving_at' | 'finished_at' | null,
    detail?: Record<string, unknown>,
  ): { ticket: Ticket } {
    const ticket = this.act(action, input, caller, this.now(), (row, at) => {
      if (stampColumn) stmt(this.db, `UPDATE tickets SET ${stampColumn} = ? WHERE id = ?`).run(at, row.id);
      return detail;
    });
    return { ticket };
  }

  /**
   * One ticket transition: check the state machine and that the ticket is at the acting counter,
   * apply the change, record the timed event and the outbox entry, all in one transaction.
   */
  private act(
    action: TicketAction,
    input: { ticketId: string; counterNumber: number },
    caller: Caller,
    now: Date,
    apply: (row: TicketRow, at: string) => Record<string, unknown> | void,
  ): Ticket {
    const ticket = inTransaction(this.db, () => {
      const counter = this.counter(input.counterNumber);
      const row = this.ticketRow(input.ticketId);
      const result = transition(row.state, action);
      if (!result.ok) throw new ApiError('illegal_transition', `(Số ${row.display_number}: ${ticketStateLabels[row.state]})`);
      const mustBeHere = row.state === 'called' || row.state === 'serving';
      if (mustBeHere && row.counter_id !== counter.id) throw new ApiError('ticket_not_at_counter');
      const at = now.toISOString();
      const detail = apply(row, at) ?? undefined;
      stmt(this.db, 'UPDATE tickets SET state = ?, updated_at = ? WHERE id = ?').run(result.to, at, row.id);
      this.record(row.id, action, row.state, result.to, counter.id, caller, now, detail);
      return readTicket(this.db, row.id)!;
    });
    this.events.emit('board.changed', { at: now.toISOString() });
    return ticket;
  }

  private record(
    ticketId: string,
    action: string,
    from: string | null,
    to: string,
    counterId: string | null,
    caller: Caller,
    now: Date,
    detail?: Record<string, unknown>,
  ): void {
    const at = now.toISOString();
    const eventId = uuidv7();
    stmt(
      this.db,
      `INSERT INTO ticket_events (id, ticket_id, action, from_state, to_state, at, counter_id, clerk_id, device_id, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    ).run(eventId, ticketId, action, from, to, at, counterId, caller.deviceId, detail ? JSON.stringify(detail) : null);
    const ticket = readTicketRow(this.db, ticketId)!;
    appendOutbox(
      this.db,
      {
        entity: 'ticket',
        entityId: ticketId,
        op: `ticket.${action}@1`,
        payload: { eventId, action, from, to, at, counterId, detail, ticket },
        actor: actorOf(caller),
      },
      now,
    );
  }

  private announce(ticket: Ticket, recall: boolean, now: Date): void {
    const at = now.toISOString();
    this.events.emit('ticket.called', {
      ticketId: ticket.id,
      displayNumber: ticket.displayNumber,
      counterNumber: ticket.counterNumber!,
      serviceName: ticket.serviceName,
      at,
      recall,
    });
    this.events.emit('board.changed', { at });
  }
}
