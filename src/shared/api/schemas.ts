import { z } from 'zod';
import { dayRangeProblem } from '../calendar/day-range';
import { TICKET_STATES } from '../queue/ticket-state';
import { SafeText } from '../text/safe-text';

// Building blocks shared by the methods' inputs and outputs. Strings are trimmed and NFC-normalised at
// the boundary so the database only ever holds NFC text.

export const Id = z.uuid();

/** Made by the client once per intent (a uuid, v4 or v7) and sent again unchanged on every retry. */
export const RequestId = z.uuid();

/**
 * A date-time. Inputs may carry any offset (a client in Hanoi naturally sends +07:00) and leave the
 * boundary as the UTC string the service stores, so no handler ever has to think about offsets;
 * outputs are UTC (`…Z`). A codec rather than a bare transform, which would have no output JSON Schema
 * for the docs.
 */
export const Instant = z.codec(z.iso.datetime({ offset: true }), z.iso.datetime(), {
  decode: (s) => new Date(s).toISOString(),
  encode: (s) => s,
});
export const LocalDayString = z.iso.date();
/** Refines a report's `{ from, to }` (Hanoi days, both included): `to` not before `from`, at most `maxDays` days. */
export function checkedDayRange(maxDays: number) {
  return (range: { from: string; to: string }, ctx: z.RefinementCtx): void => {
    const problem = dayRangeProblem(range.from, range.to, maxDays);
    if (problem === 'reversed') ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
    if (problem === 'too_long') ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${maxDays} days` });
  };
}
export const CounterNumber = z.number().int().min(1).max(99);
/** Every free-text field: trimmed, NFC, and refused with a reason when it carries unsafe characters. */
export const Text = (max: number) => SafeText({ max });

export const Role = z.enum(['local', 'counter', 'kiosk', 'display']);
export type Role = z.infer<typeof Role>;
export const PairableRole = z.enum(['counter', 'kiosk', 'display']);
/** What a signed-in clerk may do: counter work; the head also closes the day and reads the audit; the admin manages. */
export const ClerkRole = z.enum(['clerk', 'head', 'admin']);
export type ClerkRole = z.infer<typeof ClerkRole>;

export const TicketStateSchema = z.enum(TICKET_STATES);
export const PrintStatus = z.enum(['pending', 'printed', 'failed']);

export const Service = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  letter: z.string(),
  fields: z.array(z.string()),
  dailyCapacity: z.number().int().nullable(),
  minutesPerTicket: z.number().int(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type Service = z.infer<typeof Service>;

export const Counter = z.object({
  id: Id,
  number: z.number().int(),
  name: z.string(),
  serviceIds: z.array(Id),
  active: z.boolean(),
});
export type Counter = z.infer<typeof Counter>;

export const PriorityCategory = z.object({
  id: Id,
  name: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type PriorityCategory = z.infer<typeof PriorityCategory>;

export const Ticket = z.object({
  id: Id,
  serviceId: Id,
  serviceName: z.string(),
  displayNumber: z.string(),
  localDay: LocalDayString,
  priorityCategoryId: Id.nullable(),
  priorityName: z.string().nullable(),
  state: TicketStateSchema,
  /** The counter the ticket is at (called/serving), or was last at. */
  counterNumber: z.number().int().nullable(),
  /** Set when the ticket was transferred to one specific counter. */
  targetCounterNumber: z.number().int().nullable(),
  issuedAt: Instant,
  calledAt: Instant.nullable(),
  servingAt: Instant.nullable(),
  finishedAt: Instant.nullable(),
  recallCount: z.number().int(),
  printStatus: PrintStatus,
  printError: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

export const Settings = z.object({
  /** The name the head set for kiosk, board, ticket and slips; empty when none was, and the city's name applies. */
  wardName: z.string(),
  /** How many times the display repeats each call aloud. */
  announceRepeat: z.number().int().min(1).max(5),
  /** Printer name for silent ticket printing in the desktop app; null = the system's default. */
  ticketPrinter: z.string().nullable(),
  /** Printer name for silent printing of the A4/A5 slips (Mẫu 01 receipt) in the desktop app; null = the system's default. */
  documentPrinter: z.string().nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const BoardService = z.object({
  id: Id,
  name: z.string(),
  letter: z.string(),
  waiting: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
  /** Tickets still available today; null when the service has no daily cap. */
  remainingToday: z.number().int().nullable(),
});

export const BoardCall = z.object({
  ticketId: Id,
  displayNumber: z.string(),
  counterNumber: z.number().int(),
  serviceName: z.string(),
  at: Instant,
});
export type BoardCall = z.infer<typeof BoardCall>;

/** Why the ward service is not fully working, in words a clerk can act on. */
export const HealthProblemCode = z.enum(['storage_full', 'storage_failed', 'clock_went_back', 'clock_off', 'database_damaged']);
export const WardHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  problems: z.array(z.object({ code: HealthProblemCode, message: z.string(), since: Instant })),
});
export type WardHealth = z.infer<typeof WardHealth>;

export const Board = z.object({
  /** The name the head set, else the enrolled ward's name from the city, else a generic one. */
  wardName: z.string(),
  now: Instant,
  announceRepeat: z.number().int(),
  services: z.array(BoardService),
  counters: z.array(
    z.object({
      number: z.number().int(),
      name: z.string(),
      current: z.object({ ticketId: Id, displayNumber: z.string(), state: TicketStateSchema, calledAt: Instant }).nullable(),
    }),
  ),
  recentCalls: z.array(BoardCall),
  priorityCategories: z.array(z.object({ id: Id, name: z.string() })),
  health: WardHealth,
});
export type Board = z.infer<typeof Board>;

export const Device = z.object({
  id: Id,
  name: z.string(),
  role: PairableRole,
  counterNumber: z.number().int().nullable(),
  pairedAt: Instant,
  lastSeenAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
});
export type Device = z.infer<typeof Device>;

export const ApiErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
