import { useState } from 'react';
import { firstAdminText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';
import { useClerkSession } from './clerk-session';
import { newSecretProblem, normaliseUsername, usernameProblem } from './secret-checks';

/** A new ward's first start on the hub PC: whoever sets it up becomes its first administrator and starts working. */
export function FirstAdminForm() {
  const [fullName, setFullName] = useState('');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    const problem = usernameProblem(username) ?? newSecretProblem(secret, again);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api('createFirstAdmin', { username: normaliseUsername(username), fullName, secret });
      useClerkSession.getState().signedIn(result);
    } catch (failure) {
      setError(failureMessage(failure));
      setBusy(false);
    }
  };

  return (
    <main className="page gate-page gate-page-wide" data-testid="first-admin">
      <h1>{firstAdminText.title}</h1>
      <p>{firstAdminText.hint}</p>
      <form
        className="stack"
        data-testid="first-admin-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          {firstAdminText.fullName}
          <input
            autoFocus
            required
            maxLength={100}
            autoComplete="name"
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            data-testid="first-admin-full-name"
          />
        </label>
        <label>
          {firstAdminText.username}
          <input
            required
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={32}
            aria-describedby="first-admin-username-hint"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="first-admin-username"
          />
          <small id="first-admin-username-hint">{firstAdminText.usernameHint}</small>
        </label>
        <label>
          {firstAdminText.secret}
          <input
            type="password"
            required
            maxLength={128}
            autoComplete="new-password"
            aria-describedby="first-admin-secret-hint"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            data-testid="first-admin-secret"
          />
          <small id="first-admin-secret-hint">{firstAdminText.secretHint}</small>
        </label>
        <label>
          {firstAdminText.secretAgain}
          <input
            type="password"
            required
            maxLength={128}
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            data-testid="first-admin-secret-again"
          />
        </label>
        <button type="submit" className="primary" disabled={busy} data-testid="first-admin-submit">
          {firstAdminText.submit}
        </button>
      </form>
      <div className="alert" role="alert" data-testid="first-admin-error">
        {error}
      </div>
    </main>
  );
}
