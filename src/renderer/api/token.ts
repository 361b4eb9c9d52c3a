// The local app receives its per-launch token in the URL fragment (never sent to a server, never
// logged); a paired LAN device keeps the token it got at pairing. Once a clerk signs in, the clerk's
// session token (it stands for this device and this clerk) is sent instead, and the device's own token
// is kept underneath it: signing out, or a session the service no longer knows, falls back to it.

const LOCAL_KEY = 'motcua.localToken';
const DEVICE_KEY = 'motcua.deviceToken';
const SESSION_KEY = 'motcua.sessionToken';
/** The service marks clerk-session tokens with this prefix. */
const SESSION_PREFIX = 's.';

export function captureTokenFromUrl(): void {
  const match = /(?:^#|&)token=([A-Za-z0-9_.-]+)/.exec(window.location.hash);
  if (!match) return;
  const token = match[1]!;
  // A fragment may carry a clerk session already (the desktop app reopening a signed-in window, tests).
  if (isSessionToken(token)) sessionStorage.setItem(SESSION_KEY, token);
  else {
    // A new launch token means a new launch of the service: a session of the previous one is void.
    if (sessionStorage.getItem(LOCAL_KEY) !== token) sessionStorage.removeItem(SESSION_KEY);
    sessionStorage.setItem(LOCAL_KEY, token);
  }
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function isSessionToken(token: string): boolean {
  return token.startsWith(SESSION_PREFIX);
}

/** The bearer token for the next request: the clerk's session first, else the device's own token. */
export function currentToken(): string | null {
  return sessionStorage.getItem(SESSION_KEY) ?? deviceToken();
}

/** This device's own token (the launch token on the hub PC, the paired device's otherwise), without any clerk. */
export function deviceToken(): string | null {
  return sessionStorage.getItem(LOCAL_KEY) ?? localStorage.getItem(DEVICE_KEY);
}

export function saveDeviceToken(token: string): void {
  localStorage.setItem(DEVICE_KEY, token);
}

export function forgetDeviceToken(): void {
  localStorage.removeItem(DEVICE_KEY);
}

/** Kept for this tab only: closing the window ends the clerk's use of it. */
export function saveSessionToken(token: string): void {
  sessionStorage.setItem(SESSION_KEY, token);
}

export function forgetSessionToken(): void {
  sessionStorage.removeItem(SESSION_KEY);
}
