// `ticket.<action>@1`: the ward's queue events. The city keeps its own ticket state and validates each
// event against the shared state machine, so terminal states stay final and of two counters claiming
// one ticket, the first accepted by the city wins; the other gets a `rejected` result.
import { z } from 'zod';
import {
  AT_COUNTER_STATES,
  TICKET_ACTIONS,
  TICKET_STATES,
  transition,
  type TicketAction,
  type TicketState,
} from '../../shared/queue/ticket-state';
import { Instant } from '../../shared/sync/wire';
import type { Queryable } from '../db/adapter';
import { parseActor } from './actor';
import type { EntityBatch, EntityModule, OpContext, OpOutcome } from './entity-module';
import { flagMisdated, misjudgedDay, type MisdatedClaim } from './misdated';
import { claimOfficialNumbers, type NumberClaim } from './official-numbers';

const State = z.enum(TICKET_STATES);

/** The ward's raw `tickets` row (SQLite); columns added by later ward versions are kept as they come. */
const TicketRow = z.looseObject({
  id: z.uuid(),
  local_day: z.iso.date(),
  display_number: z.string().min(1).max(20),
  state: State,
  counter_id: z.string().nullable(),
  issued_at: Instant,
  updated_at: Instant,
  print_status: z.enum(['pending', 'printed', 'failed']),
  print_error: z.string().nullable(),
});
type TicketRow = z.infer<typeof TicketRow>;

const PRINT_ACTIONS = ['printed', 'print_failed'] as const;
const ACTIONS = ['issue', ...TICKET_ACTIONS, ...PRINT_ACTIONS] as const;
type Action = (typeof ACTIONS)[number];

const Payload = z.object({
  eventId: z.uuid(),
  action: z.enum(ACTIONS),
  from: State.nullable(),
  to: State,
  at: Instant,
  counterId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).optional(),
  ticket: TicketRow,
});
type Payload = z.infer<typeof Payload>;

interface CityTicket {
  originDeviceId: string;
  state: TicketState;
  counterId: string | null;
  row: TicketRow;
  dirty: boolean;
}

interface EventRecord {
  event_id: string;
  ticket_id: string;
  action: string;
  from_state: string | null;
  to_state: string;
  at: string;
  counter_id: string | null;
  detail: Record<string, unknown> | null;
  device_id: string;
  seq: number;
  /** The clerk signed in on the ward when this event was made (from the mutation's actor), if any. */
  clerk_id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function decide(current: CityTicket | undefined, p: Payload): OpOutcome | { to: TicketState; row: TicketRow } {
  if (p.action === 'issue') {
    if (current) return { status: 'rejected', code: 'ticket_exists' };
    if (p.from !== null || p.to !== 'waiting' || p.ticket.state !== 'waiting') return { status: 'rejected', code: 'state_mismatch' };
    return { to: 'waiting', row: p.ticket };
  }
  if (!current) return { status: 'rejected', code: 'ticket_unknown' };
  if (p.action === 'printed' || p.action === 'print_failed') {
    // Printing does not move the ticket: keep the city's state, take only the print outcome.
    return {
      to: current.state,
      row: { ...current.row, print_status: p.ticket.print_status, print_error: p.ticket.print_error, updated_at: p.ticket.updated_at },
    };
  }
  const result = transition(current.state, p.action as TicketAction);
  if (!result.ok) return { status: 'rejected', code: 'illegal_transition' };
  if (result.to !== p.to || p.ticket.state !== p.to) return { status: 'rejected', code: 'state_mismatch' };
  if (AT_COUNTER_STATES.includes(current.state) && p.counterId !== current.counterId)
    return { status: 'rejected', code: 'ticket_not_at_counter' };
  return { to: result.to, row: p.ticket };
}

class TicketBatch implements EntityBatch {
  private readonly events: EventRecord[] = [];
  private readonly numbers: NumberClaim[] = [];
  private readonly misdated: MisdatedClaim[] = [];

  constructor(
    private readonly tx: Queryable,
    private readonly wardCode: string,
    private readonly tickets: Map<string, CityTicket>,
    /** Event ids this ward already stored: an event row is written once, so a reused id cannot be applied. */
    private readonly storedEvents: Set<string>,
  ) {}

  apply(op: string, payload: unknown, ctx: OpContext): OpOutcome {
    const parsed = Payload.safeParse(payload);
    if (!parsed.success) return { status: 'parked', code: 'payload_schema' };
    const p = parsed.data;
    if (`ticket.${p.action}@1` !== op || p.ticket.id !== ctx.entityId) return { status: 'parked', code: 'payload_schema' };
    if (this.storedEvents.has(p.eventId)) return { status: 'rejected', code: 'event_exists' };
    const current = this.tickets.get(p.ticket.id);
    const decision = decide(current, p);
    if ('status' in decision) return decision;

    this.storedEvents.add(p.eventId);
    const next: CityTicket = {
      originDeviceId: current?.originDeviceId ?? ctx.deviceId,
      state: decision.to,
      counterId: decision.row.counter_id,
      row: { ...decision.row, state: decision.to },
      dirty: true,
    };
    this.tickets.set(p.ticket.id, next);
    this.events.push({
      event_id: p.eventId,
      ticket_id: p.ticket.id,
      action: p.action,
      from_state: current?.state ?? null,
      to_state: decision.to,
      at: p.at,
      counter_id: p.counterId,
      detail: p.detail ?? null,
      device_id: ctx.deviceId,
      seq: ctx.seq,
      clerk_id: parseActor(ctx.actor).clerkId,
    });
    if (p.action === 'issue') {
      const claim = {
        number: `${p.ticket.local_day}/${p.ticket.display_number}`,
        entity_id: p.ticket.id,
        device_id: ctx.deviceId,
        seq: ctx.seq,
      };
      this.numbers.push(claim);
      const judged = misjudgedDay(p.ticket.local_day, ctx);
      if (judged) this.misdated.push({ ...claim, judged_day: judged });
    }
    return { status: 'applied', change: { entity: 'ticket', entityId: p.ticket.id, data: next.row, originDeviceId: ctx.deviceId } };
  }

  async flush(): Promise<void> {
    const dirty = [...this.tickets.entries()].filter(([, t]) => t.dirty);
    if (dirty.length > 0) {
      // Typed arrays, not a JSON document: no jsonb column here, and PostgreSQL reads arrays faster.
      await this.tx.query(
        `INSERT INTO tickets (id, ward_code, origin_device_id, local_day, display_number, state, counter_id, issued_at, updated_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
           $9::timestamptz[])
         ON CONFLICT (ward_code, id) DO UPDATE SET state = excluded.state, counter_id = excluded.counter_id, updated_at = excluded.updated_at`,
        [
          dirty.map(([id]) => id),
          dirty.map(() => this.wardCode),
          dirty.map(([, t]) => t.originDeviceId),
          dirty.map(([, t]) => t.row.local_day),
          dirty.map(([, t]) => t.row.display_number),
          dirty.map(([, t]) => t.state),
          dirty.map(([, t]) => t.counterId),
          dirty.map(([, t]) => t.row.issued_at),
          dirty.map(([, t]) => t.row.updated_at),
        ],
      );
    }
    if (this.events.length > 0) {
      const events = this.events;
      // Scalars as typed arrays; the details, free-form JSON, as one jsonb array read by position
      // (jsonb_to_recordset over the whole batch measured about a sixth slower).
      await this.tx.query(
        `WITH d AS MATERIALIZED (SELECT $10::jsonb AS details)
         INSERT INTO ticket_events (ward_code, event_id, ticket_id, action, from_state, to_state, at, counter_id, detail, device_id, seq,
           clerk_id)
         SELECT $12, event_id, ticket_id, action, from_state, to_state, at, counter_id, NULLIF(d.details -> (n - 1)::int, 'null'), device_id, seq,
           clerk_id
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::uuid[], $9::bigint[],
           $11::uuid[])
           WITH ORDINALITY AS t(event_id, ticket_id, action, from_state, to_state, at, counter_id, device_id, seq, clerk_id, n), d`,
        [
          events.map((e) => e.event_id),
          events.map((e) => e.ticket_id),
          events.map((e) => e.action),
          events.map((e) => e.from_state),
          events.map((e) => e.to_state),
          events.map((e) => e.at),
          events.map((e) => e.counter_id),
          events.map((e) => e.device_id),
          events.map((e) => e.seq),
          JSON.stringify(events.map((e) => e.detail)),
          events.map((e) => e.clerk_id),
          this.wardCode,
        ],
      );
    }
    if (this.numbers.length > 0) await claimOfficialNumbers(this.tx, this.wardCode, 'ticket', this.numbers);
    await flagMisdated(this.tx, this.wardCode, 'ticket', this.misdated);
  }
}

export const ticketModule: EntityModule = {
  entity: 'ticket',
  ops: new Set(ACTIONS.map((a: Action) => `ticket.${a}@1`)),
  async begin(tx, wardCode, entityIds, _deviceId, payloads) {
    const rows = await tx.query<{
      id: string;
      origin_device_id: string;
      state: TicketState;
      counter_id: string | null;
      row: TicketRow;
    }>(
      // The full row lives once, in the ward's latest state (the change each applied event records).
      // A subquery per ticket rather than a join: the planner would hash the ward's whole state.
      `SELECT t.id, t.origin_device_id, t.state, t.counter_id,
         (SELECT s.data FROM ward_state s WHERE s.ward_code = t.ward_code AND s.entity = 'ticket' AND s.entity_id = t.id::text) AS row
       FROM tickets t WHERE t.ward_code = $1 AND t.id = ANY($2::uuid[]) ORDER BY t.id FOR UPDATE`,
      // Only uuids can be tickets; a row naming anything else is parked by apply().
      [wardCode, entityIds.filter((id) => UUID.test(id))],
    );
    const tickets = new Map<string, CityTicket>();
    for (const r of rows)
      tickets.set(r.id, { originDeviceId: r.origin_device_id, state: r.state, counterId: r.counter_id, row: r.row, dirty: false });
    const eventIds = payloads.flatMap((p) => {
      const id = (p as { eventId?: unknown } | null)?.eventId;
      return typeof id === 'string' && UUID.test(id) ? [id] : [];
    });
    const stored =
      eventIds.length === 0
        ? []
        : await tx.query<{ event_id: string }>('SELECT event_id FROM ticket_events WHERE ward_code = $1 AND event_id = ANY($2::uuid[])', [
            wardCode,
            eventIds,
          ]);
    return new TicketBatch(tx, wardCode, tickets, new Set(stored.map((r) => r.event_id)));
  },
};
