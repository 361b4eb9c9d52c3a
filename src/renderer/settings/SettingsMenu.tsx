import type { KeyboardEvent, MouseEvent } from 'react';
import { settingsText } from '../../shared/i18n/vi';
import { SETTINGS_PAGES, settingsPath, type SettingsPageSlug } from './settings-route';

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The settings sub-pages as links: Tab reaches the menu, the arrow keys (and Home, End) move along
 * it and Enter opens the one in focus. A modified click still opens a new tab as links do.
 */
export function SettingsMenu({ current, go }: { current: SettingsPageSlug; go: (slug: SettingsPageSlug) => void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    const links = Array.from(event.currentTarget.querySelectorAll('a'));
    const from = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    links[step(Math.max(from, 0), links.length)]?.focus();
  };
  const onClick = (event: MouseEvent, slug: SettingsPageSlug) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(slug);
  };
  return (
    <nav className="settings-menu" aria-label={settingsText.menuLabel} data-testid="settings-menu">
      <ul onKeyDown={onKeyDown}>
        {SETTINGS_PAGES.map((slug) => (
          <li key={slug}>
            <a
              href={settingsPath(slug)}
              aria-current={slug === current ? 'page' : undefined}
              onClick={(event) => onClick(event, slug)}
              data-testid={`settings-menu-${slug}`}
            >
              {settingsText.pages[slug]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
