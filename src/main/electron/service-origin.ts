// The renderer is served by the ward service itself, so the one origin the shell trusts is the
// service's loopback address for this launch. Everything else (other ports, `localhost`, file:,
// data:, remote sites) is foreign: it may neither be navigated to nor call the shell over IPC.

const LOOPBACK = '127.0.0.1';

export type AppPath = '/' | '/kiosk' | '/display';

export function serviceOrigin(port: number): string {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`Invalid service port: ${port}`);
  // URL normalises the origin (e.g. drops :80) so comparisons below are exact string matches.
  return new URL(`http://${LOOPBACK}:${port}/`).origin;
}

export function isServiceUrl(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === origin;
}

/** The token rides in the fragment: it is never sent over HTTP and the renderer removes it at once. */
export function appWindowUrl(origin: string, token: string, path: AppPath = '/'): string {
  return `${origin}${path}#token=${encodeURIComponent(token)}`;
}
