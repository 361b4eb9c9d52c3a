import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../shared/api/sync';
import { api } from '../api/client';
import { connectEvents } from '../api/events';
import { failureMessage } from '../state/failure';

/** Ages and "next attempt" move with time even when nothing is sent: refetch this often as well. */
const REFRESH_MS = 15_000;

/** The sync status, refetched on every sync.changed event, on reconnection, every few seconds and on demand. */
export function useSyncStatus(): { status: SyncStatus | null; error: string | null; revision: number; refresh: () => void } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const alive = useRef(true);

  const refresh = useCallback(() => {
    api('getSyncStatus', {})
      .then((s) => {
        if (!alive.current) return;
        setStatus(s);
        setError(null);
        setRevision((n) => n + 1);
      })
      .catch((failure: unknown) => alive.current && setError(failureMessage(failure)));
  }, []);

  useEffect(() => {
    alive.current = true;
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const disconnect = connectEvents({
      onStatus: (s) => s === 'online' && refresh(),
      onEvent: (name) => name === 'sync.changed' && refresh(),
    });
    return () => {
      alive.current = false;
      clearInterval(timer);
      disconnect();
    };
  }, [refresh]);

  return { status, error, revision, refresh };
}
