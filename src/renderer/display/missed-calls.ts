import type { Board, BoardCall } from '../../shared/api/schemas';

// A display that loses its link to the ward service misses the live call events. When it is back,
// the calls of the last minute are still worth saying (the citizen is probably still walking to
// the counter); older ones are only shown in the recent calls list. Pure: times are the service's
// instants (the board's `now` and each call's `at`), never this PC's clock, which may be wrong.

/** Calls at most this old when the display is back online are read aloud; older ones are only shown. */
export const MISSED_CALL_WINDOW_MS = 60_000;

/** Calls remembered to tell a recall from a first call and to never say one call twice. */
const REMEMBERED_CALLS = 50;

export type CallOnBoard = Pick<BoardCall, 'ticketId' | 'at'>;

/**
 * The calls on `board` made after `accountedUntil` (null: any) and at most `windowMs` before the
 * board's `now`, oldest first.
 */
export function missedCalls<C extends CallOnBoard>(
  board: { now: string; recentCalls: readonly C[] },
  accountedUntil: string | null,
  windowMs: number = MISSED_CALL_WINDOW_MS,
): C[] {
  const now = Date.parse(board.now);
  const after = accountedUntil === null ? Number.NEGATIVE_INFINITY : Date.parse(accountedUntil);
  return board.recentCalls
    .filter((call) => {
      const at = Date.parse(call.at);
      return at > after && now - at <= windowMs;
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * What this display has said. The first board it sees is its starting point: calls made before it
 * was watching are history, not news. Live calls are said as they come; a board fetched after a
 * reconnection yields the calls missed meanwhile, and a live event for a call that the catch-up
 * already said (the event and the refetch can cross) is not said again.
 */
export class CallLedger {
  private started = false;
  /** The latest call instant accounted for: said, or seen on a board and left unsaid as too old. */
  private accountedUntil: string | null = null;
  private said: CallOnBoard[] = [];

  /** A call pushed live: whether to say it. */
  live(call: CallOnBoard): boolean {
    this.started = true;
    if (this.hasSaid(call)) return false;
    this.remember(call);
    return true;
  }

  /**
   * Any board fetched; returns the calls to say, oldest first. Only a board fetched after a
   * reconnection (`afterReconnect`) may yield some: an ordinary refresh can hold a call whose live
   * event is still on its way.
   */
  board<C extends BoardCall>(
    board: Pick<Board, 'now'> & { recentCalls: readonly C[] },
    afterReconnect: boolean,
  ): (C & { recall: boolean })[] {
    const firstBoard = !this.started;
    this.started = true;
    if (!firstBoard && !afterReconnect) return [];
    const missed = firstBoard ? [] : missedCalls(board, this.accountedUntil).filter((call) => !this.hasSaid(call));
    const toSay = missed.map((call) => ({ ...call, recall: this.said.some((c) => c.ticketId === call.ticketId) }));
    for (const call of missed) this.remember(call);
    // Calls too old to say are accounted for as well, so that a later reconnection does not say them.
    for (const call of board.recentCalls) this.account(call.at);
    return toSay;
  }

  private hasSaid(call: CallOnBoard): boolean {
    return this.said.some((c) => c.ticketId === call.ticketId && c.at === call.at);
  }

  private remember(call: CallOnBoard): void {
    this.said = [...this.said, { ticketId: call.ticketId, at: call.at }].slice(-REMEMBERED_CALLS);
    this.account(call.at);
  }

  private account(at: string): void {
    if (this.accountedUntil === null || Date.parse(at) > Date.parse(this.accountedUntil)) this.accountedUntil = at;
  }
}
