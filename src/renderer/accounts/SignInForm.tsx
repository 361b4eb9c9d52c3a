import { useRef, useState } from 'react';
import { signInText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { useClerkSession } from './clerk-session';
import { PinInput } from './PinInput';
import { normaliseUsername } from './secret-checks';
import { useAttempt } from './use-attempt';

/** Username and PIN; Enter signs in. A wrong PIN is cleared so the next try starts clean. */
export function SignInForm() {
  const device = useClerkSession((s) => s.device);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const { busy, error, attempt } = useAttempt();
  const secretRef = useRef<HTMLInputElement>(null);

  const submit = (): Promise<void> =>
    attempt(
      async () => {
        useClerkSession.getState().signedIn(await api('signIn', { username: normaliseUsername(username), secret }));
      },
      () => {
        setSecret('');
        secretRef.current?.focus();
      },
    );

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
        <PinInput
          inputRef={secretRef}
          label={signInText.secret}
          value={secret}
          onChange={setSecret}
          autoComplete="current-password"
          testId="sign-in-secret"
        />
        <button type="submit" className="primary" disabled={busy} data-testid="sign-in-submit">
          {busy ? signInText.working : signInText.submit}
        </button>
      </form>
      <FormError error={error} testId="sign-in-error" />
    </main>
  );
}
