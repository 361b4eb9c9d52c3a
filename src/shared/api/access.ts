import type { MethodSpec } from './method';
import type { ClerkRole, Role } from './schemas';

// Who may call a method: the device's role intersected with the signed-in clerk's role. The one rule the
// transport applies and the generated role matrix in docs/api.md shows, so they cannot disagree.

export interface AccessSubject {
  role: Role;
  /** The clerk signed in on this device, with the state of their session; null without one. */
  clerk: { role: ClerkRole; locked: boolean; mustChangeSecret: boolean } | null;
}

export type AccessDecision = 'allowed' | 'forbidden' | 'sign_in_required' | 'session_locked' | 'secret_change_required' | 'forbidden_role';

type AccessSpec = Pick<MethodSpec<never, never>, 'roles' | 'clerks' | 'session' | 'open'>;

export function decideAccess(spec: AccessSpec, subject: AccessSubject): AccessDecision {
  if (spec.open) return 'allowed';
  if (!spec.roles.includes(subject.role)) return 'forbidden';
  if (spec.session) return subject.clerk ? 'allowed' : 'sign_in_required';
  // Kiosks and display boards have no clerk: what they may call, they call as devices.
  if (!spec.clerks || subject.role === 'kiosk' || subject.role === 'display') return 'allowed';
  const clerk = subject.clerk;
  if (!clerk) return 'sign_in_required';
  if (clerk.locked) return 'session_locked';
  if (clerk.mustChangeSecret) return 'secret_change_required';
  return spec.clerks.includes(clerk.role) ? 'allowed' : 'forbidden_role';
}
