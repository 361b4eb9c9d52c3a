import { useState } from 'react';
import { secretFormText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';
import { useClerkSession } from './clerk-session';
import { newSecretProblem } from './secret-checks';

interface ChangeSecretFormProps {
  /** Runs once the new PIN is stored. */
  onDone: () => void;
  /** Offered only where the clerk may leave without changing it (not after an admin's reset). */
  onCancel?: () => void;
}

/** The signed-in clerk's own PIN: the current one, then the new one twice. */
export function ChangeSecretForm({ onDone, onCancel }: ChangeSecretFormProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    const problem = newSecretProblem(next, again);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { session } = await api('changeOwnSecret', { currentSecret: current, newSecret: next });
      useClerkSession.getState().updated(session);
      onDone();
    } catch (failure) {
      setError(failureMessage(failure));
      setBusy(false);
    }
  };

  return (
    <form
      className="stack"
      data-testid="change-secret-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        {secretFormText.current}
        <input
          autoFocus
          type="password"
          required
          autoComplete="current-password"
          maxLength={128}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          data-testid="change-secret-current"
        />
      </label>
      <label>
        {secretFormText.next}
        <input
          type="password"
          required
          autoComplete="new-password"
          maxLength={128}
          aria-describedby="change-secret-hint"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          data-testid="change-secret-new"
        />
        <small id="change-secret-hint">{secretFormText.nextHint}</small>
      </label>
      <label>
        {secretFormText.nextAgain}
        <input
          type="password"
          required
          autoComplete="new-password"
          maxLength={128}
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          data-testid="change-secret-again"
        />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="change-secret-submit">
          {secretFormText.submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} data-testid="change-secret-cancel">
            {secretFormText.cancel}
          </button>
        )}
      </div>
      <div className="alert" role="alert" data-testid="change-secret-error">
        {error}
      </div>
    </form>
  );
}
