import type { Ticket } from '../../shared/api/schemas';
import { transition, type TicketAction } from '../../shared/queue/ticket-state';
import type { CounterAction } from './keymap';

const TICKET_ACTION: Record<Exclude<CounterAction, 'callNext' | 'intake' | 'dossiers'>, TicketAction> = {
  recall: 'recall',
  startServing: 'start',
  finish: 'finish',
  markNoShow: 'no_show',
  transfer: 'transfer',
  cancel: 'cancel',
};

/** Whether the action is legal for the counter's current ticket, by the same rules the service applies. */
export function isActionAllowed(action: CounterAction, current: Ticket | null): boolean {
  // Receiving a dossier needs no ticket: a citizen may hand the card over before being called; nor
  // does finding one, to return a result or answer a phone call.
  if (action === 'intake' || action === 'dossiers') return true;
  // The service refuses a new call while the counter still holds a ticket (counter_busy).
  if (action === 'callNext') return current === null;
  return current !== null && transition(current.state, TICKET_ACTION[action]).ok;
}
