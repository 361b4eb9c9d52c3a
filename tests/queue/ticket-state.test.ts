import { describe, expect, it } from 'vitest';
import {
  AT_COUNTER_STATES,
  CALLABLE_STATES,
  TICKET_ACTIONS,
  TICKET_STATES,
  transition,
  type TicketAction,
  type TicketState,
} from '../../src/shared/queue/ticket-state';

// The lifecycle written out independently of the implementation: every (state, action) pair not
// listed here must be refused.
const LEGAL: Record<string, TicketState> = {
  'waiting call': 'called',
  'transferred call': 'called',
  'called recall': 'called',
  'called start': 'serving',
  'serving finish': 'done',
  'called no_show': 'no_show',
  'no_show return_to_queue': 'waiting',
  'called transfer': 'transferred',
  'serving transfer': 'transferred',
  'waiting cancel': 'cancelled',
  'transferred cancel': 'cancelled',
  'called cancel': 'cancelled',
  'no_show cancel': 'cancelled',
};

const pairs = TICKET_STATES.flatMap((from) => TICKET_ACTIONS.map((action) => [from, action] as [TicketState, TicketAction]));

describe('ticket transitions', () => {
  it.each(pairs.filter(([from, action]) => LEGAL[`${from} ${action}`]))('%s --%s--> allowed', (from, action) => {
    expect(transition(from, action)).toEqual({ ok: true, to: LEGAL[`${from} ${action}`] });
  });

  it.each(pairs.filter(([from, action]) => !LEGAL[`${from} ${action}`]))('%s --%s--> refused', (from, action) => {
    expect(transition(from, action)).toEqual({ ok: false, from, action });
  });

  it('has no way out of done or cancelled', () => {
    for (const action of TICKET_ACTIONS) {
      expect(transition('done', action).ok).toBe(false);
      expect(transition('cancelled', action).ok).toBe(false);
    }
  });

  it('a finished service cannot be cancelled afterwards', () => {
    expect(transition('serving', 'cancel').ok).toBe(false);
  });

  it('lists as callable exactly the states "call" accepts, and as at-counter the states a clerk holds', () => {
    expect([...CALLABLE_STATES].sort()).toEqual(TICKET_STATES.filter((s) => transition(s, 'call').ok).sort());
    expect([...AT_COUNTER_STATES].sort()).toEqual(['called', 'serving']);
  });
});
