import { z } from 'zod';
import { Empty, method } from './method';
import {
  Board,
  BoardCall,
  Counter,
  CounterNumber,
  Id,
  Instant,
  LocalDayString,
  RequestId,
  Text,
  Ticket,
  TicketStateSchema,
} from './schemas';

// The waiting line: issuing tickets, calling them to counters, the board the kiosk and display show.

const AtCounter = { counterNumber: CounterNumber, ticketId: Id };
const TicketResult = z.object({ ticket: Ticket });

export const queueMethods = {
  getBoard: method({
    summary: 'Everything the kiosk and the display board show: services with waiting counts, counters, last calls.',
    input: Empty,
    output: Board,
    roles: ['local', 'counter', 'kiosk', 'display'],
  }),
  issueTicket: method({
    summary:
      'Issue a ticket for a service (optionally priority). Refused past the daily capacity. Retried with the same requestId it returns the first ticket and issues none; the kiosk always sends one (optional only so that older kiosks keep working for one release).',
    input: z.object({ serviceId: Id, priorityCategoryId: Id.nullable().optional(), requestId: RequestId.optional() }).strict(),
    output: z.object({ ticket: Ticket, ahead: z.number().int(), estimatedCallAt: Instant }),
    roles: ['local', 'counter', 'kiosk'],
  }),
  callNext: method({
    summary: "Call the next ticket for a counter: oldest priority ticket, else oldest ticket, among the counter's services.",
    input: z.object({ counterNumber: CounterNumber }).strict(),
    output: z.object({ ticket: Ticket.nullable() }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  recall: method({
    summary: 'Announce the called ticket again.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  startServing: method({
    summary: 'The citizen has arrived at the counter: service starts.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  finish: method({
    summary: 'Service is finished.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  markNoShow: method({
    summary: 'The called citizen did not come; the ticket can later return to the queue.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  returnToQueue: method({
    summary: 'A no-show citizen came back: the ticket waits again in its original place.',
    input: z.object(AtCounter).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
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
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  cancel: method({
    summary: 'Cancel a ticket that is waiting, called or marked no-show.',
    input: z.object({ ...AtCounter, reason: Text(200).optional() }).strict(),
    output: TicketResult,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
    counterScoped: true,
  }),
  getCounterState: method({
    summary:
      "A counter's current ticket; per service it serves, the tickets it may call (count, priority count, the next few in calling order); today's no-shows.",
    input: z.object({ counterNumber: CounterNumber }).strict(),
    output: z.object({
      counter: Counter,
      current: Ticket.nullable(),
      waiting: z.array(
        z.object({
          serviceId: Id,
          name: z.string(),
          letter: z.string(),
          waiting: z.number().int(),
          priorityWaiting: z.number().int(),
          next: z.array(z.object({ displayNumber: z.string(), priorityName: z.string().nullable() })),
        }),
      ),
      noShows: z.array(Ticket),
    }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
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
    clerks: ['clerk', 'head', 'admin'],
  }),
} as const;

export const queueEvents = {
  /** The ward service's health changed (disk full, clock set back…): pages refetch the board to show it. */
  'status.changed': z.object({ at: Instant }),
  'board.changed': z.object({ at: Instant }),
  'ticket.called': BoardCall.extend({ recall: z.boolean() }),
} as const;
