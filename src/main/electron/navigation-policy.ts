import { isServiceUrl } from './service-origin';

// The app never leaves its own origin: no in-app navigation elsewhere, no new windows, no hand-off
// of links to the system browser (a ward PC is not a web browser, and a link is a phishing vector).

/** `origin` is null until the service reports ready: nothing may be navigated to before then. */
export function isNavigationAllowed(url: string, origin: string | null): boolean {
  return origin !== null && isServiceUrl(url, origin);
}

export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}
