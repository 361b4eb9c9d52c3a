import { AuditPage } from './accounts/AuditPage';
import { SessionGate } from './accounts/SessionGate';
import { CounterPage } from './pages/CounterPage';
import { DisplayPage } from './pages/DisplayPage';
import { KioskPage } from './pages/KioskPage';
import { PairPage } from './pages/PairPage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupWizard } from './setup/SetupWizard';
import { CloseDayPage } from './sync/CloseDayPage';
import { SyncPage } from './sync/SyncPage';

/**
 * One bundle, one page per path: the server serves index.html for each of them. The clerk pages stand
 * behind the session gate, which sends a hub PC that was never set up to the wizard; the kiosk, the
 * display board, pairing and the wizard never have a clerk.
 */
export function App() {
  const pathname = window.location.pathname;
  // The settings sub-pages (/settings/<page>) are one page that routes within itself.
  switch (pathname.startsWith('/settings/') ? '/settings' : pathname) {
    case '/kiosk':
      return <KioskPage />;
    case '/display':
      return <DisplayPage />;
    case '/pair':
      return <PairPage />;
    case '/setup':
      return <SetupWizard />;
    case '/settings':
      return (
        <SessionGate page="/settings">
          <SettingsPage />
        </SessionGate>
      );
    case '/sync':
      return (
        <SessionGate page="/sync">
          <SyncPage />
        </SessionGate>
      );
    case '/close-day':
      return (
        <SessionGate page="/close-day">
          <CloseDayPage />
        </SessionGate>
      );
    case '/audit':
      return (
        <SessionGate page="/audit">
          <AuditPage />
        </SessionGate>
      );
    default:
      return (
        <SessionGate page="/">
          <CounterPage />
        </SessionGate>
      );
  }
}
