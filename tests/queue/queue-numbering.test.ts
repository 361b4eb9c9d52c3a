import { describe, expect, it } from 'vitest';
import { issue } from '../support/queue-actions';
import { expectApiError, wardFixture } from '../support/ward-fixture';
import { serviceIdByLetter, writeCounts } from '../support/ward-queries';

describe('ticket numbering', () => {
  it('numbers each service A001, A002… and service B independently', () => {
    const fx = wardFixture();
    expect(issue(fx, 'A').displayNumber).toBe('A001');
    expect(issue(fx, 'A').displayNumber).toBe('A002');
    expect(issue(fx, 'B').displayNumber).toBe('B001');
    expect(issue(fx, 'A', { priority: true }).displayNumber).toBe('A003');
    expect(issue(fx, 'B').displayNumber).toBe('B002');
  });

  it('restarts every service at 001 at local midnight (17:00 UTC), not at UTC midnight', () => {
    const fx = wardFixture({ start: '2026-03-10T16:00:00.000Z' });
    issue(fx, 'A');
    issue(fx, 'A');
    issue(fx, 'B');
    fx.clock.set('2026-03-10T16:59:00.000Z');
    const late = issue(fx, 'A');
    expect(late.displayNumber).toBe('A003');
    expect(late.localDay).toBe('2026-03-10');

    fx.clock.set('2026-03-10T16:59:59.000Z'); // issue() adds a second: exactly 17:00:00 UTC, 00:00 in Hanoi
    const first = issue(fx, 'A');
    expect(first.issuedAt).toBe('2026-03-10T17:00:00.000Z');
    expect(first.displayNumber).toBe('A001');
    expect(first.localDay).toBe('2026-03-11');
    expect(issue(fx, 'A').displayNumber).toBe('A002');
    expect(issue(fx, 'B').displayNumber).toBe('B001');

    // UTC midnight is 07:00 in Hanoi, the same local day: numbering continues.
    fx.clock.set('2026-03-11T00:00:00.000Z');
    expect(issue(fx, 'A').displayNumber).toBe('A003');
  });

  it('lists the new day without yesterday’s tickets', () => {
    const fx = wardFixture({ start: '2026-03-10T16:58:00.000Z' });
    issue(fx, 'A');
    fx.clock.set('2026-03-10T17:00:00.000Z');
    const today = issue(fx, 'A');
    expect(fx.call('listTickets', {}).tickets.map((t) => t.id)).toEqual([today.id]);
    expect(fx.call('listTickets', { day: '2026-03-10' }).tickets.map((t) => t.displayNumber)).toEqual(['A001']);
  });
});

describe('daily capacity', () => {
  function limitService(fx: ReturnType<typeof wardFixture>, letter: string, dailyCapacity: number) {
    const service = fx.call('getConfig', {}).services.find((s) => s.letter === letter)!;
    const { id, code, name, fields, minutesPerTicket, active, sortOrder } = service;
    fx.call('saveService', { id, code, name, letter, fields, minutesPerTicket, active, sortOrder, dailyCapacity });
  }

  it('refuses the ticket past the capacity, writing nothing, and issues again the next local day', () => {
    const fx = wardFixture({ start: '2026-03-10T08:00:00.000Z' });
    limitService(fx, 'A', 2);
    issue(fx, 'A');
    issue(fx, 'A');
    expect(fx.call('getBoard', {}).services.find((s) => s.letter === 'A')!.remainingToday).toBe(0);

    const before = writeCounts(fx.ward);
    const error = expectApiError(() => issue(fx, 'A'), 'capacity_reached');
    expect(error.message).toContain('hết số');
    expect(writeCounts(fx.ward)).toEqual(before);

    // Other services are not limited.
    expect(issue(fx, 'B').displayNumber).toBe('B001');

    fx.clock.set('2026-03-10T17:00:00.000Z');
    expect(issue(fx, 'A').displayNumber).toBe('A001');
    expect(fx.call('getBoard', {}).services.find((s) => s.letter === 'A')!.remainingToday).toBe(1);
  });

  it('counts cancelled tickets against the capacity: a number once handed out is never reissued', () => {
    const fx = wardFixture();
    limitService(fx, 'A', 1);
    const ticket = issue(fx, 'A');
    fx.call('cancel', { counterNumber: 1, ticketId: ticket.id });
    expectApiError(() => issue(fx, 'A'), 'capacity_reached');
  });
});

describe('issuing', () => {
  it('tells the citizen how many are ahead and when they are likely called', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    issue(fx, 'A');
    issue(fx, 'A');
    fx.clock.advance(1000);
    const result = fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    expect(result.ahead).toBe(3);
    // 3 ahead × 10 minutes over 3 counters serving A.
    expect(result.estimatedCallAt).toBe(new Date(fx.clock.now().getTime() + 10 * 60_000).toISOString());

    const priority = issue(fx, 'A', { priority: true });
    expect(priority.priorityName).toBe('Người cao tuổi');
  });

  it('refuses a service that has stopped issuing, writing nothing', () => {
    const fx = wardFixture();
    const service = fx.call('getConfig', {}).services.find((s) => s.letter === 'D')!;
    fx.call('saveService', { ...service, active: false });
    const before = writeCounts(fx.ward);
    expectApiError(() => issue(fx, 'D'), 'service_inactive');
    expect(writeCounts(fx.ward)).toEqual(before);
    expect(fx.call('getBoard', {}).services.map((s) => s.letter)).not.toContain('D');
  });

  it('refuses an unknown service or priority category, writing nothing', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    expectApiError(() => fx.call('issueTicket', { serviceId: '0195f3a2-7c1e-7000-8000-000000000001' }), 'service_not_found');
    expectApiError(
      () =>
        fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A'), priorityCategoryId: '0195f3a2-7c1e-7000-8000-000000000001' }),
      'priority_not_found',
    );
    expect(writeCounts(fx.ward)).toEqual(before);
  });
});
