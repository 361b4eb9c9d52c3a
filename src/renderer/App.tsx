import { CounterPage } from './pages/CounterPage';
import { DisplayPage } from './pages/DisplayPage';
import { KioskPage } from './pages/KioskPage';
import { PairPage } from './pages/PairPage';
import { SettingsPage } from './pages/SettingsPage';
import { CloseDayPage } from './sync/CloseDayPage';
import { SyncPage } from './sync/SyncPage';

/** One bundle, one page per path: the server serves index.html for each of them. */
export function App() {
  switch (window.location.pathname) {
    case '/kiosk':
      return <KioskPage />;
    case '/display':
      return <DisplayPage />;
    case '/settings':
      return <SettingsPage />;
    case '/pair':
      return <PairPage />;
    case '/sync':
      return <SyncPage />;
    case '/close-day':
      return <CloseDayPage />;
    default:
      return <CounterPage />;
  }
}
