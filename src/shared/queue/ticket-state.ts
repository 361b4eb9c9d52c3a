// The ticket lifecycle. 'transferred' behaves like 'waiting' (it can be called) but remembers that the
// ticket was redirected; both keep the original issue time so a transfer never sends a citizen to
// the back of the line.

export const TICKET_STATES = ['waiting', 'called', 'serving', 'done', 'no_show', 'transferred', 'cancelled'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_ACTIONS = ['call', 'recall', 'start', 'finish', 'no_show', 'return_to_queue', 'transfer', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const TRANSITIONS: Record<TicketAction, Partial<Record<TicketState, TicketState>>> = {
  call: { waiting: 'called', transferred: 'called' },
  recall: { called: 'called' },
  start: { called: 'serving' },
  finish: { serving: 'done' },
  no_show: { called: 'no_show' },
  return_to_queue: { no_show: 'waiting' },
  transfer: { called: 'transferred', serving: 'transferred' },
  cancel: { waiting: 'cancelled', transferred: 'cancelled', called: 'cancelled', no_show: 'cancelled' },
};

/** States a ticket can be called from. */
export const CALLABLE_STATES: readonly TicketState[] = ['waiting', 'transferred'];
/** States in which a ticket occupies a counter. */
export const AT_COUNTER_STATES: readonly TicketState[] = ['called', 'serving'];

export type TransitionResult = { ok: true; to: TicketState } | { ok: false; from: TicketState; action: TicketAction };

export function transition(from: TicketState, action: TicketAction): TransitionResult {
  const to = TRANSITIONS[action][from];
  return to ? { ok: true, to } : { ok: false, from, action };
}
