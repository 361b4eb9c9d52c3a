import { syncChipText as text } from '../../shared/i18n/vi/sync';
import { useSyncStatus } from './use-sync-status';
import './sync.css';

/** On the counter page of this PC: whether the city has everything, and a way to the sync log. */
export function SyncChip() {
  const { status } = useSyncStatus();
  if (!status) return null;
  const label = !status.city
    ? text.notEnrolled
    : status.lastError || status.state === 'revoked' || status.state === 'upgrade_required'
      ? status.pending.total > 0
        ? `${text.problem} · ${text.pending(status.pending.total)}`
        : text.problem
      : status.pending.total > 0
        ? text.pending(status.pending.total)
        : text.inSync;
  // A PC never enrolled with the city has nothing to send anywhere yet: that is a fact, not a fault.
  const tone = !status.city ? 'idle' : status.inSync ? 'ok' : status.lastError ? 'bad' : 'busy';
  return (
    <a className={`sync-chip sync-chip-${tone}`} href="/sync" data-testid="sync-chip" title={status.lastError?.message ?? label}>
      {label}
    </a>
  );
}
