import { useState } from 'react';
import { clerkBarText, clerkRoleText, secretFormText } from '../../shared/i18n/vi';
import { Modal } from '../components/Modal';
import { ChangeSecretForm } from './ChangeSecretForm';
import { useClerkSession } from './clerk-session';

/** In every clerk page's header: who is signed in, as what, and their way to a new PIN or out. */
export function ClerkBar() {
  const session = useClerkSession((s) => s.session);
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  if (!session) return null;
  return (
    <div className="clerk-bar no-print" role="group" aria-label={clerkBarText.label} data-testid="clerk-bar">
      <span className="clerk-who">
        <strong data-testid="clerk-name">{session.clerk.fullName}</strong>
        <span className="clerk-role" data-testid="clerk-role">
          {clerkRoleText[session.clerk.role]}
        </span>
      </span>
      <button
        type="button"
        onClick={() => {
          setChanged(false);
          setChanging(true);
        }}
        data-testid="clerk-change-secret"
      >
        {clerkBarText.changeSecret}
      </button>
      <button type="button" onClick={() => void useClerkSession.getState().signOut()} data-testid="clerk-sign-out">
        {clerkBarText.signOut}
      </button>
      <span className="notice" role="status">
        {changed ? secretFormText.changed : null}
      </span>
      {changing && (
        <Modal title={secretFormText.title} onClose={() => setChanging(false)} testId="change-secret-dialog">
          <ChangeSecretForm
            onDone={() => {
              setChanging(false);
              setChanged(true);
            }}
            onCancel={() => setChanging(false)}
          />
        </Modal>
      )}
    </div>
  );
}
