import { useEffect, useState } from 'react';

/** The settings sub-pages, in menu order; each is /settings/<slug>, and /settings alone opens the first. */
export const SETTINGS_PAGES = [
  'ward',
  'accounts',
  'services',
  'counters',
  'priorities',
  'devices',
  'printers',
  'catalogue',
  'calendar',
  'reception',
  'maintenance',
] as const;
export type SettingsPageSlug = (typeof SETTINGS_PAGES)[number];

export const settingsPath = (slug: SettingsPageSlug): string => `/settings/${slug}`;

function slugOf(pathname: string): SettingsPageSlug | null {
  const slug = pathname.replace(/^\/settings\/?/, '').replace(/\/$/, '');
  return (SETTINGS_PAGES as readonly string[]).includes(slug) ? (slug as SettingsPageSlug) : null;
}

/**
 * The sub-page the address names, kept in the address: moving between sub-pages pushes a history
 * entry without reloading (the back button returns to the one before), and an address naming none
 * is replaced by the first sub-page's.
 */
export function useSettingsRoute(): { current: SettingsPageSlug; go: (slug: SettingsPageSlug) => void } {
  const [current, setCurrent] = useState<SettingsPageSlug>(() => slugOf(window.location.pathname) ?? SETTINGS_PAGES[0]);

  useEffect(() => {
    if (slugOf(window.location.pathname) === null)
      window.history.replaceState(null, '', `${settingsPath(SETTINGS_PAGES[0])}${window.location.hash}`);
    const onPop = () => setCurrent(slugOf(window.location.pathname) ?? SETTINGS_PAGES[0]);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const go = (slug: SettingsPageSlug) => {
    if (slug === current) return;
    window.history.pushState(null, '', settingsPath(slug));
    setCurrent(slug);
  };
  return { current, go };
}
