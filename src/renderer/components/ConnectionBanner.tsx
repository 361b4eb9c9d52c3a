import { appText } from '../../shared/i18n/vi';
import { useSession } from '../state/session';

export function ConnectionBanner() {
  const reachable = useSession((s) => s.reachable);
  if (reachable) return null;
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner">
      {appText.offline}
    </div>
  );
}
