import { appText, auditPageText } from '../../shared/i18n/vi';
import { closeDayText, syncPageText } from '../../shared/i18n/vi/sync';
import { useClerkSession } from '../accounts/clerk-session';
import { mayOpen, type ClerkPage } from '../accounts/page-access';

/** A link without a page rule is the hub PC's own (its kiosk and display board, which need no clerk). */
const LINKS: readonly { href: string; label: string; page?: ClerkPage }[] = [
  { href: '/', label: appText.navCounter, page: '/' },
  { href: '/kiosk', label: appText.navKiosk },
  { href: '/display', label: appText.navDisplay },
  { href: '/sync', label: syncPageText.navLabel, page: '/sync' },
  { href: '/close-day', label: closeDayText.navLabel, page: '/close-day' },
  { href: '/audit', label: auditPageText.navLabel, page: '/audit' },
  { href: '/settings', label: appText.navSettings, page: '/settings' },
];

/**
 * The way between the clerk pages this device and the signed-in clerk may use; the others are not
 * shown at all. A paired counter whose clerk has only the counter page gets no navigation.
 */
export function AppNav() {
  const device = useClerkSession((s) => s.device);
  const session = useClerkSession((s) => s.session);
  if (!device) return null;
  const links = LINKS.filter((link) => (link.page ? mayOpen(link.page, device.role, session) : device.role === 'local'));
  if (links.length < 2) return null;
  const here = window.location.pathname;
  return (
    <nav className="app-nav" aria-label={appText.navLabel}>
      {links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          aria-current={here === link.href || here.startsWith(`${link.href}/`) ? 'page' : undefined}
          data-testid={`nav-${link.href === '/' ? 'counter' : link.href.slice(1)}`}
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
