import { useEffect, useId, useRef, useState } from 'react';
import { clerkRoleText, lockText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { refetchLiveSession } from '../state/session';
import { useClerkSession } from './clerk-session';
import { PinInput } from './PinInput';
import { useAttempt } from './use-attempt';

/**
 * The idle lock, drawn over the page that stays mounted underneath: a modal dialog, so nothing under it
 * can be focused, clicked or read, and Esc does not close it. Only the clerk's PIN opens it again.
 */
export function LockScreen() {
  const session = useClerkSession((s) => s.session);
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [secret, setSecret] = useState('');
  const { busy, error, attempt } = useAttempt();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    input.current?.focus();
    return () => dialog?.close();
  }, []);

  const unlock = (): Promise<void> =>
    attempt(
      async () => {
        const { session: opened } = await api('unlockSession', { secret });
        useClerkSession.getState().updated(opened);
        // What changed meanwhile (tickets issued, other counters' calls) could not be read under the lock.
        refetchLiveSession();
      },
      () => {
        setSecret('');
        input.current?.focus();
      },
    );

  if (!session) return null;
  return (
    <dialog
      ref={ref}
      className="modal lock-screen"
      aria-labelledby={titleId}
      data-testid="lock-screen"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId}>{lockText.title}</h2>
      <p>{lockText.hint(session.idleLockMinutes)}</p>
      <p className="lock-clerk">
        {lockText.clerk}: <strong data-testid="lock-clerk-name">{session.clerk.fullName}</strong> ({clerkRoleText[session.clerk.role]})
      </p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <PinInput
          inputRef={input}
          label={lockText.secret}
          value={secret}
          onChange={setSecret}
          autoComplete="current-password"
          testId="lock-secret"
        />
        <div className="row">
          <button type="submit" className="primary" disabled={busy} data-testid="lock-unlock">
            {lockText.unlock}
          </button>
          <button type="button" onClick={() => void useClerkSession.getState().signOut()} data-testid="lock-sign-out">
            {lockText.signOut}
          </button>
        </div>
      </form>
      <FormError error={error} testId="lock-error" />
      <p className="gate-note">{lockText.otherClerk}</p>
    </dialog>
  );
}
