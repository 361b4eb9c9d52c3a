import { z } from 'zod';
import {
  Board,
  BoardCall,
  Counter,
  CounterNumber,
  Device,
  Id,
  Instant,
  LocalDayString,
  PairableRole,
  PriorityCategory,
  Role,
  Service,
  Settings,
  Text,
  Ticket,
  TicketStateSchema,
} from './schemas';

// The one API contract. The service implements every method once; the HTTP transport exposes each
// at POST /api/<name>; the renderer calls nothing else. `roles` lists who may call it; a
// `counterScoped` method carries the acting counter's number, which a paired counter device must
// match.

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  summary: string;
  input: I;
  output: O;
  roles: readonly Role[];
  counterScoped?: boolean;
  /** Reachable without a token: the one-time pairing code is the credential. */
  open?: boolean;
}

function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

const Empty = z.object({}).strict();
const AtCounter = { counterNumber: CounterNumber, ticketId: Id };
const TicketResult = z.object({ ticket: Ticket });

export const methods = {
  whoAmI: method({
    summary: 'The caller role and, for a paired counter, its counter number.',
    input: Empty,
    output: z.object({ role: Role, counterNumber: z.number().int().nullable(), deviceName: z.string() }),
    roles: ['local', 'counter', 'kiosk', 'display'],
  }),
  getBoard: method({
    summary: 'Everything the kiosk and the display board show: services with waiting counts, counters, last calls.',
    input: Empty,
    output: Board,
    roles: ['local', 'counter', 'kiosk', 'display'],
  }),
  issueTicket: method({
    summary: 'Issue a ticket for a service (optionally priority). Refused past the daily capacity.',
    input: z.object({ serviceId: Id, priorityCategoryId: Id.nullable().optional() }).strict(),
    output: z.object({ ticket: Ticket, ahead: z.number().int(), estimatedCallAt: Instant }),
    roles: ['local', 'counter', 'kiosk'],
  }),
  callNext: method({
    summary: "Call the next ticket for a counter: oldest priority ticket, else oldest ticket, among the counter's services.",
    input: z.object({ counterNumber: CounterNumber }).strict(),
    output: z.object({ ticket: Ticket.nullable() }),
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  recall: method({
    summary: 'Announce the called ticket again.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  startServing: method({
    summary: 'The citizen has arrived at the counter: service starts.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  finish: method({
    summary: 'Service is finished.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  markNoShow: method({
    summary: 'The called citizen did not come; the ticket can later return to the queue.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  returnToQueue: method({
    summary: 'A no-show citizen came back: the ticket waits again in its original place.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  transfer: method({
    summary: 'Send the ticket at this counter to another service and/or counter, keeping its original issue time.',
    input: z
      .object({
        ...AtCounter,
        toServiceId: Id.nullable().optional(),
        toCounterNumber: CounterNumber.nullable().optional(),
      })
      .strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  cancel: method({
    summary: 'Cancel a ticket that is waiting, called or marked no-show.',
    input: z.object({ ...AtCounter, reason: Text(200).optional() }).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  getCounterState: method({
    summary: "A counter's current ticket, waiting counts for its services and today's no-shows.",
    input: z.object({ counterNumber: CounterNumber }).strict(),
    output: z.object({
      counter: Counter,
      current: Ticket.nullable(),
      waiting: z.array(z.object({ serviceId: Id, name: z.string(), letter: z.string(), waiting: z.number().int() })),
      noShows: z.array(Ticket),
    }),
    roles: ['local', 'counter'],
    counterScoped: true,
  }),
  listTickets: method({
    summary: 'Tickets of one local day (default today), optionally filtered by state or print status.',
    input: z
      .object({
        day: LocalDayString.optional(),
        states: z.array(TicketStateSchema).max(7).optional(),
        printFailedOnly: z.boolean().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.object({ tickets: z.array(Ticket) }),
    roles: ['local', 'counter'],
  }),
  renderTicketDocument: method({
    summary: 'The printable 80 mm ticket as a self-contained HTML document.',
    input: z.object({ ticketId: Id }).strict(),
    output: z.object({ html: z.string() }),
    roles: ['local', 'counter', 'kiosk'],
  }),
  renderSampleTicketDocument: method({
    summary: 'A printer-test ticket (marked as a test, issues no number) as a self-contained HTML document.',
    input: Empty,
    output: z.object({ html: z.string() }),
    roles: ['local'],
  }),
  markTicketPrinted: method({
    summary: 'Record whether the ticket really printed, so failures are visible and can be reprinted.',
    input: z.object({ ticketId: Id, ok: z.boolean(), error: Text(500).optional() }).strict(),
    output: TicketResult,
    roles: ['local', 'counter', 'kiosk'],
  }),
  getConfig: method({
    summary: 'Services, counters, priority categories and settings.',
    input: Empty,
    output: z.object({
      services: z.array(Service),
      counters: z.array(Counter),
      priorityCategories: z.array(PriorityCategory),
      settings: Settings,
    }),
    roles: ['local'],
  }),
  saveService: method({
    summary: 'Create (no id) or update a service.',
    input: z
      .object({
        id: Id.optional(),
        code: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_.-]{1,32}$/),
        name: Text(200),
        letter: z.string().regex(/^[A-Z]$/),
        fields: z.array(Text(200)).max(50),
        dailyCapacity: z.number().int().min(1).max(100_000).nullable(),
        minutesPerTicket: z.number().int().min(1).max(480),
        active: z.boolean(),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: z.object({ service: Service }),
    roles: ['local'],
  }),
  saveCounter: method({
    summary: 'Create (no id) or update a counter and the services it serves.',
    input: z
      .object({
        id: Id.optional(),
        number: CounterNumber,
        name: Text(100),
        serviceIds: z.array(Id).max(100),
        active: z.boolean(),
      })
      .strict(),
    output: z.object({ counter: Counter }),
    roles: ['local'],
  }),
  savePriorityCategory: method({
    summary: 'Create (no id) or update a priority category.',
    input: z
      .object({
        id: Id.optional(),
        name: Text(120),
        active: z.boolean(),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: z.object({ priorityCategory: PriorityCategory }),
    roles: ['local'],
  }),
  updateSettings: method({
    summary: 'Change ward name, announcement repeat count or ticket printer.',
    input: z
      .object({
        wardName: Text(200).optional(),
        announceRepeat: z.number().int().min(1).max(5).optional(),
        ticketPrinter: Text(200).nullable().optional(),
      })
      .strict(),
    output: z.object({ settings: Settings }),
    roles: ['local'],
  }),
  createPairingCode: method({
    summary: 'A one-time 6-digit code (valid 10 minutes) that pairs one LAN device to a role.',
    input: z
      .object({
        role: PairableRole,
        counterNumber: CounterNumber.nullable().optional(),
        deviceName: Text(100),
      })
      .strict(),
    output: z.object({ code: z.string(), expiresAt: Instant }),
    roles: ['local'],
  }),
  pairDevice: method({
    summary: 'Exchange a pairing code for a device token limited to its role.',
    input: z.object({ code: z.string().regex(/^\d{6}$/) }).strict(),
    output: z.object({
      token: z.string(),
      role: PairableRole,
      counterNumber: z.number().int().nullable(),
      deviceName: z.string(),
    }),
    roles: [],
    open: true,
  }),
  listDevices: method({
    summary: 'Paired LAN devices, including revoked ones.',
    input: Empty,
    output: z.object({ devices: z.array(Device) }),
    roles: ['local'],
  }),
  revokeDevice: method({
    summary: "Revoke a paired device's token at once.",
    input: z.object({ deviceId: Id }).strict(),
    output: z.object({ device: Device }),
    roles: ['local'],
  }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];

/** Events pushed over the WebSocket to every authenticated client. */
export const events = {
  'board.changed': z.object({ at: Instant }),
  'ticket.called': BoardCall.extend({ recall: z.boolean() }),
  'config.changed': z.object({ at: Instant }),
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** Frames on the WebSocket at /api/events. The client authenticates with its first frame. */
export const ClientFrame = z.object({ type: z.literal('auth'), token: z.string().max(200) });
export type ServerFrame =
  | { type: 'ready' }
  | { type: 'error'; code: string; message: string }
  | { [E in EventName]: { type: 'event'; name: E; data: EventPayload<E> } }[EventName];
