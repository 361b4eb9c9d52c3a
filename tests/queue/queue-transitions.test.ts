import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/shared/api/schemas';
import type { TicketState } from '../../src/shared/queue/ticket-state';
import type { Caller } from '../../src/main/service/caller';
import { callNext, issue } from '../support/queue-actions';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { counterIdByNumber, outboxRows, serviceIdByLetter, ticketEvents, ticketRow, writeCounts } from '../support/ward-queries';

// Every ticket action a clerk can take on a given ticket, done at counter 1 (where setUp puts called tickets).
const ACTIONS = {
  recall: (fx: WardFixture, ticketId: string) => fx.call('recall', { counterNumber: 1, ticketId }).ticket,
  start: (fx: WardFixture, ticketId: string) => fx.call('startServing', { counterNumber: 1, ticketId }).ticket,
  finish: (fx: WardFixture, ticketId: string) => fx.call('finish', { counterNumber: 1, ticketId }).ticket,
  no_show: (fx: WardFixture, ticketId: string) => fx.call('markNoShow', { counterNumber: 1, ticketId }).ticket,
  return_to_queue: (fx: WardFixture, ticketId: string) => fx.call('returnToQueue', { counterNumber: 1, ticketId }).ticket,
  transfer: (fx: WardFixture, ticketId: string) =>
    fx.call('transfer', { counterNumber: 1, ticketId, toServiceId: serviceIdByLetter(fx.ward, 'C') }).ticket,
  cancel: (fx: WardFixture, ticketId: string) => fx.call('cancel', { counterNumber: 1, ticketId, reason: 'Công dân tự rời đi' }).ticket,
} as const;
type Action = keyof typeof ACTIONS;

/** A ticket of service A brought into `state` at counter 1 through the API. */
function ticketIn(fx: WardFixture, state: TicketState): Ticket {
  const ticket = issue(fx, 'A');
  const at1 = { counterNumber: 1, ticketId: ticket.id };
  if (state === 'waiting') return ticket;
  if (state === 'cancelled') return fx.call('cancel', at1).ticket;
  callNext(fx, 1);
  if (state === 'called') return fx.call('getCounterState', { counterNumber: 1 }).current!;
  if (state === 'no_show') return fx.call('markNoShow', at1).ticket;
  if (state === 'transferred') return fx.call('transfer', { ...at1, toServiceId: serviceIdByLetter(fx.ward, 'B') }).ticket;
  fx.call('startServing', at1);
  if (state === 'serving') return fx.call('getCounterState', { counterNumber: 1 }).current!;
  return fx.call('finish', at1).ticket;
}

const LEGAL: Partial<Record<`${TicketState} ${Action}`, TicketState>> = {
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

const STATES: TicketState[] = ['waiting', 'called', 'serving', 'done', 'no_show', 'transferred', 'cancelled'];
const cases = STATES.flatMap((state) =>
  (Object.keys(ACTIONS) as Action[]).map((action) => ({ state, action, to: LEGAL[`${state} ${action}`] })),
);

describe('ticket actions through the service', () => {
  it.each(cases.filter((c) => c.to))('$state --$action--> $to: one timed, attributed event and one outbox row', ({ state, action, to }) => {
    const fx = wardFixture();
    const ticket = ticketIn(fx, state);
    expect(ticket.state).toBe(state);
    const events = ticketEvents(fx.ward, ticket.id).length;
    const outbox = outboxRows(fx.ward).length;

    fx.clock.advance(7000);
    const after = ACTIONS[action](fx, ticket.id);

    expect(after.state).toBe(to);
    expect(ticketRow(fx.ward, ticket.id).updated_at).toBe(fx.clock.now().toISOString());
    const newEvents = ticketEvents(fx.ward, ticket.id).slice(events);
    expect(newEvents).toEqual([
      expect.objectContaining({
        action,
        from_state: state,
        to_state: to,
        at: fx.clock.now().toISOString(),
        counter_id: counterIdByNumber(fx.ward, 1),
      }),
    ]);
    const newOutbox = outboxRows(fx.ward).slice(outbox);
    expect(newOutbox).toHaveLength(1);
    expect(newOutbox[0]).toMatchObject({ entity: 'ticket', entity_id: ticket.id, op: `ticket.${action}@1`, actor: 'local' });
    expect(JSON.parse(newOutbox[0]!.payload)).toMatchObject({ action, from: state, to, ticket: { state: to } });
  });

  it.each(cases.filter((c) => !c.to))('$state --$action--> refused with illegal_transition, nothing changed', ({ state, action }) => {
    const fx = wardFixture();
    const ticket = ticketIn(fx, state);
    const row = ticketRow(fx.ward, ticket.id);
    const counts = writeCounts(fx.ward);

    fx.clock.advance(7000);
    const error = expectApiError(() => ACTIONS[action](fx, ticket.id), 'illegal_transition');
    expect(error.message).toContain(ticket.displayNumber);

    expect(ticketRow(fx.ward, ticket.id)).toEqual(row);
    expect(writeCounts(fx.ward)).toEqual(counts);
  });

  it('finishing a ticket that was never called is refused and changes nothing', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    const row = ticketRow(fx.ward, ticket.id);
    const counts = writeCounts(fx.ward);
    expectApiError(() => fx.call('finish', { counterNumber: 1, ticketId: ticket.id }), 'illegal_transition');
    expect(ticketRow(fx.ward, ticket.id)).toEqual(row);
    expect(writeCounts(fx.ward)).toEqual(counts);
  });
});

describe('what each action records', () => {
  it('times every step of a ticket: issue, call, recall, start, finish', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    const issuedAt = fx.clock.now().toISOString();
    const called = callNext(fx, 1)!;
    const calledAt = fx.clock.now().toISOString();
    fx.clock.advance(30_000);
    const recalled = fx.call('recall', { counterNumber: 1, ticketId: ticket.id }).ticket;
    expect(recalled.recallCount).toBe(1);
    fx.clock.advance(30_000);
    expect(fx.call('recall', { counterNumber: 1, ticketId: ticket.id }).ticket.recallCount).toBe(2);
    expect(fx.call('getBoard', {}).recentCalls[0]).toMatchObject({ ticketId: ticket.id, at: fx.clock.now().toISOString() });
    fx.clock.advance(60_000);
    const serving = fx.call('startServing', { counterNumber: 1, ticketId: ticket.id }).ticket;
    const servingAt = fx.clock.now().toISOString();
    fx.clock.advance(600_000);
    const done = fx.call('finish', { counterNumber: 1, ticketId: ticket.id }).ticket;

    expect(called.calledAt).toBe(calledAt);
    expect(serving.servingAt).toBe(servingAt);
    expect(done).toMatchObject({ state: 'done', issuedAt, calledAt, servingAt, finishedAt: fx.clock.now().toISOString(), recallCount: 2 });
    const counter1 = counterIdByNumber(fx.ward, 1);
    expect(ticketEvents(fx.ward, ticket.id).map((e) => [e.action, e.from_state, e.to_state, e.counter_id])).toEqual([
      ['issue', null, 'waiting', null],
      ['call', 'waiting', 'called', counter1],
      ['recall', 'called', 'called', counter1],
      ['recall', 'called', 'called', counter1],
      ['start', 'called', 'serving', counter1],
      ['finish', 'serving', 'done', counter1],
    ]);
  });

  it('records the calling device and the cancel reason', () => {
    const fx = wardFixture();
    const device: Caller = { role: 'counter', counterNumber: 2, deviceId: '0195f3a2-7c1e-7000-8000-0000000000aa', deviceName: 'Quầy 2' };
    const ticket = issue(fx, 'A');
    fx.clock.advance(1000);
    fx.call('callNext', { counterNumber: 2 }, device);
    fx.call('cancel', { counterNumber: 2, ticketId: ticket.id, reason: 'Nhầm dịch vụ' }, device);
    const [, call, cancel] = ticketEvents(fx.ward, ticket.id);
    expect(call).toMatchObject({ action: 'call', device_id: device.deviceId, counter_id: counterIdByNumber(fx.ward, 2) });
    expect(cancel).toMatchObject({ action: 'cancel', device_id: device.deviceId });
    expect(JSON.parse(cancel!.detail!)).toEqual({ reason: 'Nhầm dịch vụ' });
    expect(
      outboxRows(fx.ward)
        .slice(-2)
        .map((r) => r.actor),
    ).toEqual([`device:${device.deviceId}`, `device:${device.deviceId}`]);
  });

  it('records where a transfer sent the ticket', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    callNext(fx, 1);
    fx.call('transfer', { counterNumber: 1, ticketId: ticket.id, toServiceId: serviceIdByLetter(fx.ward, 'D'), toCounterNumber: 3 });
    const transfer = ticketEvents(fx.ward, ticket.id).at(-1)!;
    expect(JSON.parse(transfer.detail!)).toEqual({ toServiceId: serviceIdByLetter(fx.ward, 'D'), toCounterNumber: 3 });
  });
});

describe('acting at the wrong counter or with a wrong target', () => {
  it('refuses any action on a ticket called at another counter, changing nothing', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    callNext(fx, 1);
    const row = ticketRow(fx.ward, ticket.id);
    const counts = writeCounts(fx.ward);
    for (const act of [
      () => fx.call('recall', { counterNumber: 2, ticketId: ticket.id }),
      () => fx.call('startServing', { counterNumber: 2, ticketId: ticket.id }),
      () => fx.call('markNoShow', { counterNumber: 2, ticketId: ticket.id }),
      () => fx.call('cancel', { counterNumber: 2, ticketId: ticket.id }),
      () => fx.call('transfer', { counterNumber: 2, ticketId: ticket.id, toCounterNumber: 3 }),
    ])
      expectApiError(act, 'ticket_not_at_counter');
    expect(ticketRow(fx.ward, ticket.id)).toEqual(row);
    expect(writeCounts(fx.ward)).toEqual(counts);
  });

  it('refuses to finish or transfer a ticket being served at another counter, changing nothing', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    callNext(fx, 1);
    fx.call('startServing', { counterNumber: 1, ticketId: ticket.id });
    const row = ticketRow(fx.ward, ticket.id);
    const counts = writeCounts(fx.ward);
    expectApiError(() => fx.call('finish', { counterNumber: 3, ticketId: ticket.id }), 'ticket_not_at_counter');
    expectApiError(() => fx.call('transfer', { counterNumber: 3, ticketId: ticket.id, toCounterNumber: 2 }), 'ticket_not_at_counter');
    expect(ticketRow(fx.ward, ticket.id)).toEqual(row);
    expect(writeCounts(fx.ward)).toEqual(counts);
  });

  it('refuses a transfer without a target or to the same place, changing nothing', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    callNext(fx, 1);
    const row = ticketRow(fx.ward, ticket.id);
    const counts = writeCounts(fx.ward);
    expectApiError(() => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id }), 'transfer_target_required');
    expectApiError(
      () => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id, toServiceId: ticket.serviceId }),
      'transfer_same_place',
    );
    expectApiError(() => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id, toCounterNumber: 1 }), 'transfer_same_place');
    expectApiError(() => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id, toCounterNumber: 42 }), 'counter_not_found');
    expectApiError(
      () => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id, toServiceId: '0195f3a2-7c1e-7000-8000-000000000001' }),
      'service_not_found',
    );
    expect(ticketRow(fx.ward, ticket.id)).toEqual(row);
    expect(writeCounts(fx.ward)).toEqual(counts);
  });

  it('refuses an unknown ticket', () => {
    const fx = wardFixture();
    expectApiError(
      () => fx.call('startServing', { counterNumber: 1, ticketId: '0195f3a2-7c1e-7000-8000-000000000001' }),
      'ticket_not_found',
    );
  });
});

describe('events pushed to the board and counters', () => {
  function recordEvents(fx: WardFixture) {
    const seen: { name: string; data: unknown; inTransaction: boolean }[] = [];
    fx.ward.events.subscribe((name, data) => seen.push({ name, data, inTransaction: fx.ward.db.inTransaction }));
    return seen;
  }

  it('announces a call and a recall with number and counter, only after the change has committed', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'B');
    const seen = recordEvents(fx);
    callNext(fx, 3);
    const calledAt = fx.clock.now().toISOString();
    fx.clock.advance(30_000);
    const recalledAt = fx.clock.now().toISOString();
    fx.call('recall', { counterNumber: 3, ticketId: ticket.id });
    // Each of the four pushes on its own: the display speaks on ticket.called, the board redraws on board.changed.
    const call = { ticketId: ticket.id, displayNumber: 'B001', counterNumber: 3, serviceName: 'Chứng thực' };
    expect(seen).toEqual([
      { name: 'ticket.called', data: { ...call, at: calledAt, recall: false }, inTransaction: false },
      { name: 'board.changed', data: { at: calledAt }, inTransaction: false },
      { name: 'ticket.called', data: { ...call, at: recalledAt, recall: true }, inTransaction: false },
      { name: 'board.changed', data: { at: recalledAt }, inTransaction: false },
    ]);
  });

  it('pushes nothing for a refused action or an empty queue', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    const seen = recordEvents(fx);
    expectApiError(() => fx.call('finish', { counterNumber: 1, ticketId: ticket.id }), 'illegal_transition');
    expectApiError(() => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id }), 'transfer_target_required');
    fx.call('cancel', { counterNumber: 1, ticketId: ticket.id });
    seen.length = 0;
    expect(callNext(fx, 1)).toBeNull();
    expect(seen).toEqual([]);
  });
});
