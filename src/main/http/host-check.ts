import { isIP } from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * DNS rebinding defence: a page on an attacker's domain that resolves to us still sends its own
 * name in Host. We accept loopback names, and on the LAN also IP literals and this PC's own names.
 */
export function isAllowedHost(hostHeader: string | undefined, options: { lan: boolean; names: readonly string[] }): boolean {
  if (!hostHeader) return false;
  const host = stripPort(hostHeader.toLowerCase());
  if (LOOPBACK_NAMES.has(host)) return true;
  if (!options.lan) return false;
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0) return true;
  return options.names.some((n) => n.toLowerCase() === host);
}

/** A browser's Origin must be the very host it is talking to: no cross-origin caller is served. */
export function isSameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === (hostHeader ?? '').toLowerCase();
  } catch {
    return false;
  }
}

function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}
