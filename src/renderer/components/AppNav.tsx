import { appText } from '../../shared/i18n/vi';
import { closeDayText, syncPageText } from '../../shared/i18n/vi/sync';

const LINKS = [
  { href: '/', label: appText.navCounter },
  { href: '/kiosk', label: appText.navKiosk },
  { href: '/display', label: appText.navDisplay },
  { href: '/sync', label: syncPageText.navLabel },
  { href: '/close-day', label: closeDayText.navLabel },
  { href: '/settings', label: appText.navSettings },
];

/** The local app's way between its pages; paired devices stay on their own page. */
export function AppNav() {
  return (
    <nav className="app-nav" aria-label={appText.navLabel}>
      {LINKS.map((link) => (
        <a key={link.href} href={link.href} aria-current={window.location.pathname === link.href ? 'page' : undefined}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
