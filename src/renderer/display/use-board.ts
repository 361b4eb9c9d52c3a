import { useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../shared/api/contract';
import type { Board } from '../../shared/api/schemas';
import { api, ApiCallError } from '../api/client';
import { connectEvents, type ConnectionStatus } from '../api/events';
import { CallLedger } from './missed-calls';

export type BoardCallEvent = EventPayload<'ticket.called'>;

export interface BoardFeed {
  board: Board | null;
  status: ConnectionStatus;
  /** Server time minus this PC's time: the board's clock shows the ward service's time. */
  clockOffsetMs: number;
}

/** A slow safety net: the day rolls over and waiting estimates age even when nothing happens. */
const REFRESH_MS = 60_000;

/**
 * The board, kept fresh: fetched at start, on every 'board.changed', after each reconnect (events
 * missed while offline are not replayed) and once a minute. `onCall` receives every call and recall
 * as it happens and, once back online, the calls of the last minute that were missed meanwhile,
 * oldest first (see missed-calls.ts).
 */
export function useBoard(onCall: (call: BoardCallEvent) => void): BoardFeed {
  const [feed, setFeed] = useState<BoardFeed>({ board: null, status: 'connecting', clockOffsetMs: 0 });
  const onCallRef = useRef(onCall);
  useEffect(() => {
    onCallRef.current = onCall;
  }, [onCall]);

  useEffect(() => {
    let stopped = false;
    let inFlight = false;
    let again = false;
    const ledger = new CallLedger();
    // Set when the socket comes (back) online: the next board fetched tells what was missed.
    let catchUpPending = false;

    // Bursts of events collapse into at most one fetch running and one queued behind it.
    const refresh = async (): Promise<void> => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      const afterReconnect = catchUpPending;
      catchUpPending = false;
      try {
        const requestedAt = Date.now();
        const board = await api('getBoard', {});
        const midpoint = (requestedAt + Date.now()) / 2;
        if (!stopped) {
          setFeed((f) => ({ ...f, board, clockOffsetMs: Date.parse(board.now) - midpoint }));
          for (const call of ledger.board(board, afterReconnect)) onCallRef.current(call);
        }
      } catch (error) {
        if (afterReconnect) catchUpPending = true;
        if (!stopped && error instanceof ApiCallError && (error.status === 401 || error.status === 403))
          setFeed((f) => ({ ...f, status: 'unauthorized' }));
      } finally {
        inFlight = false;
        if (again && !stopped) {
          again = false;
          void refresh();
        }
      }
    };

    const disconnect = connectEvents({
      onStatus: (status) => {
        if (stopped) return;
        setFeed((f) => ({ ...f, status }));
        if (status === 'online') {
          catchUpPending = true;
          void refresh();
        }
      },
      onEvent: (name, data) => {
        if (name === 'board.changed' || name === 'status.changed') void refresh();
        else if (name === 'ticket.called' && ledger.live(data as BoardCallEvent)) onCallRef.current(data as BoardCallEvent);
      },
    });
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      disconnect();
    };
  }, []);

  return feed;
}
