import { useState } from 'react';
import { firstAdminText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { useClerkSession } from './clerk-session';
import { NewPinFields, useNewPin } from './NewPinFields';
import { normaliseUsername, usernameProblem } from './secret-checks';
import { useAttempt } from './use-attempt';

export interface NewAdmin {
  username: string;
  fullName: string;
  secret: string;
}

/** A new ward's first start on the hub PC: whoever sets it up becomes its first administrator and starts working. */
export function FirstAdminForm() {
  return (
    <main className="page gate-page gate-page-wide" data-testid="first-admin">
      <h1>{firstAdminText.title}</h1>
      <p>{firstAdminText.hint}</p>
      <FirstAdminFields
        create={async (admin) => useClerkSession.getState().signedIn(await api('createFirstAdmin', admin))}
        submitLabel={firstAdminText.submit}
      />
    </main>
  );
}

/** The administrator's name, username and PIN; `create` makes the account (alone, or with the set-up wizard's answers). */
export function FirstAdminFields({ create, submitLabel }: { create: (admin: NewAdmin) => Promise<void>; submitLabel: string }) {
  const [fullName, setFullName] = useState('');
  const [username, setUsername] = useState('');
  const pin = useNewPin();
  const { busy, error, setError, attempt } = useAttempt();

  const submit = async (): Promise<void> => {
    const problem = usernameProblem(username) ?? pin.problem;
    if (problem) {
      setError(problem);
      return;
    }
    await attempt(() => create({ username: normaliseUsername(username), fullName, secret: pin.secret }));
  };

  return (
    <>
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
        <NewPinFields
          pin={pin}
          label={firstAdminText.secret}
          againLabel={firstAdminText.secretAgain}
          hint={{ id: 'first-admin-secret-hint', text: firstAdminText.secretHint }}
          testId="first-admin-secret"
          againTestId="first-admin-secret-again"
        />
        <button type="submit" className="primary" disabled={busy} data-testid="first-admin-submit">
          {submitLabel}
        </button>
      </form>
      <FormError error={error} testId="first-admin-error" />
    </>
  );
}
