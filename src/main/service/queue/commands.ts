import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Ticket } from '../../../shared/api/schemas';
import { queueDetail, ticketStateLabels } from '../../../shared/i18n/vi/queue';
import { formatDisplayNumber } from '../../../shared/queue/display-number';
import { pickNext } from '../../../shared/queue/queue-order';
import { transition, type TicketAction } from '../../../shared/queue/ticket-state';
import { estimateWaitMinutes } from '../../../shared/queue/wait-estimate';
import { ApiError } from '../api-error';
import { oncePerRequest } from '../client-requests';
import type { Caller } from '../caller';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import {
  activeCounter,
  aheadOf,
  callerIssued,
  counterMayTouch,
  countersServing,
  headsFor,
  issuedToday,
  otherCounterServes,
  queueDay,
  serviceById,
  ticketById,
  type CounterRow,
} from './lookups';
import { NEXT_QUEUE_SEQ, readTicket, readTicketRow, type TicketRow } from './ticket-rows';

type AtCounter = { ticketId: string; counterNumber: number };

/** Every change to the waiting line: each is one transition, timed, attributed and sent to sync. */
export class QueueCommands {
  constructor(private readonly write: WritePath) {}

  issueTicket(input: ParsedInput<'issueTicket'>, caller: Caller): MethodOutput<'issueTicket'> {
    return this.write.run(caller, (tx) => {
      const { requestId } = input;
      // Without a request id (a kiosk older than request ids) a retry after a lost reply issues a new ticket.
      return requestId ? oncePerRequest(tx, 'issueTicket', { ...input, requestId }, () => issue(tx, input)) : issue(tx, input);
    });
  }

  callNext(input: ParsedInput<'callNext'>, caller: Caller): MethodOutput<'callNext'> {
    const ticket = this.write.run(caller, (tx) => {
      const { db, now } = tx;
      const counter = activeCounter(db, input.counterNumber);
      const busy = stmt(db, `SELECT display_number FROM tickets WHERE counter_id = ? AND state IN ('called','serving')`).get(counter.id) as
        { display_number: string } | undefined;
      if (busy) throw new ApiError('counter_busy', queueDetail.ticket(busy.display_number));

      const next = pickNext(headsFor(db, counter.id, queueDay(db, now, tx.cityTimeKnown)));
      if (!next) return null;
      const at = now.toISOString();
      stmt(
        db,
        `UPDATE tickets SET state = 'called', counter_id = ?, target_counter_id = NULL, called_at = ?, announced_at = ?,
           serving_at = NULL, updated_at = ? WHERE id = ?`,
      ).run(counter.id, at, at, at, next.id);
      recordTicketEvent(tx, next.id, 'call', next.row.state, 'called', counter.id);
      const called = readTicket(db, next.id)!;
      announce(tx, called, false);
      return called;
    });
    return { ticket };
  }

  recall(input: ParsedInput<'recall'>, caller: Caller): MethodOutput<'recall'> {
    const ticket = this.act('recall', input, caller, (tx, row, at) => {
      stmt(tx.db, 'UPDATE tickets SET recall_count = recall_count + 1, announced_at = ?, updated_at = ? WHERE id = ?').run(at, at, row.id);
    });
    return { ticket };
  }

  startServing(input: ParsedInput<'startServing'>, caller: Caller): MethodOutput<'startServing'> {
    return this.stamped('start', input, caller, 'serving_at');
  }

  finish(input: ParsedInput<'finish'>, caller: Caller): MethodOutput<'finish'> {
    return this.stamped('finish', input, caller, 'finished_at');
  }

  markNoShow(input: ParsedInput<'markNoShow'>, caller: Caller): MethodOutput<'markNoShow'> {
    return this.stamped('no_show', input, caller, null);
  }

  returnToQueue(input: ParsedInput<'returnToQueue'>, caller: Caller): MethodOutput<'returnToQueue'> {
    return this.stamped('return_to_queue', input, caller, null);
  }

  cancel(input: ParsedInput<'cancel'>, caller: Caller): MethodOutput<'cancel'> {
    return this.stamped('cancel', input, caller, 'finished_at', input.reason ? { reason: input.reason } : undefined);
  }

  transfer(input: ParsedInput<'transfer'>, caller: Caller): MethodOutput<'transfer'> {
    if (!input.toServiceId && !input.toCounterNumber) throw new ApiError('transfer_target_required');
    const ticket = this.act('transfer', input, caller, (tx, row, at, counter) => {
      const serviceId = input.toServiceId ? serviceById(tx.db, input.toServiceId).id : row.service_id;
      const target = input.toCounterNumber ? activeCounter(tx.db, input.toCounterNumber) : null;
      if (serviceId === row.service_id && (!target || target.id === row.counter_id)) throw new ApiError('transfer_same_place');
      // Sent to "any counter", the ticket is never called back by the sender: some other counter must serve it.
      if (!target && !otherCounterServes(tx.db, serviceId, counter.id)) throw new ApiError('transfer_no_other_counter');
      // The sender is remembered as the ticket's counter so that its next call skips the ticket.
      stmt(tx.db, 'UPDATE tickets SET service_id = ?, target_counter_id = ?, counter_id = ?, updated_at = ? WHERE id = ?').run(
        serviceId,
        target?.id ?? null,
        counter.id,
        at,
        row.id,
      );
      return { toServiceId: serviceId, toCounterNumber: target?.number ?? null };
    });
    return { ticket };
  }

  markTicketPrinted(input: ParsedInput<'markTicketPrinted'>, caller: Caller): MethodOutput<'markTicketPrinted'> {
    const ticket = this.write.run(caller, (tx) => {
      const row = ticketById(tx.db, input.ticketId);
      if (!callerIssued(tx.db, caller, row.id)) throw new ApiError('ticket_not_yours');
      const at = tx.now.toISOString();
      const error = input.ok ? null : (input.error ?? queueDetail.unknownPrintError);
      stmt(tx.db, 'UPDATE tickets SET print_status = ?, print_error = ?, updated_at = ? WHERE id = ?').run(
        input.ok ? 'printed' : 'failed',
        error,
        at,
        row.id,
      );
      recordTicketEvent(
        tx,
        row.id,
        input.ok ? 'printed' : 'print_failed',
        row.state,
        row.state,
        null,
        input.ok ? undefined : { error: input.error },
      );
      tx.emit('board.changed', { at });
      return readTicket(tx.db, row.id)!;
    });
    return { ticket };
  }

  private stamped(
    action: TicketAction,
    input: AtCounter,
    caller: Caller,
    stampColumn: 'serving_at' | 'finished_at' | null,
    detail?: Record<string, unknown>,
  ): { ticket: Ticket } {
    const ticket = this.act(action, input, caller, (tx, row, at) => {
      if (stampColumn) stmt(tx.db, `UPDATE tickets SET ${stampColumn} = ? WHERE id = ?`).run(at, row.id);
      return detail;
    });
    return { ticket };
  }

  /**
   * One ticket transition: check the state machine and that the ticket is at the acting counter,
   * apply the change and record the timed event, all in one transaction.
   */
  private act(
    action: TicketAction,
    input: AtCounter,
    caller: Caller,
    apply: (tx: WriteContext, row: TicketRow, at: string, counter: CounterRow) => Record<string, unknown> | void,
  ): Ticket {
    return this.write.run(caller, (tx) => {
      const { db } = tx;
      const counter = activeCounter(db, input.counterNumber);
      const row = ticketById(db, input.ticketId);
      if (!counterMayTouch(db, counter.id, row)) throw new ApiError('ticket_not_at_counter');
      const result = transition(row.state, action);
      if (!result.ok) throw new ApiError('illegal_transition', queueDetail.ticketInState(row.display_number, ticketStateLabels[row.state]));
      const at = tx.now.toISOString();
      const detail = apply(tx, row, at, counter) ?? undefined;
      stmt(db, 'UPDATE tickets SET state = ?, updated_at = ? WHERE id = ?').run(result.to, at, row.id);
      recordTicketEvent(tx, row.id, action, row.state, result.to, counter.id, detail);
      const ticket = readTicket(db, row.id)!;
      if (action === 'recall') announce(tx, ticket, true);
      else tx.emit('board.changed', { at });
      return ticket;
    });
  }
}

/** The ticket's timed history row and its outbox entry, which carries the whole row for the city. */
export function recordTicketEvent(
  tx: WriteContext,
  ticketId: string,
  action: string,
  from: string | null,
  to: string,
  counterId: string | null,
  detail?: Record<string, unknown>,
): void {
  const at = tx.now.toISOString();
  const eventId = uuidv7();
  stmt(
    tx.db,
    `INSERT INTO ticket_events (id, ticket_id, action, from_state, to_state, at, counter_id, clerk_id, device_id, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    eventId,
    ticketId,
    action,
    from,
    to,
    at,
    counterId,
    tx.caller.clerk?.id ?? null,
    tx.caller.deviceId,
    detail ? JSON.stringify(detail) : null,
  );
  const ticket = readTicketRow(tx.db, ticketId)!;
  tx.record({
    entity: 'ticket',
    entityId: ticketId,
    op: `ticket.${action}@1`,
    payload: { eventId, action, from, to, at, counterId, detail, ticket },
  });
}

function announce(tx: WriteContext, ticket: Ticket, recall: boolean): void {
  const at = tx.now.toISOString();
  tx.emit('ticket.called', {
    ticketId: ticket.id,
    displayNumber: ticket.displayNumber,
    counterNumber: ticket.counterNumber!,
    serviceName: ticket.serviceName,
    at,
    recall,
  });
  tx.emit('board.changed', { at });
}

/** A new ticket: the next number of the service's day, its place in the line and when it should be called. */
function issue(tx: WriteContext, input: ParsedInput<'issueTicket'>): MethodOutput<'issueTicket'> {
  const { db, now } = tx;
  const day = queueDay(db, now, tx.cityTimeKnown);
  const service = serviceById(db, input.serviceId);
  if (!service.active) throw new ApiError('service_inactive');
  const priorityId = input.priorityCategoryId ?? null;
  if (priorityId && !stmt(db, 'SELECT 1 FROM priority_categories WHERE id = ? AND active = 1').get(priorityId))
    throw new ApiError('priority_not_found');

  const issued = issuedToday(db, service.id, day);
  if (service.daily_capacity !== null && issued >= service.daily_capacity) throw new ApiError('capacity_reached');
  const number = issued + 1;
  stmt(
    db,
    `INSERT INTO ticket_sequences (service_id, local_day, last_number) VALUES (?, ?, ?)
       ON CONFLICT (service_id, local_day) DO UPDATE SET last_number = excluded.last_number`,
  ).run(service.id, day, number);

  const ahead = aheadOf(db, service.id, day, priorityId !== null);
  const id = uuidv7();
  const at = now.toISOString();
  stmt(
    db,
    `INSERT INTO tickets (id, service_id, issued_service_id, local_day, number, display_number,
         priority_category_id, priority, state, issued_at, updated_at, queue_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ${NEXT_QUEUE_SEQ})`,
  ).run(id, service.id, service.id, day, number, formatDisplayNumber(service.letter, number), priorityId, priorityId ? 1 : 0, at, at);
  recordTicketEvent(tx, id, 'issue', null, 'waiting', null, { serviceId: service.id, priorityCategoryId: priorityId });
  tx.emit('board.changed', { at });
  const minutes = estimateWaitMinutes({
    ahead,
    counters: countersServing(db, service.id),
    minutesPerTicket: service.minutes_per_ticket,
  });
  return { ticket: readTicket(db, id)!, ahead, estimatedCallAt: new Date(now.getTime() + minutes * 60_000).toISOString() };
}
