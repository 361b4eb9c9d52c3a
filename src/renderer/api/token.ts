// The local app receives its per-launch token in the URL fragment (never sent to a server, never
// logged); a paired LAN device keeps the token it got at pairing.

const LOCAL_KEY = 'motcua.localToken';
const DEVICE_KEY = 'motcua.deviceToken';

export function captureTokenFromUrl(): void {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(LOCAL_KEY, match[1]!);
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function currentToken(): string | null {
  return sessionStorage.getItem(LOCAL_KEY) ?? localStorage.getItem(DEVICE_KEY);
}

export function saveDeviceToken(token: string): void {
  localStorage.setItem(DEVICE_KEY, token);
}

export function forgetDeviceToken(): void {
  localStorage.removeItem(DEVICE_KEY);
}
