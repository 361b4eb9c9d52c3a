import { useState } from 'react';
import { secretFormText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { useClerkSession } from './clerk-session';
import { NewPinFields, useNewPin } from './NewPinFields';
import { PinInput } from './PinInput';
import { useAttempt } from './use-attempt';

interface ChangeSecretFormProps {
  /** Runs once the new PIN is stored. */
  onDone: () => void;
  /** Offered only where the clerk may leave without changing it (not after an admin's reset). */
  onCancel?: () => void;
}

/** The signed-in clerk's own PIN: the current one, then the new one twice. */
export function ChangeSecretForm({ onDone, onCancel }: ChangeSecretFormProps) {
  const [current, setCurrent] = useState('');
  const next = useNewPin();
  const { busy, error, setError, attempt } = useAttempt();

  const submit = async (): Promise<void> => {
    if (next.problem) {
      setError(next.problem);
      return;
    }
    await attempt(async () => {
      const { session } = await api('changeOwnSecret', { currentSecret: current, newSecret: next.secret });
      useClerkSession.getState().updated(session);
      onDone();
    });
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
      <PinInput
        autoFocus
        label={secretFormText.current}
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
        testId="change-secret-current"
      />
      <NewPinFields
        pin={next}
        label={secretFormText.next}
        againLabel={secretFormText.nextAgain}
        hint={{ id: 'change-secret-hint', text: secretFormText.nextHint }}
        testId="change-secret-new"
        againTestId="change-secret-again"
      />
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
      <FormError error={error} testId="change-secret-error" />
    </form>
  );
}
