import { create } from 'zustand';
import type { MethodOutput } from '../../shared/api/contract';
import type { SessionState } from '../../shared/api/accounts';
import { api, ApiCallError, onSessionSignal } from '../api/client';
import { currentToken, forgetSessionToken, saveSessionToken } from '../api/token';
import { failureMessage } from '../state/failure';
import { goToPairing, homeOf } from '../state/navigation';

// Who works on this device now, as the session gate shows it: nobody yet (sign-in, or the ward's very
// first administrator), a clerk who must first change a PIN an admin gave them, or a clerk at work,
// whose session may lock after idle time while the page underneath stays as it was.

type WhoAmI = MethodOutput<'whoAmI'>;

export type GatePhase =
  | 'checking'
  /** whoAmI did not answer (the service is down): the gate says so and tries again. */
  | 'unreachable'
  | 'first-admin'
  | 'sign-in'
  | 'change-secret'
  | 'ready';

interface ClerkSessionStore {
  phase: GatePhase;
  /** The device as whoAmI last described it. */
  device: Pick<WhoAmI, 'role' | 'counterNumber' | 'deviceName' | 'needsFirstAdmin'> | null;
  session: SessionState | null;
  /** The idle lock: the page stays mounted under the lock screen until the clerk's PIN opens it. */
  locked: boolean;
  error: string | null;
  check(): Promise<void>;
  observe(me: WhoAmI): void;
  /** A whoAmI fetched elsewhere (the live session's refetch, the idle check): it may say the session locked or ended. */
  noticed(me: WhoAmI): void;
  signedIn(result: MethodOutput<'signIn'>): void;
  updated(session: SessionState): void;
  lock(): void;
  signOut(): Promise<void>;
}

let checking: Promise<void> | null = null;

export const useClerkSession = create<ClerkSessionStore>((set, get) => ({
  phase: 'checking',
  device: null,
  session: null,
  locked: false,
  error: null,

  check() {
    // Several answers may ask for a check at once (every call refused after a restart): one is enough.
    checking ??= (async () => {
      if (!currentToken()) {
        goToPairing();
        return;
      }
      try {
        get().observe(await api('whoAmI', {}));
      } catch (error) {
        // An unknown device token is sent to pairing by failureMessage; anything else is an outage.
        set({ phase: 'unreachable', error: failureMessage(error) });
      }
    })().finally(() => {
      checking = null;
    });
    return checking;
  },

  observe(me) {
    const { role, counterNumber, deviceName, needsFirstAdmin, session } = me;
    if (role === 'kiosk' || role === 'display') {
      // Kiosks and display boards have no clerk and no clerk page.
      window.location.replace(homeOf(role));
      return;
    }
    if (me.needsSetup) {
      // A new hub PC is set up before any clerk page opens (the wizard creates the first administrator).
      window.location.replace('/setup');
      return;
    }
    const device = { role, counterNumber, deviceName, needsFirstAdmin };
    if (!session) {
      forgetSessionToken();
      set({ device, session: null, locked: false, error: null, phase: needsFirstAdmin && role === 'local' ? 'first-admin' : 'sign-in' });
    } else if (session.mustChangeSecret) set({ device, session, locked: false, error: null, phase: 'change-secret' });
    else set({ device, session, locked: session.locked, error: null, phase: 'ready' });
  },

  noticed(me) {
    // Pages without the gate (kiosk, display board) refetch whoAmI too: they have no clerk to follow.
    const { phase } = get();
    if (phase === 'ready' || phase === 'change-secret') get().observe(me);
  },

  signedIn({ sessionToken, session }) {
    saveSessionToken(sessionToken);
    set((s) => ({
      session,
      locked: false,
      error: null,
      phase: session.mustChangeSecret ? 'change-secret' : 'ready',
      device: s.device ? { ...s.device, needsFirstAdmin: false } : s.device,
    }));
  },

  updated(session) {
    set({ session, locked: session.locked, phase: session.mustChangeSecret ? 'change-secret' : 'ready' });
  },

  lock() {
    if (get().phase === 'ready') set({ locked: true });
  },

  async signOut() {
    try {
      await api('signOut', {});
    } catch (error) {
      // A session the service already forgot is signed out all the same; an outage keeps the token
      // only until the check below, which then shows the sign-in anyway.
      if (!(error instanceof ApiCallError)) throw error;
    }
    forgetSessionToken();
    set({ session: null, locked: false });
    await get().check();
  },
}));

onSessionSignal((signal) => {
  const store = useClerkSession.getState();
  if (signal === 'locked') store.lock();
  // The session ended, or the device is used without one, or an admin reset the PIN: whoAmI says what now.
  else if (store.phase === 'ready' || store.phase === 'change-secret') void store.check();
});
