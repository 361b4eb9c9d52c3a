import { useEffect } from 'react';
import { api } from '../api/client';
import { useClerkSession } from './clerk-session';

// The service locks a session after the admin's idle minutes without a sign of the clerk at work. A
// key or a click on the page is that sign: reported at most once every 30 s. Once the page itself has
// been idle that long, it asks whether the service locked the session, so the lock screen covers the
// page by itself instead of at the next key press.

const TOUCH_EVERY_MS = 30_000;
const IDLE_CHECK_EVERY_MS = 30_000;

export function useActivityReports(active: boolean, idleLockMinutes: number): void {
  useEffect(() => {
    if (!active) return;
    let lastTouch = 0;
    let lastActivity = Date.now();

    const onActivity = (): void => {
      if (useClerkSession.getState().locked) return;
      const now = Date.now();
      lastActivity = now;
      if (now - lastTouch < TOUCH_EVERY_MS) return;
      lastTouch = now;
      api('touchSession', {})
        .then(({ session }) => session.locked && useClerkSession.getState().lock())
        // Unreachable or signed out: the page's own calls say so, and the gate follows them.
        .catch(() => undefined);
    };

    const timer = setInterval(() => {
      const store = useClerkSession.getState();
      if (store.locked || Date.now() - lastActivity < idleLockMinutes * 60_000) return;
      api('whoAmI', {})
        .then((me) => useClerkSession.getState().noticed(me))
        .catch(() => undefined);
    }, IDLE_CHECK_EVERY_MS);

    window.addEventListener('keydown', onActivity, true);
    window.addEventListener('pointerdown', onActivity, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onActivity, true);
      window.removeEventListener('pointerdown', onActivity, true);
    };
  }, [active, idleLockMinutes]);
}
