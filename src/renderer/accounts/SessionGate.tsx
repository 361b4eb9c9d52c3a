import { useEffect, type ReactNode } from 'react';
import { clerkBarText, clerkRoleText, secretFormText, signInText } from '../../shared/i18n/vi';
import { ChangeSecretForm } from './ChangeSecretForm';
import { useClerkSession } from './clerk-session';
import { FirstAdminForm } from './FirstAdminForm';
import { LockScreen } from './LockScreen';
import { NoAccess } from './NoAccess';
import { pageAccess, type ClerkPage } from './page-access';
import { SignInForm } from './SignInForm';
import { useActivityReports } from './use-activity';
import './accounts.css';

const RETRY_MS = 5_000;

/**
 * Stands in front of every clerk page: the first administrator on a new ward, then the sign-in, then a
 * PIN an admin gave that must be changed. Only then is the page mounted; from then on an idle lock puts
 * the lock screen over it without unmounting it, so the clerk finds the page exactly as it was.
 */
export function SessionGate({ page, children }: { page: ClerkPage; children: ReactNode }) {
  const phase = useClerkSession((s) => s.phase);
  const device = useClerkSession((s) => s.device);
  const session = useClerkSession((s) => s.session);
  const locked = useClerkSession((s) => s.locked);
  const error = useClerkSession((s) => s.error);

  useEffect(() => {
    void useClerkSession.getState().check();
  }, []);

  useEffect(() => {
    if (phase !== 'unreachable') return;
    const timer = setTimeout(() => void useClerkSession.getState().check(), RETRY_MS);
    return () => clearTimeout(timer);
  }, [phase, error]);

  useActivityReports(phase === 'ready' && !locked, session?.idleLockMinutes ?? 10);

  // A device that may never use this page is told so before anyone signs in on it.
  if (device && pageAccess(page, device.role, null) === 'forbidden') return <NoAccess reason="device" />;

  switch (phase) {
    case 'checking':
      return (
        <main className="page gate-page">
          <p>{signInText.checking}</p>
        </main>
      );
    case 'unreachable':
      return (
        <main className="page gate-page">
          <p className="alert" role="alert" data-testid="gate-error">
            {error}
          </p>
          <button type="button" onClick={() => void useClerkSession.getState().check()}>
            {signInText.retry}
          </button>
        </main>
      );
    case 'first-admin':
      return <FirstAdminForm />;
    case 'sign-in':
      return <SignInForm />;
    case 'change-secret':
      return (
        <main className="page gate-page" data-testid="must-change-secret">
          <h1>{secretFormText.title}</h1>
          <p>{secretFormText.mustChange}</p>
          {session && (
            <p className="gate-device">
              {session.clerk.fullName} ({clerkRoleText[session.clerk.role]})
            </p>
          )}
          {/* Nothing to do once stored: the store moves on to the page. */}
          <ChangeSecretForm onDone={() => undefined} />
          <button type="button" onClick={() => void useClerkSession.getState().signOut()} data-testid="must-change-sign-out">
            {clerkBarText.signOut}
          </button>
        </main>
      );
    case 'ready':
      break;
  }

  const allowed = device !== null && pageAccess(page, device.role, session?.clerk.role ?? null) === 'allowed';
  return (
    <>
      {allowed ? children : <NoAccess reason="role" />}
      {locked && <LockScreen />}
    </>
  );
}
