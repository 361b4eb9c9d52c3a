import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/shared/api/schemas';
import { callNext, issue, issueWithFigures, serveOnly } from '../support/queue-actions';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { outboxRows, serviceIdByLetter, ticketEvents } from '../support/ward-queries';

// Gaps mutation testing found in the queue (docs/testing.md): figures a citizen reads, what a clerk
// lists and sees, and the pushes that keep the board current. The seeded floor: services A–E at 10
// minutes a ticket, no daily cap, counters 1–3 each serving every service. The fixture's clock
// starts at 08:00 in Hanoi.

function setService(fx: WardFixture, letter: string, change: { dailyCapacity?: number | null; minutesPerTicket?: number }): void {
  const service = fx.call('getConfig', {}).services.find((s) => s.letter === letter)!;
  fx.call('saveService', { ...service, ...change });
}

const minutesFromNow = (fx: WardFixture, minutes: number) => new Date(fx.clock.now().getTime() + minutes * 60_000).toISOString();

describe('people ahead of a new ticket', () => {
  it('counts for a priority ticket only the priority tickets still waiting, not the regular ones', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    issue(fx, 'A');
    issue(fx, 'A', { priority: true });
    issue(fx, 'A');
    issue(fx, 'B', { priority: true });

    const priority = issueWithFigures(fx, 'A', { priority: true });
    // One priority ticket of A waits (B's is another line); 1 × 10 minutes over 3 counters is 3⅓, so 4.
    expect(priority.ahead).toBe(1);
    expect(priority.estimatedCallAt).toBe(minutesFromNow(fx, 4));

    const regular = issueWithFigures(fx, 'A');
    // Everybody of A still waiting is ahead of a regular ticket: 3 regular and 2 priority, 50 minutes over 3 counters.
    expect(regular.ahead).toBe(5);
    expect(regular.estimatedCallAt).toBe(minutesFromNow(fx, 17));
  });

  it('does not count a priority ticket already called', () => {
    const fx = wardFixture();
    issue(fx, 'A', { priority: true });
    issue(fx, 'A');
    expect(callNext(fx, 1)!.displayNumber).toBe('A001');
    const priority = issueWithFigures(fx, 'A', { priority: true });
    expect(priority.ahead).toBe(0);
    expect(priority.estimatedCallAt).toBe(fx.clock.now().toISOString());
  });
  it('keeps counting right through every way a ticket leaves or rejoins the line', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    const a2 = issue(fx, 'A', { priority: true });
    const a3 = issue(fx, 'A');
    issue(fx, 'A');
    // Each probe joins the line itself: the next probe counts one more.
    const aheadInA = () => issueWithFigures(fx, 'A').ahead;

    expect(aheadInA()).toBe(4);
    expect(callNext(fx, 1)!.id).toBe(a2.id); // priority leaves the line
    expect(aheadInA()).toBe(4);
    fx.call('markNoShow', { counterNumber: 1, ticketId: a2.id });
    fx.call('returnToQueue', { counterNumber: 1, ticketId: a2.id }); // and rejoins it
    expect(aheadInA()).toBe(6);
    fx.call('cancel', { counterNumber: 1, ticketId: a3.id });
    expect(aheadInA()).toBe(6);
    expect(callNext(fx, 2)!.id).toBe(a2.id);
    fx.call('transfer', { counterNumber: 2, ticketId: a2.id, toServiceId: serviceIdByLetter(fx.ward, 'B') }); // to another line
    expect(aheadInA()).toBe(6);
    expect(issueWithFigures(fx, 'B', { priority: true }).ahead).toBe(1);
    expect(callNext(fx, 3)!.id).toBe(a2.id);
    fx.call('transfer', { counterNumber: 3, ticketId: a2.id, toCounterNumber: 1 }); // sent to one counter: in no shared line
    expect(issueWithFigures(fx, 'B', { priority: true }).ahead).toBe(1);
    expect(aheadInA()).toBe(7);
  });
});

describe('the board', () => {
  it('says "no limit" (null), not "none left" (0), for a service without a daily cap, and counts down a capped one', () => {
    const fx = wardFixture();
    setService(fx, 'B', { dailyCapacity: 5 });
    setService(fx, 'C', { dailyCapacity: 3 });
    issue(fx, 'A');
    issue(fx, 'B');
    issue(fx, 'B');
    issue(fx, 'C');
    issue(fx, 'C');
    // Lowering the cap below what was already handed out leaves none, never a negative count.
    setService(fx, 'C', { dailyCapacity: 1 });

    const remaining = Object.fromEntries(fx.call('getBoard', {}).services.map((s) => [s.letter, s.remainingToday]));
    expect(remaining).toEqual({ A: null, B: 3, C: 0, D: null, E: null });
  });

  it('gives a finite wait even for a service no open counter serves, counting it as one counter', () => {
    const fx = wardFixture();
    for (const n of [1, 2, 3]) serveOnly(fx, n, ['A', 'B', 'C', 'D']);
    issue(fx, 'E');
    issue(fx, 'E');
    const third = issueWithFigures(fx, 'E');
    expect(third.ahead).toBe(2);
    expect(third.estimatedCallAt).toBe(minutesFromNow(fx, 20));

    const board = fx.call('getBoard', {});
    const wait = Object.fromEntries(board.services.map((s) => [s.letter, s.estimatedWaitMinutes]));
    // E: 3 waiting × 10 minutes at one counter; A–D: nobody waiting.
    expect(wait).toEqual({ A: 0, B: 0, C: 0, D: 0, E: 30 });
  });

  it('shares the wait among the counters that serve the service', () => {
    const fx = wardFixture();
    serveOnly(fx, 3, ['B']);
    setService(fx, 'A', { minutesPerTicket: 7 });
    for (let i = 0; i < 4; i++) issue(fx, 'A');
    const board = fx.call('getBoard', {});
    // 4 × 7 = 28 minutes over counters 1 and 2 = 14.
    expect(board.services.find((s) => s.letter === 'A')!.estimatedWaitMinutes).toBe(14);
  });
});

describe('the board, counter by counter', () => {
  it('shows what each open counter holds and the last ten calls, newest first, with the ward’s settings', () => {
    const fx = wardFixture();
    fx.call('updateSettings', { wardName: 'UBND phường Cửa Nam', announceRepeat: 3 });
    for (let i = 0; i < 12; i++) issue(fx, 'A');
    const b1 = issue(fx, 'B');
    // Twelve calls at counter 1, each sent away as a no-show; then B001 at counter 2, being served.
    for (let i = 0; i < 12; i++) {
      const t = callNext(fx, 1)!;
      fx.call('markNoShow', { counterNumber: 1, ticketId: t.id });
    }
    serveOnly(fx, 2, ['B']);
    const called = callNext(fx, 2)!;
    fx.call('startServing', { counterNumber: 2, ticketId: b1.id });
    const counter3 = fx.call('getConfig', {}).counters.find((c) => c.number === 3)!;
    fx.call('saveCounter', { ...counter3, active: false });

    const board = fx.call('getBoard', {});
    expect(board).toMatchObject({ wardName: 'UBND phường Cửa Nam', announceRepeat: 3, now: fx.clock.now().toISOString() });
    expect(board.counters).toEqual([
      { number: 1, name: 'Quầy 1', current: null },
      { number: 2, name: 'Quầy 2', current: { ticketId: b1.id, displayNumber: 'B001', state: 'serving', calledAt: called.calledAt } },
    ]);
    expect(board.recentCalls.map((c) => `${c.displayNumber}@${c.counterNumber}`)).toEqual([
      'B001@2',
      'A012@1',
      'A011@1',
      'A010@1',
      'A009@1',
      'A008@1',
      'A007@1',
      'A006@1',
      'A005@1',
      'A004@1',
    ]);
    expect(board.recentCalls[0]).toEqual({
      ticketId: b1.id,
      displayNumber: 'B001',
      counterNumber: 2,
      serviceName: 'Chứng thực',
      at: called.calledAt,
    });
    expect(board.priorityCategories.map((p) => p.name)).toEqual([
      'Người cao tuổi',
      'Người khuyết tật',
      'Phụ nữ mang thai',
      'Thương binh, bệnh binh, người có công',
      'Người có con nhỏ',
    ]);
  });
});

describe('the counter screen', () => {
  it('lists the counter’s own no-shows of today, latest first, which it can send back to the line', () => {
    const fx = wardFixture();
    const [a1, a2, a3] = [issue(fx, 'A'), issue(fx, 'A'), issue(fx, 'A')];
    for (const [counterNumber, ticket] of [
      [1, a1],
      [2, a2],
      [1, a3],
    ] as const) {
      expect(callNext(fx, counterNumber)!.id).toBe(ticket.id);
      fx.call('markNoShow', { counterNumber, ticketId: ticket.id });
    }
    const state = fx.call('getCounterState', { counterNumber: 1 });
    expect(state.counter).toMatchObject({ number: 1, name: 'Quầy 1', active: true });
    expect(state.counter.serviceIds).toHaveLength(5);
    expect(state.current).toBeNull();
    expect(state.noShows.map((t) => t.displayNumber)).toEqual(['A003', 'A001']);

    fx.call('returnToQueue', { counterNumber: 1, ticketId: a1.id });
    expect(fx.call('getCounterState', { counterNumber: 1 }).noShows.map((t) => t.displayNumber)).toEqual(['A003']);
  });

  it('lets the counter that sent a ticket back to the line still cancel it, even for a service it does not serve', () => {
    const fx = wardFixture();
    serveOnly(fx, 3, ['E']);
    const a1 = issue(fx, 'A');
    callNext(fx, 1);
    fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toCounterNumber: 3 });
    callNext(fx, 3);
    fx.call('markNoShow', { counterNumber: 3, ticketId: a1.id });
    fx.call('returnToQueue', { counterNumber: 3, ticketId: a1.id });
    expect(fx.call('cancel', { counterNumber: 3, ticketId: a1.id }).ticket.state).toBe('cancelled');
  });
});

describe('listing tickets', () => {
  function floor(fx: WardFixture) {
    const a1 = issue(fx, 'A');
    const a2 = issue(fx, 'A');
    const a3 = issue(fx, 'A');
    const b1 = issue(fx, 'B');
    const b2 = issue(fx, 'B');
    expect(callNext(fx, 1)!.id).toBe(a1.id);
    fx.call('cancel', { counterNumber: 1, ticketId: a2.id });
    fx.call('markTicketPrinted', { ticketId: a3.id, ok: false, error: 'Hết giấy' });
    fx.call('markTicketPrinted', { ticketId: b1.id, ok: true });
    fx.call('markTicketPrinted', { ticketId: b2.id, ok: false });
    return { a1, a2, a3, b1, b2 };
  }
  const numbers = (tickets: Ticket[]) => tickets.map((t) => t.displayNumber);

  it('lists only the states asked for, newest first', () => {
    const fx = wardFixture();
    floor(fx);
    expect(numbers(fx.call('listTickets', { states: ['waiting'] }).tickets)).toEqual(['B002', 'B001', 'A003']);
    expect(numbers(fx.call('listTickets', { states: ['called', 'cancelled'] }).tickets)).toEqual(['A002', 'A001']);
    expect(numbers(fx.call('listTickets', { states: ['done'] }).tickets)).toEqual([]);
    expect(numbers(fx.call('listTickets', {}).tickets)).toEqual(['B002', 'B001', 'A003', 'A002', 'A001']);
  });

  it('lists only failed prints when asked, with what went wrong, for reprinting', () => {
    const fx = wardFixture();
    floor(fx);
    const failed = fx.call('listTickets', { printFailedOnly: true }).tickets;
    expect(failed.map((t) => [t.displayNumber, t.printStatus, t.printError])).toEqual([
      ['B002', 'failed', 'Không rõ lỗi'],
      ['A003', 'failed', 'Hết giấy'],
    ]);
    // Both filters together: failed prints among the tickets still waiting.
    fx.call('cancel', { counterNumber: 1, ticketId: failed[0]!.id });
    expect(numbers(fx.call('listTickets', { states: ['waiting'], printFailedOnly: true }).tickets)).toEqual(['A003']);
  });

  it('lists the newest tickets up to the limit, and nothing for a day without tickets', () => {
    const fx = wardFixture();
    floor(fx);
    expect(numbers(fx.call('listTickets', { limit: 2 }).tickets)).toEqual(['B002', 'B001']);
    expect(fx.call('listTickets', { day: '2026-03-09' }).tickets).toEqual([]);
  });
});

describe('a ticket transferred to one counter', () => {
  it('shows at that counter as its own waiting line, not in the service lines, and is called there', () => {
    const fx = wardFixture();
    const a1 = issue(fx, 'A');
    issue(fx, 'A');
    callNext(fx, 1);
    fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toCounterNumber: 2 });

    const atTwo = fx.call('getCounterState', { counterNumber: 2 });
    expect(atTwo.waiting.map((w) => [w.name, w.letter, w.waiting])).toEqual([
      ['Chuyển đến quầy 2', '→', 1],
      ['Tư pháp – Hộ tịch', 'A', 1],
      ['Chứng thực', 'B', 0],
      ['Đất đai – Xây dựng', 'C', 0],
      ['Bảo trợ xã hội – Người có công', 'D', 0],
      ['Hộ kinh doanh – Lĩnh vực khác', 'E', 0],
    ]);
    // Counter 3 sees only the line of A, without the ticket meant for counter 2.
    expect(fx.call('getCounterState', { counterNumber: 3 }).waiting.map((w) => w.waiting)).toEqual([1, 0, 0, 0, 0]);

    // The transferred citizen came first, so counter 2 calls them before A002.
    expect(callNext(fx, 2)).toMatchObject({ id: a1.id, state: 'called', counterNumber: 2 });
    expect(fx.call('getCounterState', { counterNumber: 2 }).current?.id).toBe(a1.id);
    expect(fx.call('getCounterState', { counterNumber: 2 }).waiting[0]!.letter).toBe('A');
  });
});

describe('cancelling', () => {
  it('stamps when the ticket was finished with', () => {
    const fx = wardFixture();
    const waiting = issue(fx, 'A');
    fx.clock.advance(90_000);
    expect(fx.call('cancel', { counterNumber: 1, ticketId: waiting.id }).ticket).toMatchObject({
      state: 'cancelled',
      finishedAt: fx.clock.now().toISOString(),
    });

    const called = issue(fx, 'A');
    callNext(fx, 1);
    fx.clock.advance(45_000);
    const at = fx.clock.now().toISOString();
    expect(fx.call('cancel', { counterNumber: 1, ticketId: called.id, reason: 'Công dân tự rời đi' }).ticket.finishedAt).toBe(at);
  });
});

describe('a ticket’s history', () => {
  it('records where and with which priority it was issued, and each print result with what went wrong', () => {
    const fx = wardFixture();
    const priorityCategoryId = fx.call('getBoard', {}).priorityCategories[1]!.id;
    const serviceId = serviceIdByLetter(fx.ward, 'C');
    const ticket = fx.call('issueTicket', { serviceId, priorityCategoryId }).ticket;
    fx.call('markTicketPrinted', { ticketId: ticket.id, ok: false, error: 'Kẹt giấy' });
    fx.call('markTicketPrinted', { ticketId: ticket.id, ok: true });

    expect(ticketEvents(fx.ward, ticket.id).map((e) => [e.action, e.from_state, e.to_state, e.detail && JSON.parse(e.detail)])).toEqual([
      ['issue', null, 'waiting', { serviceId, priorityCategoryId }],
      ['print_failed', 'waiting', 'waiting', { error: 'Kẹt giấy' }],
      ['printed', 'waiting', 'waiting', null],
    ]);
    const synced = outboxRows(fx.ward).filter((r) => r.entity_id === ticket.id);
    expect(synced.map((r) => r.op)).toEqual(['ticket.issue@1', 'ticket.print_failed@1', 'ticket.printed@1']);
    expect(JSON.parse(synced[1]!.payload)).toMatchObject({
      action: 'print_failed',
      detail: { error: 'Kẹt giấy' },
      ticket: { print_status: 'failed', print_error: 'Kẹt giấy' },
    });
  });
});

describe('board.changed', () => {
  function boardPushes(fx: WardFixture): string[] {
    const at: string[] = [];
    fx.ward.events.subscribe((name, data) => {
      if (name === 'board.changed') at.push((data as { at: string }).at);
    });
    return at;
  }

  it('is pushed once, with the time of the change, after an issue, a print result and every ticket action', () => {
    const fx = wardFixture();
    const pushes = boardPushes(fx);
    const step = (label: string, act: () => unknown) => {
      fx.clock.advance(1000);
      pushes.length = 0;
      act();
      expect(pushes, label).toEqual([fx.clock.now().toISOString()]);
    };
    const a1Id = serviceIdByLetter(fx.ward, 'A');
    let a1 = '';
    let a2 = '';
    step('issue', () => (a1 = fx.call('issueTicket', { serviceId: a1Id }).ticket.id));
    step('issue', () => (a2 = fx.call('issueTicket', { serviceId: a1Id }).ticket.id));
    step('printed', () => fx.call('markTicketPrinted', { ticketId: a1, ok: true }));
    step('print failed', () => fx.call('markTicketPrinted', { ticketId: a2, ok: false, error: 'Kẹt giấy' }));
    const at1 = { counterNumber: 1, ticketId: a1 };
    step('call', () => fx.call('callNext', { counterNumber: 1 }));
    step('recall', () => fx.call('recall', at1));
    step('no show', () => fx.call('markNoShow', at1));
    step('return to queue', () => fx.call('returnToQueue', at1));
    step('call again', () => fx.call('callNext', { counterNumber: 1 }));
    step('start', () => fx.call('startServing', at1));
    step('transfer', () => fx.call('transfer', { ...at1, toServiceId: serviceIdByLetter(fx.ward, 'B') }));
    step('call the transferred ticket', () => fx.call('callNext', { counterNumber: 2 }));
    step('start', () => fx.call('startServing', { counterNumber: 2, ticketId: a1 }));
    step('finish', () => fx.call('finish', { counterNumber: 2, ticketId: a1 }));
    step('cancel', () => fx.call('cancel', { counterNumber: 1, ticketId: a2 }));
  });
});

describe('which counter may act on a waiting ticket', () => {
  it('only one serving its service, the counter it was sent to, or the counter that held it', () => {
    const fx = wardFixture();
    serveOnly(fx, 3, ['E']);
    const a1 = issue(fx, 'A');
    const a2 = issue(fx, 'A');
    const a3 = issue(fx, 'A');
    // A waiting ticket of a service counter 3 does not serve.
    expectApiError(() => fx.call('cancel', { counterNumber: 3, ticketId: a1.id }), 'ticket_not_at_counter');
    // A ticket sent to counter 3: counter 2 serves A but may not touch it; counter 3 may.
    callNext(fx, 1);
    fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toCounterNumber: 3 });
    expectApiError(() => fx.call('cancel', { counterNumber: 2, ticketId: a1.id }), 'ticket_not_at_counter');
    expect(fx.call('cancel', { counterNumber: 3, ticketId: a1.id }).ticket.state).toBe('cancelled');
    // Counter 1's no-show is counter 1's to send back, not counter 2's.
    expect(callNext(fx, 1)!.id).toBe(a2.id);
    fx.call('markNoShow', { counterNumber: 1, ticketId: a2.id });
    expectApiError(() => fx.call('returnToQueue', { counterNumber: 2, ticketId: a2.id }), 'ticket_not_at_counter');
    expect(fx.call('cancel', { counterNumber: 2, ticketId: a3.id }).ticket.state).toBe('cancelled');
  });
});

describe('announcements', () => {
  it('are made for a call and a recall only, never for starting, finishing or other actions', () => {
    const fx = wardFixture();
    const called: string[] = [];
    fx.ward.events.subscribe((name, data) => {
      if (name === 'ticket.called') called.push(`${(data as { displayNumber: string }).displayNumber}`);
    });
    const a1 = issue(fx, 'A');
    const a2 = issue(fx, 'A');
    callNext(fx, 1);
    fx.call('recall', { counterNumber: 1, ticketId: a1.id });
    fx.call('startServing', { counterNumber: 1, ticketId: a1.id });
    fx.call('transfer', { counterNumber: 1, ticketId: a1.id, toServiceId: serviceIdByLetter(fx.ward, 'B') });
    fx.call('cancel', { counterNumber: 1, ticketId: a2.id });
    expect(called).toEqual(['A001', 'A001']);
  });
});
