import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/main/service/api-error';
import { hlcCompare, hlcDecode } from '../../src/shared/clock/hlc';
import { issue } from '../support/queue-actions';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { outboxRows, serviceIdByLetter, ticketEvents, ticketRow, writeCounts } from '../support/ward-queries';

function expectGapFreeAndOrdered(fx: WardFixture) {
  const rows = outboxRows(fx.ward);
  expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  const stamps = rows.map((r) => r.hlc);
  for (let i = 1; i < stamps.length; i++) {
    expect(hlcCompare(hlcDecode(stamps[i]!), hlcDecode(stamps[i - 1]!))).toBeGreaterThan(0);
    expect(stamps[i]! > stamps[i - 1]!).toBe(true);
  }
  const device = (fx.ward.db.prepare('SELECT device_id AS d FROM sync_state').get() as { d: string }).d;
  expect(new Set(stamps.map((s) => hlcDecode(s).node))).toEqual(new Set([device]));
}

describe('outbox', () => {
  it('starts with the seeded catalogue: one row per service, counter and priority category', () => {
    const fx = wardFixture();
    // The procedure catalogue and the calendar seed rows of their own after these.
    const rows = outboxRows(fx.ward).filter((r) => ['service', 'counter', 'priority_category'].includes(r.entity));
    expect(rows.map((r) => r.op)).toEqual([
      ...Array(5).fill('service.save@1'),
      ...Array(3).fill('counter.save@1'),
      ...Array(5).fill('priority_category.save@1'),
    ]);
    expectGapFreeAndOrdered(fx);
  });

  it('appends exactly one row per change, stamped with the change time', () => {
    const fx = wardFixture();
    const before = outboxRows(fx.ward).length;
    const ticket = issue(fx, 'A');
    const steps: [string, () => unknown][] = [
      ['call', () => fx.call('callNext', { counterNumber: 1 })],
      ['recall', () => fx.call('recall', { counterNumber: 1, ticketId: ticket.id })],
      ['start', () => fx.call('startServing', { counterNumber: 1, ticketId: ticket.id })],
      ['transfer', () => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id, toCounterNumber: 2 })],
      ['call', () => fx.call('callNext', { counterNumber: 2 })],
      ['no_show', () => fx.call('markNoShow', { counterNumber: 2, ticketId: ticket.id })],
      ['return_to_queue', () => fx.call('returnToQueue', { counterNumber: 2, ticketId: ticket.id })],
      ['cancel', () => fx.call('cancel', { counterNumber: 2, ticketId: ticket.id })],
      ['printed', () => fx.call('markTicketPrinted', { ticketId: ticket.id, ok: true })],
    ];
    for (const [action, step] of steps) {
      fx.clock.advance(5000);
      step();
      const last = outboxRows(fx.ward).at(-1)!;
      expect(last.op).toBe(`ticket.${action}@1`);
      expect(last.wall_time).toBe(fx.clock.now().toISOString());
    }
    expect(outboxRows(fx.ward).length - before).toBe(1 + steps.length);
    expect(ticketEvents(fx.ward, ticket.id)).toHaveLength(1 + steps.length);
    expectGapFreeAndOrdered(fx);
  });

  it('keeps clock stamps increasing when the PC clock is set back, even by days', () => {
    const fx = wardFixture({ start: '2026-03-10T03:00:00.000Z' });
    issue(fx, 'A');
    fx.clock.set('2026-03-08T03:00:00.000Z');
    issue(fx, 'A');
    issue(fx, 'B');
    fx.clock.set('2026-03-08T02:59:00.000Z');
    fx.call('callNext', { counterNumber: 1 });
    fx.clock.set('2026-03-11T03:00:00.000Z');
    issue(fx, 'C');
    expectGapFreeAndOrdered(fx);
    expect(hlcDecode(outboxRows(fx.ward).at(-1)!.hlc)).toMatchObject({ wall: Date.parse('2026-03-11T03:00:01.000Z'), counter: 0 });
  });

  it('appends nothing for a refused action', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    const before = outboxRows(fx.ward);
    expectApiError(() => fx.call('finish', { counterNumber: 1, ticketId: ticket.id }), 'illegal_transition');
    expectApiError(() => fx.call('transfer', { counterNumber: 1, ticketId: ticket.id }), 'transfer_target_required');
    expectApiError(() => fx.call('callNext', { counterNumber: 77 }), 'counter_not_found');
    fx.call('callNext', { counterNumber: 1 });
    expectApiError(() => fx.call('callNext', { counterNumber: 1 }), 'counter_busy');
    expect(outboxRows(fx.ward).slice(0, before.length)).toEqual(before);
    expect(outboxRows(fx.ward)).toHaveLength(before.length + 1);
    expectGapFreeAndOrdered(fx);
  });

  it('writes the change and its outbox row in one transaction: if the outbox write fails, the change is undone', () => {
    const fx = wardFixture();
    const ticket = issue(fx, 'A');
    const row = ticketRow(fx.ward, ticket.id);
    const counts = writeCounts(fx.ward);
    fx.ward.db.exec(`CREATE TEMP TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => fx.call('callNext', { counterNumber: 1 })).toThrow(/disk full/);
    expect(() => issue(fx, 'A')).toThrow(/disk full/);
    expect(ticketRow(fx.ward, ticket.id)).toEqual(row);
    expect(writeCounts(fx.ward)).toEqual(counts);

    fx.ward.db.exec('DROP TRIGGER outbox_full');
    expect(fx.call('callNext', { counterNumber: 1 }).ticket?.id).toBe(ticket.id);
    expect(issue(fx, 'A').displayNumber).toBe('A002');
    expectGapFreeAndOrdered(fx);
  });

  it('stays gap-free and ordered under any mix of actions, refusals and clock jumps', () => {
    type Op =
      | { kind: 'issue'; letter: string; priority: boolean }
      | { kind: 'call' | 'recall' | 'start' | 'finish' | 'noShow' | 'cancel'; counter: number }
      | { kind: 'jump'; ms: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('issue' as const), letter: fc.constantFrom('A', 'B', 'C'), priority: fc.boolean() }),
      fc.record({
        kind: fc.constantFrom('call', 'recall', 'start', 'finish', 'noShow', 'cancel'),
        counter: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({ kind: fc.constant('jump' as const), ms: fc.integer({ min: -2 * 86_400_000, max: 3_600_000 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const fx = wardFixture();
        try {
          for (const o of ops) {
            const before = outboxRows(fx.ward).length;
            let changes = 0;
            try {
              changes = apply(fx, o);
            } catch (error) {
              if (!(error instanceof ApiError)) throw error;
            }
            expect(outboxRows(fx.ward).length).toBe(before + changes);
          }
          expectGapFreeAndOrdered(fx);
        } finally {
          fx.close();
        }
      }),
      { numRuns: 25 },
    );

    /** Performs one step; returns how many changes it made (0 when it was refused or had nothing to do). */
    function apply(fx: WardFixture, o: Op): number {
      if (o.kind === 'jump') {
        fx.clock.advance(o.ms);
        return 0;
      }
      fx.clock.advance(1000);
      if (o.kind === 'issue') {
        const priorityCategoryId = o.priority ? fx.call('getBoard', {}).priorityCategories[0]!.id : null;
        fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, o.letter), priorityCategoryId });
        return 1;
      }
      const counterNumber = o.counter;
      if (o.kind === 'call') return fx.call('callNext', { counterNumber }).ticket ? 1 : 0;
      const current = fx.call('getCounterState', { counterNumber }).current;
      if (!current) return 0;
      const at = { counterNumber, ticketId: current.id };
      const method = ({ recall: 'recall', start: 'startServing', finish: 'finish', noShow: 'markNoShow', cancel: 'cancel' } as const)[
        o.kind
      ];
      fx.call(method, at);
      return 1;
    }
    // A property run of many ward days: seconds on a busy two-core machine.
  }, 30_000);
});
