import { describe, expect, it } from 'vitest';
import { callNext, issue, serveNext, serveOnly } from '../support/queue-actions';
import { expectApiError, wardFixture } from '../support/ward-fixture';
import { counterIdByNumber, serviceIdByLetter, ticketEvents, writeCounts } from '../support/ward-queries';

describe('call next: order', () => {
  it('calls the oldest priority ticket first, priority tickets FIFO, then regular tickets FIFO', () => {
    const fx = wardFixture();
    const r1 = issue(fx, 'A');
    const r2 = issue(fx, 'B');
    const p1 = issue(fx, 'B', { priority: true });
    const r3 = issue(fx, 'A');
    const p2 = issue(fx, 'A', { priority: true });

    const order = [1, 2, 3, 4, 5].map(() => serveNext(fx, 1)!.displayNumber);
    expect(order).toEqual([p1, p2, r1, r2, r3].map((t) => t.displayNumber));
    expect(callNext(fx, 1)).toBeNull();
  });

  it('stamps the call with the counter and the time', () => {
    const fx = wardFixture();
    const issued = issue(fx, 'C');
    const called = callNext(fx, 2)!;
    expect(called).toMatchObject({ id: issued.id, state: 'called', counterNumber: 2, calledAt: fx.clock.now().toISOString() });
    expect(fx.call('getCounterState', { counterNumber: 2 }).current?.id).toBe(issued.id);
    expect(fx.call('getBoard', {}).counters.find((c) => c.number === 2)!.current?.displayNumber).toBe('C001');
  });

  it('never hands the same ticket to two counters', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    issue(fx, 'A');
    const first = callNext(fx, 1)!;
    const second = callNext(fx, 2)!;
    expect(second.id).not.toBe(first.id);
    expect(callNext(fx, 3)).toBeNull();
  });
});

describe('call next: which counter gets what', () => {
  it('gives a counter only tickets of the services it serves', () => {
    const fx = wardFixture();
    serveOnly(fx, 3, ['B']);
    const a = issue(fx, 'A', { priority: true });
    const b = issue(fx, 'B');
    expect(callNext(fx, 3)!.id).toBe(b.id);
    expect(callNext(fx, 2)!.id).toBe(a.id);
  });

  it('returns nothing to a counter whose services have nobody waiting, and changes nothing', () => {
    const fx = wardFixture();
    serveOnly(fx, 3, ['E']);
    issue(fx, 'A');
    const before = writeCounts(fx.ward);
    expect(callNext(fx, 3)).toBeNull();
    expect(writeCounts(fx.ward)).toEqual(before);
  });

  it('lets only the target counter call a ticket transferred to it', () => {
    const fx = wardFixture();
    const a1 = issue(fx, 'A');
    expect(callNext(fx, 1)!.id).toBe(a1.id);
    const moved = fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toCounterNumber: 2 }).ticket;
    expect(moved).toMatchObject({ state: 'transferred', targetCounterNumber: 2, serviceId: a1.serviceId });
    const a2 = issue(fx, 'A');

    // Counter 1 (now free) and counter 3 serve A too, but neither may take the ticket meant for 2.
    expect(callNext(fx, 1)!.id).toBe(a2.id);
    expect(callNext(fx, 3)).toBeNull();
    const atTwo = callNext(fx, 2)!;
    expect(atTwo).toMatchObject({ id: a1.id, state: 'called', counterNumber: 2, targetCounterNumber: null });
    expect(ticketEvents(fx.ward, a1.id).at(-1)).toMatchObject({
      action: 'call',
      from_state: 'transferred',
      counter_id: counterIdByNumber(fx.ward, 2),
    });
  });

  it('lets the target counter call a transferred ticket even for a service it does not serve', () => {
    const fx = wardFixture();
    serveOnly(fx, 3, ['E']);
    const a1 = issue(fx, 'A');
    callNext(fx, 1);
    fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toCounterNumber: 3 });
    expect(callNext(fx, 3)!.id).toBe(a1.id);
  });

  it('never gives a ticket sent to "any counter" back to the counter that sent it', () => {
    const fx = wardFixture();
    serveOnly(fx, 1, ['A', 'B']);
    serveOnly(fx, 2, ['B']);
    serveOnly(fx, 3, ['E']);
    const a1 = issue(fx, 'A');
    expect(callNext(fx, 1)!.id).toBe(a1.id);
    const moved = fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toServiceId: serviceIdByLetter(fx.ward, 'B') }).ticket;
    expect(moved).toMatchObject({ state: 'transferred', counterNumber: 1, targetCounterNumber: null });

    // Counter 1 serves B as well and is free, but the citizen it just sent away goes to the other B counter.
    expect(callNext(fx, 1)).toBeNull();
    expect(fx.call('getCounterState', { counterNumber: 1 }).waiting.find((w) => w.letter === 'B')).toMatchObject({ waiting: 0, next: [] });
    expect(fx.call('getCounterState', { counterNumber: 2 }).waiting.find((w) => w.letter === 'B')).toMatchObject({
      waiting: 1,
      next: [{ displayNumber: 'A001', priorityName: null }],
    });
    expect(callNext(fx, 2)).toMatchObject({ id: a1.id, counterNumber: 2 });
  });

  it('refuses "any counter" when no other counter serves the service, and changes nothing', () => {
    const fx = wardFixture();
    serveOnly(fx, 1, ['A', 'E']);
    serveOnly(fx, 2, ['A']);
    serveOnly(fx, 3, ['A']);
    const a1 = issue(fx, 'A');
    callNext(fx, 1);
    const before = writeCounts(fx.ward);
    expectApiError(
      () => fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toServiceId: serviceIdByLetter(fx.ward, 'E') }),
      'transfer_no_other_counter',
    );
    expect(writeCounts(fx.ward)).toEqual(before);
  });

  it('shows each counter the next numbers it would call and how many of them have priority', () => {
    const fx = wardFixture();
    const regular = [1, 2, 3, 4, 5, 6].map(() => issue(fx, 'A'));
    const priority = issue(fx, 'A', { priority: true });
    const line = fx.call('getCounterState', { counterNumber: 1 }).waiting.find((w) => w.letter === 'A')!;
    expect(line).toMatchObject({ waiting: 7, priorityWaiting: 1 });
    expect(line.next.map((t) => t.displayNumber)).toEqual([priority, ...regular.slice(0, 4)].map((t) => t.displayNumber));
    expect(line.next[0]!.priorityName).toBe(priority.priorityName);
    expect(callNext(fx, 1)!.id).toBe(priority.id);
  });

  it('keeps the original issue time on transfer: the citizen goes ahead of newer tickets of the target service', () => {
    const fx = wardFixture();
    serveOnly(fx, 2, ['B']);
    const a1 = issue(fx, 'A');
    const b1 = issue(fx, 'B');
    const b2 = issue(fx, 'B');
    expect(callNext(fx, 1)!.id).toBe(a1.id);
    const moved = fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toServiceId: serviceIdByLetter(fx.ward, 'B') }).ticket;
    expect(moved).toMatchObject({ serviceId: serviceIdByLetter(fx.ward, 'B'), displayNumber: 'A001', issuedAt: a1.issuedAt });

    expect(serveNext(fx, 2)!.id).toBe(a1.id);
    expect(serveNext(fx, 2)!.id).toBe(b1.id);
    expect(serveNext(fx, 2)!.id).toBe(b2.id);
  });

  it('puts a no-show that comes back in its original place, not at the end', () => {
    const fx = wardFixture();
    const a1 = issue(fx, 'A');
    const a2 = issue(fx, 'A');
    callNext(fx, 1);
    fx.call('markNoShow', { counterNumber: 1, ticketId: a1.id });
    issue(fx, 'A');
    fx.call('returnToQueue', { counterNumber: 1, ticketId: a1.id });
    expect(callNext(fx, 1)!.id).toBe(a1.id);
    expect(callNext(fx, 2)!.id).toBe(a2.id);
  });

  it('refuses to call while the counter still holds a called or serving ticket', () => {
    const fx = wardFixture();
    const a1 = issue(fx, 'A');
    issue(fx, 'A');
    callNext(fx, 1);
    let before = writeCounts(fx.ward);
    expect(expectApiError(() => callNext(fx, 1), 'counter_busy').message).toContain('A001');
    expect(writeCounts(fx.ward)).toEqual(before);

    fx.call('startServing', { counterNumber: 1, ticketId: a1.id });
    before = writeCounts(fx.ward);
    expectApiError(() => callNext(fx, 1), 'counter_busy');
    expect(writeCounts(fx.ward)).toEqual(before);

    fx.call('finish', { counterNumber: 1, ticketId: a1.id });
    expect(callNext(fx, 1)!.displayNumber).toBe('A002');
  });

  it('refuses an unknown or inactive counter', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    expectApiError(() => callNext(fx, 9), 'counter_not_found');
    const counter = fx.call('getConfig', {}).counters.find((c) => c.number === 3)!;
    fx.call('saveCounter', { ...counter, active: false });
    expectApiError(() => callNext(fx, 3), 'counter_not_found');
  });
});

describe('call next across local midnight', () => {
  it('does not call tickets left over from yesterday, whose numbers are being handed out again today', () => {
    const fx = wardFixture({ start: '2026-03-10T09:00:00.000Z' }); // 16:00 in Hanoi
    const stale = issue(fx, 'A');
    issue(fx, 'A', { priority: true });
    fx.clock.set('2026-03-11T01:00:00.000Z'); // 08:00 the next morning
    const today = issue(fx, 'A');
    expect(today.displayNumber).toBe(stale.displayNumber);

    expect(callNext(fx, 1)!.id).toBe(today.id);
    expect(callNext(fx, 2)).toBeNull();
  });

  it('counts only today’s tickets as waiting on the board, the counter and the printed ticket', () => {
    const fx = wardFixture({ start: '2026-03-10T09:00:00.000Z' });
    issue(fx, 'A');
    issue(fx, 'A');
    fx.clock.set('2026-03-11T01:00:00.000Z');
    fx.clock.advance(1000);
    const result = fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    expect(result.ahead).toBe(0);
    expect(result.estimatedCallAt).toBe(fx.clock.now().toISOString());
    expect(fx.call('getBoard', {}).services.find((s) => s.letter === 'A')!.waiting).toBe(1);
    expect(fx.call('getCounterState', { counterNumber: 1 }).waiting.find((w) => w.letter === 'A')!.waiting).toBe(1);
  });
});
