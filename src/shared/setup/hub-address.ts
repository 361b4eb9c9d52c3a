// The address of the hub PC as IT types it on a PC that joins it: "192.168.1.10", "quay1.local:7710"
// or "http://192.168.1.10:7710/". The hub's ward service listens on 7710 unless IT moved it.

export const HUB_PORT = 7710;

/** The hub's origin (`http://host:port`), or null when the text names no host. */
export function hubOrigin(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  if (!url.port && !/:\d+$/.test(url.host)) url.port = String(HUB_PORT);
  return url.origin;
}
