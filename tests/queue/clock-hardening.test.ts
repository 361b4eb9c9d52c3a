import { describe, expect, it } from 'vitest';
import { HLC_MAX_COUNTER } from '../../src/shared/clock/hlc';
import { callNext, issue } from '../support/queue-actions';
import { wardFixture } from '../support/ward-fixture';
import { outboxRows, serviceIdByLetter } from '../support/ward-queries';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('a PC clock that is wrong never stops or reorders the ward', () => {
  it('keeps writing after a clock once a month ahead left the stamp at the end of its counter', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    fx.ward.db.prepare('UPDATE sync_state SET hlc_wall = ?, hlc_counter = ?').run(fx.clock.now().getTime() + 30 * DAY, HLC_MAX_COUNTER - 5);
    const before = outboxRows(fx.ward).length;
    const tickets = Array.from({ length: 12 }, () => issue(fx, 'A'));
    expect(tickets.map((t) => t.displayNumber)).toEqual(Array.from({ length: 12 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
    const stamps = outboxRows(fx.ward)
      .slice(before)
      .map((r) => r.hlc);
    expect(stamps).toHaveLength(12);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
  });

  it('calls tickets in the order they were issued even when the clock is set back an hour in between', () => {
    const fx = wardFixture({ start: '2026-03-10T03:00:00.000Z' });
    const a1 = issue(fx, 'A');
    const a2 = issue(fx, 'A');
    fx.clock.advance(-HOUR);
    const a3 = issue(fx, 'A');
    expect(a3.displayNumber).toBe('A003');
    const called = [1, 2, 3].map((counter) => callNext(fx, counter)!.displayNumber);
    expect(called).toEqual([a1.displayNumber, a2.displayNumber, a3.displayNumber]);
  });

  it('tells IT the clock went back an hour at the next write, and stops once the clock has caught up', () => {
    const fx = wardFixture({ start: '2026-03-10T03:00:00.000Z' });
    issue(fx, 'A');
    expect(fx.ward.health.health().problems).toEqual([]);
    fx.clock.advance(-HOUR);
    issue(fx, 'A');
    expect(fx.ward.health.health().problems).toEqual([
      {
        code: 'clock_went_back',
        since: '2026-03-10T02:00:02.000Z', // each issue comes a second after the step before
        message:
          'Đồng hồ máy tính đã bị lùi khoảng 60 phút. Số thứ tự vẫn được gọi đúng thứ tự; hãy báo cán bộ công nghệ thông tin chỉnh lại giờ.',
      },
    ]);
    fx.clock.advance(HOUR + 60_000);
    issue(fx, 'A');
    expect(fx.ward.health.health().problems).toEqual([]);
  });

  it('keeps the day the line has reached when the clock is set back across midnight', () => {
    // 09:00 on 11 March in Hanoi, then back to 23:30 on 10 March.
    const fx = wardFixture({ start: '2026-03-11T02:00:00.000Z' });
    const first = issue(fx, 'A');
    fx.clock.set('2026-03-10T16:30:00.000Z');
    const second = fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') }).ticket;
    expect([first.localDay, second.localDay]).toEqual(['2026-03-11', '2026-03-11']);
    expect(second.displayNumber).toBe('A002');
    const board = fx.call('getBoard', {});
    expect(board.services.find((s) => s.letter === 'A')!.waiting).toBe(2);
    expect(fx.call('callNext', { counterNumber: 1 }).ticket!.displayNumber).toBe('A001');
  });

  it('a priority ticket still goes ahead of regular ones issued before the clock was set back', () => {
    const fx = wardFixture({ start: '2026-03-10T03:00:00.000Z' });
    issue(fx, 'A');
    fx.clock.advance(-2 * HOUR);
    const priority = issue(fx, 'A', { priority: true });
    const regular = issue(fx, 'A');
    expect(callNext(fx, 1)!.id).toBe(priority.id);
    expect(fx.call('getBoard', {}).services.find((s) => s.letter === 'A')!.waiting).toBe(2);
    expect(regular.displayNumber).toBe('A003');
  });
});
