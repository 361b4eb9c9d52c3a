import { useState } from 'react';
import { pairText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { saveDeviceToken } from '../api/token';
import { failureMessage } from '../state/failure';
import { homeOf } from '../state/navigation';

export function PairPage() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pairing, setPairing] = useState(false);

  const submit = async (): Promise<void> => {
    setPairing(true);
    setError(null);
    try {
      const paired = await api('pairDevice', { code });
      saveDeviceToken(paired.token);
      window.location.assign(homeOf(paired.role));
    } catch (failure) {
      setError(failureMessage(failure));
      setPairing(false);
    }
  };

  return (
    <main className="page pair-page">
      <h1>{pairText.title}</h1>
      <p>{pairText.hint}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          {pairText.codeLabel}
          <input
            className="pair-code"
            autoFocus
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            data-testid="pair-code-input"
          />
        </label>
        <button type="submit" className="primary" disabled={pairing || code.length !== 6} data-testid="pair-submit">
          {pairing ? pairText.pairing : pairText.submit}
        </button>
      </form>
      <div className="alert" role="alert" data-testid="pair-error">
        {error}
      </div>
    </main>
  );
}
