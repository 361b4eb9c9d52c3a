// Outbox rows as a ward PC writes them (src/main/service/write-path-outbox.ts and the queue's ticket events),
// built by hand so each test states exactly what the ward did. Ids are UUIDv7, time-ordered, as the ward makes them.
import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Mutation } from '../../src/shared/sync/wire';

type TicketState = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'transferred' | 'cancelled';

interface Ticket {
  id: string;
  row: Record<string, unknown>;
}

export class WardOutbox {
  seq = 0;
  /** The PC's clock, on the outbox's day (08:00 in Hanoi): the city judges each ticket's day by it. */
  private wall: number;
  readonly tickets = new Map<string, Ticket>();

  constructor(
    readonly nodeId: string = crypto.randomUUID(),
    private readonly day = '2026-11-23',
  ) {
    this.wall = Date.parse(`${day}T01:00:00Z`);
  }

  /** The next row's stamp: 1 s after the previous one. */
  private stamp(): { hlc: string; at: string } {
    this.wall += 1000;
    return { hlc: `${String(this.wall).padStart(15, '0')}-0000-${this.nodeId}`, at: new Date(this.wall).toISOString() };
  }

  private row(seq: number, entityId: string, op: string, payload: unknown, stamp: { hlc: string; at: string }): Mutation {
    return {
      seq,
      mutationId: uuidv7(),
      entity: op.split('.')[0]!,
      entityId,
      op,
      payload,
      hlc: stamp.hlc,
      actor: 'local',
      wallTime: stamp.at,
      schemaVersion: 1,
    };
  }

  /** `ticket.issue@1` for a new ticket with this display number. `pad` adds detail bytes (benchmarks). */
  issue(displayNumber: string, pad = 0): Mutation {
    const id = uuidv7();
    const s = this.stamp();
    const row = {
      id,
      service_id: 'svc-a',
      issued_service_id: 'svc-a',
      local_day: this.day,
      number: Number(displayNumber.replace(/\D/g, '')) || 1,
      display_number: displayNumber,
      priority_category_id: null,
      priority: 0,
      state: 'waiting' as TicketState,
      counter_id: null,
      target_counter_id: null,
      issued_at: s.at,
      called_at: null,
      announced_at: null,
      serving_at: null,
      finished_at: null,
      recall_count: 0,
      print_status: 'pending',
      print_error: null,
      updated_at: s.at,
    };
    this.tickets.set(id, { id, row });
    const detail =
      pad > 0 ? { serviceId: 'svc-a', priorityCategoryId: null, note: 'x'.repeat(pad) } : { serviceId: 'svc-a', priorityCategoryId: null };
    return this.row(
      ++this.seq,
      id,
      'ticket.issue@1',
      { eventId: uuidv7(), action: 'issue', from: null, to: 'waiting', at: s.at, counterId: null, detail, ticket: row },
      s,
    );
  }

  /** A transition of a ticket this outbox knows, as the ward's queue records it. */
  act(ticketId: string, action: string, from: TicketState, to: TicketState, counterId: string | null): Mutation {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) throw new Error(`unknown ticket ${ticketId}`);
    const s = this.stamp();
    ticket.row = { ...ticket.row, state: to, counter_id: counterId ?? ticket.row.counter_id, updated_at: s.at };
    return this.row(
      ++this.seq,
      ticketId,
      `ticket.${action}@1`,
      { eventId: uuidv7(), action, from, to, at: s.at, counterId, ticket: ticket.row },
      s,
    );
  }

  /** Another device's ticket, learnt by pull, so this outbox can act on it. */
  adopt(id: string, row: Record<string, unknown>): void {
    this.tickets.set(id, { id, row });
  }

  /** Any other row the ward writes (its set-up, its dossier codes), stamped in turn. */
  record(entity: string, entityId: string, op: string, payload: unknown): Mutation {
    return this.row(++this.seq, entityId, op, payload, this.stamp());
  }

  /** A row the city cannot interpret: an op it does not know yet. */
  unknown(entityId: string, op = 'dossier.receive@2'): Mutation {
    return this.row(++this.seq, entityId, op, { anything: true }, this.stamp());
  }
}
