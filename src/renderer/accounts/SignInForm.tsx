import { useRef, useState } from 'react';
import { signInText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';
import { useClerkSession } from './clerk-session';
import { normaliseUsername } from './secret-checks';

/** Username and PIN; Enter signs in. A wrong PIN is cleared so the next try starts clean. */
export function SignInForm() {
  const device = useClerkSession((s) => s.device);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      useClerkSession.getState().signedIn(await api('signIn', { username: normaliseUsername(username), secret }));
    } catch (failure) {
      setError(failureMessage(failure));
      setSecret('');
      setBusy(false);
      secretRef.current?.focus();
    }
  };

  return (
    <main className="page gate-page" data-testid="sign-in">
      <h1>{signInText.title}</h1>
      <p>{device?.needsFirstAdmin ? signInText.noAdminYet : signInText.hint}</p>
      {device && <p className="gate-device">{device.deviceName}</p>}
      <form
        className="stack"
        data-testid="sign-in-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          {signInText.username}
          <input
            autoFocus
            required
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={64}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="sign-in-username"
          />
        </label>
        <label>
          {signInText.secret}
          <input
            ref={secretRef}
            type="password"
            required
            autoComplete="current-password"
            maxLength={128}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            data-testid="sign-in-secret"
          />
        </label>
        <button type="submit" className="primary" disabled={busy} data-testid="sign-in-submit">
          {busy ? signInText.working : signInText.submit}
        </button>
      </form>
      <div className="alert" role="alert" data-testid="sign-in-error">
        {error}
      </div>
    </main>
  );
}
