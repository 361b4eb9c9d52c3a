import { useState } from 'react';
import { setupText as t } from '../../shared/i18n/vi/setup';
import type { JoinHubRequest } from '../../shared/shell-bridge';
import { HUB_PORT, hubOrigin } from '../../shared/setup/hub-address';
import { WizardStep } from './WizardStep';

/**
 * A PC that joins the hub keeps no data. The desktop app stores the choice and starts again as that
 * device; a browser cannot, so it says what to open on the joining PC instead.
 */
export function JoinStep({ role, total, onBack }: { role: JoinHubRequest['role']; total: number; onBack: () => void }) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shell = window.motcuaShell;
  const origin = hubOrigin(address);

  const join = async (): Promise<void> => {
    if (!shell) return;
    if (!origin) {
      setError(t.hubAddressBad);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await shell.joinHub({ role, hub: origin });
    setError(t.joinFailed(result.error));
    setBusy(false);
  };

  return (
    <WizardStep
      step={2}
      total={total}
      title={t.joinTitle}
      testId="setup-join"
      onBack={onBack}
      onNext={() => void join()}
      error={error}
      busy={busy || !shell}
      nextLabel={t.joinSubmit}
    >
      <p>{t.joinHint}</p>
      <label>
        {t.hubAddress}
        <input autoFocus value={address} onChange={(e) => setAddress(e.target.value)} autoComplete="off" data-testid="setup-hub-address" />
      </label>
      {!shell && (
        <div className="notice" data-testid="setup-join-browser">
          <p>{t.joinBrowser}</p>
          <p>
            <code data-testid="setup-join-url">{`${origin ?? `http://${t.hubPlaceholder}:${HUB_PORT}`}/pair`}</code>
          </p>
          <p>{t.joinBrowserThen}</p>
        </div>
      )}
    </WizardStep>
  );
}
