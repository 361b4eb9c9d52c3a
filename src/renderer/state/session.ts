import { useEffect } from 'react';
import { create } from 'zustand';
import type { MethodOutput } from '../../shared/api/contract';
import type { Board } from '../../shared/api/schemas';
import { useClerkSession } from '../accounts/clerk-session';
import { api, ApiCallError } from '../api/client';
import { connectEvents, type ConnectionStatus } from '../api/events';
import { currentToken } from '../api/token';
import { goToPairing } from './navigation';

export type WhoAmI = MethodOutput<'whoAmI'>;

interface SessionState {
  status: ConnectionStatus;
  /** False from the moment the service is found unreachable until the next successful connection. */
  reachable: boolean;
  me: WhoAmI | null;
  board: Board | null;
  /** Bumped after every refetch, so page-specific queries (counter state, config) refetch with the board. */
  revision: number;
}

export const useSession = create<SessionState>(() => ({
  status: 'connecting',
  reachable: true,
  me: null,
  board: null,
  revision: 0,
}));

let users = 0;
let disconnect: (() => void) | null = null;
let inFlight: Promise<void> | null = null;
let again = false;

/** Refetches whoAmI and the board; calls arriving meanwhile collapse into one more refetch. */
function refreshSession(): Promise<void> {
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = (async () => {
    do {
      again = false;
      try {
        const [me, board] = await Promise.all([api('whoAmI', {}), api('getBoard', {})]);
        useSession.setState((s) => ({ me, board, revision: s.revision + 1 }));
        useClerkSession.getState().noticed(me);
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'unauthorized') goToPairing();
        // Otherwise the event socket notices the outage and refetches once it is back.
      }
    } while (again);
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

function start(): void {
  if (!currentToken()) {
    goToPairing();
    return;
  }
  disconnect = connectEvents({
    onStatus: (status) => {
      useSession.setState((s) => ({
        status,
        reachable: status === 'online' ? true : status === 'offline' ? false : s.reachable,
      }));
      // Events missed while disconnected are not replayed: catch up after every (re)connection.
      if (status === 'online') void refreshSession();
      if (status === 'unauthorized') goToPairing();
    },
    onEvent: (name) => {
      if (name === 'board.changed' || name === 'config.changed' || name === 'status.changed') void refreshSession();
    },
  });
}

/** Refetches now, for a page that may have missed updates (its calls were refused while the session was locked). */
export function refetchLiveSession(): void {
  if (users > 0) void refreshSession();
}

/** Keeps the live connection open while at least one mounted page needs it. */
export function useLiveSession(): void {
  useEffect(() => {
    if (users++ === 0) start();
    return () => {
      if (--users === 0) {
        disconnect?.();
        disconnect = null;
      }
    };
  }, []);
}
