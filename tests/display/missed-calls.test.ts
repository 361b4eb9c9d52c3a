import { describe, expect, it } from 'vitest';
import type { BoardCall } from '../../src/shared/api/schemas';
import { CallLedger, missedCalls } from '../../src/renderer/display/missed-calls';

// What a display board says when it gets back online: the calls of the last minute it missed,
// oldest first; older ones stay on screen only. Instants are the service's, written out by hand.

function call(displayNumber: string, counterNumber: number, at: string): BoardCall {
  return { ticketId: `id-${displayNumber}`, displayNumber, counterNumber, serviceName: 'Tư pháp – Hộ tịch', at };
}

/** The board lists its recent calls newest first, as the service sends them. */
function board(now: string, ...newestFirst: BoardCall[]) {
  return { now, recentCalls: newestFirst };
}

const said = (calls: { displayNumber: string; counterNumber: number; recall?: boolean }[]) =>
  calls.map((c) => `${c.displayNumber}@${c.counterNumber}${c.recall ? ' (recall)' : ''}`);

describe('missedCalls', () => {
  it('keeps the calls made after the last one said and within the minute before now, oldest first', () => {
    const b = board(
      '2026-03-02T02:10:00.000Z',
      call('A007', 1, '2026-03-02T02:09:50.000Z'),
      call('B003', 2, '2026-03-02T02:09:20.000Z'),
      call('A006', 3, '2026-03-02T02:08:59.999Z'),
      call('A005', 1, '2026-03-02T02:08:30.000Z'),
      call('A004', 2, '2026-03-02T02:05:00.000Z'),
    );
    expect(said(missedCalls(b, '2026-03-02T02:05:00.000Z'))).toEqual(['B003@2', 'A007@1']);
  });

  it('says a call exactly one minute old, not one a millisecond older', () => {
    const b = board('2026-03-02T02:10:00.000Z', call('A002', 1, '2026-03-02T02:09:00.000Z'), call('A001', 2, '2026-03-02T02:08:59.999Z'));
    expect(said(missedCalls(b, null))).toEqual(['A002@1']);
  });

  it('leaves out the last call said and everything before it, however recent', () => {
    const b = board(
      '2026-03-02T02:10:00.000Z',
      call('A003', 1, '2026-03-02T02:09:58.000Z'),
      call('A002', 2, '2026-03-02T02:09:55.000Z'),
      call('A001', 1, '2026-03-02T02:09:50.000Z'),
    );
    expect(said(missedCalls(b, '2026-03-02T02:09:55.000Z'))).toEqual(['A003@1']);
  });

  it('orders by the time of the call, whatever order the board lists them in', () => {
    const b = board(
      '2026-03-02T02:10:00.000Z',
      call('C001', 3, '2026-03-02T02:09:40.000Z'),
      call('A001', 1, '2026-03-02T02:09:45.000Z'),
      call('B001', 2, '2026-03-02T02:09:30.000Z'),
    );
    expect(said(missedCalls(b, null))).toEqual(['B001@2', 'C001@3', 'A001@1']);
  });

  it('has nothing to say when every missed call is over a minute old', () => {
    const b = board('2026-03-02T02:10:00.000Z', call('A002', 1, '2026-03-02T02:08:00.000Z'), call('A001', 2, '2026-03-02T02:07:00.000Z'));
    expect(missedCalls(b, '2026-03-02T02:00:00.000Z')).toEqual([]);
  });
});

describe('CallLedger', () => {
  it('says nothing from the first board: those calls were made before the display was watching', () => {
    const ledger = new CallLedger();
    const first = board(
      '2026-03-02T02:10:00.000Z',
      call('A002', 1, '2026-03-02T02:09:55.000Z'),
      call('A001', 2, '2026-03-02T02:09:50.000Z'),
    );
    expect(ledger.board(first, true)).toEqual([]);
    // Back online later: the same calls are still not news.
    const later = board(
      '2026-03-02T02:10:20.000Z',
      call('A002', 1, '2026-03-02T02:09:55.000Z'),
      call('A001', 2, '2026-03-02T02:09:50.000Z'),
    );
    expect(ledger.board(later, true)).toEqual([]);
  });

  it('after an outage says the calls of the last minute it missed, oldest first, and only shows the older ones', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    expect(ledger.live(call('A001', 1, '2026-03-02T02:00:10.000Z'))).toBe(true);

    // Offline from 02:00:20; back at 02:03:00.
    const back = board(
      '2026-03-02T02:03:00.000Z',
      call('A004', 1, '2026-03-02T02:02:50.000Z'),
      call('A003', 3, '2026-03-02T02:02:30.000Z'),
      call('A002', 2, '2026-03-02T02:01:00.000Z'),
      call('A001', 1, '2026-03-02T02:00:10.000Z'),
    );
    expect(said(ledger.board(back, true))).toEqual(['A003@3', 'A004@1']);
  });

  it('does not say a call twice when its live event arrives after the catch-up has said it', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    const back = board('2026-03-02T02:01:00.000Z', call('A001', 1, '2026-03-02T02:00:59.000Z'));
    expect(said(ledger.board(back, true))).toEqual(['A001@1']);
    expect(ledger.live(call('A001', 1, '2026-03-02T02:00:59.000Z'))).toBe(false);
    expect(ledger.live(call('A002', 2, '2026-03-02T02:01:05.000Z'))).toBe(true);
  });

  it('does not say again on reconnection a call it heard live just before', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    expect(ledger.live(call('A001', 1, '2026-03-02T02:00:30.000Z'))).toBe(true);
    const back = board('2026-03-02T02:00:40.000Z', call('A001', 1, '2026-03-02T02:00:30.000Z'));
    expect(ledger.board(back, true)).toEqual([]);
  });

  it('ignores a board fetched by an ordinary refresh: the live event of a new call may still be on its way', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    const refreshed = board('2026-03-02T02:00:31.000Z', call('A001', 1, '2026-03-02T02:00:30.000Z'));
    expect(ledger.board(refreshed, false)).toEqual([]);
    expect(ledger.live(call('A001', 1, '2026-03-02T02:00:30.000Z'))).toBe(true);
  });

  it('marks a missed recall of a ticket it had already said as a recall', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    ledger.live(call('A001', 1, '2026-03-02T02:00:10.000Z'));
    const back = board(
      '2026-03-02T02:01:00.000Z',
      call('A001', 1, '2026-03-02T02:00:40.000Z'),
      call('B001', 2, '2026-03-02T02:00:30.000Z'),
    );
    expect(said(ledger.board(back, true))).toEqual(['B001@2', 'A001@1 (recall)']);
  });

  it('does not say on a second reconnection the calls that were too old on the first', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    const first = board('2026-03-02T02:05:00.000Z', call('A001', 1, '2026-03-02T02:01:00.000Z'));
    expect(ledger.board(first, true)).toEqual([]);
    // The service's clock was moved back meanwhile (an NTP fix): A001 now looks recent.
    const second = board('2026-03-02T02:01:30.000Z', call('A001', 1, '2026-03-02T02:01:00.000Z'));
    expect(ledger.board(second, true)).toEqual([]);
  });

  it('catches up on the first reconnection after a page load whose first board was empty', () => {
    const ledger = new CallLedger();
    ledger.board(board('2026-03-02T02:00:00.000Z'), false);
    const back = board('2026-03-02T02:00:20.000Z', call('A001', 1, '2026-03-02T02:00:05.000Z'));
    expect(said(ledger.board(back, true))).toEqual(['A001@1']);
  });
});
