import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/main/service/caller';
import { callNext, issue, serveOnly } from '../support/queue-actions';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { serviceIdByLetter } from '../support/ward-queries';

// A reprinted ticket states the line as it is now, not as it was at issue (docs/testing.md, gaps).
// The seeded floor: 10 minutes a ticket, counters 1–3 serving every service; Hanoi is UTC+7.

/** The two lines of the printed ticket a citizen plans by. */
function figures(fx: WardFixture, ticketId: string): string[] {
  const html = fx.call('renderTicketDocument', { ticketId }).html;
  const text = html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  return text.filter((l) => /trước bạn|Dự kiến/.test(l));
}

describe('a reprinted ticket', () => {
  it('counts only the people still ahead now, with a call time from now, never in the past', () => {
    const fx = wardFixture({ start: '2026-03-10T01:00:00.000Z' });
    issue(fx, 'A');
    issue(fx, 'A');
    issue(fx, 'A');
    const mine = issue(fx, 'A');
    issue(fx, 'A'); // after mine: never ahead of it
    // At issue: 3 ahead, 30 minutes over 3 counters, called around 08:10.
    expect(figures(fx, mine.id)).toEqual(['Số người đang chờ trước bạn: 3', 'Dự kiến được gọi lúc: 08:10']);

    callNext(fx, 1);
    callNext(fx, 2);
    fx.clock.set('2026-03-10T02:30:00.000Z');
    // An hour and a half later one person is still ahead: 10 minutes over 3 counters, 4 minutes from 09:30.
    expect(figures(fx, mine.id)).toEqual(['Số người đang chờ trước bạn: 1', 'Dự kiến được gọi lúc: 09:34']);

    callNext(fx, 3);
    fx.clock.set('2026-03-10T03:15:00.000Z');
    // Nobody ahead: the citizen is next, now, not at the time estimated at issue.
    expect(figures(fx, mine.id)).toEqual(['Không có ai đang chờ trước bạn', 'Dự kiến được gọi lúc: 10:15']);
  });

  it('of a priority ticket counts only the priority tickets that came before it', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    issue(fx, 'A', { priority: true });
    issue(fx, 'A');
    const mine = issue(fx, 'A', { priority: true });
    issue(fx, 'A', { priority: true });
    fx.clock.set('2026-03-10T02:00:00.000Z');
    expect(figures(fx, mine.id)).toEqual(['Số người đang chờ trước bạn: 1', 'Dự kiến được gọi lúc: 09:04']);
  });

  it('of a ticket transferred to another service counts that service’s line and counters', () => {
    const fx = wardFixture();
    serveOnly(fx, 1, ['A']);
    serveOnly(fx, 3, ['A']);
    issue(fx, 'B'); // came before the transferred citizen: stays ahead
    const mine = issue(fx, 'A');
    issue(fx, 'B'); // came after: stays behind
    expect(callNext(fx, 1)!.id).toBe(mine.id);
    fx.call('transfer', { counterNumber: 1, ticketId: mine.id, toServiceId: serviceIdByLetter(fx.ward, 'B') });
    fx.clock.set('2026-03-10T02:00:00.000Z');
    // B001 ahead; only counter 2 serves B: 10 minutes.
    expect(figures(fx, mine.id)).toEqual(['Số người đang chờ trước bạn: 1', 'Dự kiến được gọi lúc: 09:10']);
  });

  it('of a ticket already called says nobody is ahead and gives the time of the reprint', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    const mine = issue(fx, 'A');
    callNext(fx, 1);
    callNext(fx, 2);
    fx.clock.set('2026-03-10T02:20:00.000Z');
    expect(figures(fx, mine.id)).toEqual(['Không có ai đang chờ trước bạn', 'Dự kiến được gọi lúc: 09:20']);
  });

  it('of a ticket already called says nobody is ahead, even with a priority citizen now waiting', () => {
    const fx = wardFixture();
    const mine = issue(fx, 'A');
    expect(callNext(fx, 1)!.id).toBe(mine.id);
    // A priority ticket goes before every regular one still waiting; the citizen at the counter is not waiting.
    issue(fx, 'A', { priority: true });
    fx.clock.set('2026-03-10T02:20:00.000Z');
    expect(figures(fx, mine.id)).toEqual(['Không có ai đang chờ trước bạn', 'Dự kiến được gọi lúc: 09:20']);
  });
});

describe('printing from a kiosk', () => {
  const kioskA: Caller = { role: 'kiosk', counterNumber: null, deviceId: '0195f3a2-7c1e-7000-8000-00000000000a', deviceName: 'Kiosk A' };
  const kioskB: Caller = { role: 'kiosk', counterNumber: null, deviceId: '0195f3a2-7c1e-7000-8000-00000000000b', deviceName: 'Kiosk B' };

  it('prints and reports on the tickets it issued itself only; the ward PC may reprint any', () => {
    const fx = wardFixture();
    const serviceId = serviceIdByLetter(fx.ward, 'A');
    const mine = fx.call('issueTicket', { serviceId }, kioskA).ticket;

    expect(fx.call('renderTicketDocument', { ticketId: mine.id }, kioskA).html).toContain('A001');
    expect(fx.call('markTicketPrinted', { ticketId: mine.id, ok: true }, kioskA).ticket.printStatus).toBe('printed');
    const notYours = expectApiError(() => fx.call('renderTicketDocument', { ticketId: mine.id }, kioskB), 'ticket_not_yours');
    expect(notYours.status).toBe(403);
    expectApiError(() => fx.call('markTicketPrinted', { ticketId: mine.id, ok: false }, kioskB), 'ticket_not_yours');
    expect(fx.call('listTickets', {}).tickets[0]!.printStatus).toBe('printed');

    expect(fx.call('renderTicketDocument', { ticketId: mine.id }).html).toContain('A001');
    expect(fx.call('markTicketPrinted', { ticketId: mine.id, ok: false, error: 'Máy in tắt' }).ticket).toMatchObject({
      printStatus: 'failed',
      printError: 'Máy in tắt',
    });
  });
});

describe('the test print', () => {
  it('prints the ward name, the sample number and the "not for queueing" mark at the current Hanoi time', () => {
    const fx = wardFixture({ start: '2026-11-23T01:05:00.000Z' });
    const html = fx.call('renderSampleTicketDocument', {}).html;
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(text).toContain('PHIẾU IN THỬ – KHÔNG DÙNG ĐỂ XẾP HÀNG');
    expect(text).toContain('Kiểm tra máy in phiếu số thứ tự');
    expect(text).toContain('A000');
    expect(text.some((l) => l.includes('08:05'))).toBe(true);
    // The ward's name as configured on first start (src/main/service/config/default-config.ts).
    expect(text.some((l) => l.toLowerCase().includes('điểm phục vụ hành chính công'))).toBe(true);
  });
});
