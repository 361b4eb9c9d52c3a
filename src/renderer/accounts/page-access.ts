import { decideAccess, type AccessDecision } from '../../shared/api/access';
import type { SessionState } from '../../shared/api/accounts';
import type { ClerkRole, Role } from '../../shared/api/schemas';

// Which clerk pages a device and a clerk may open, by the same rule the service applies to methods:
// each page follows the method it cannot work without (docs/api.md, role matrix). Settings is the
// administrator's page as a whole, although some of what it reads is open to every clerk.

export type ClerkPage = '/' | '/sync' | '/close-day' | '/audit' | '/settings';

const ALL: readonly ClerkRole[] = ['clerk', 'head', 'admin'];

const PAGE_RULES: Record<ClerkPage, { roles: Role[]; clerks: ClerkRole[] }> = {
  /** getCounterState */
  '/': { roles: ['local', 'counter'], clerks: [...ALL] },
  /** getSyncStatus */
  '/sync': { roles: ['local'], clerks: [...ALL] },
  /** getDaySummary */
  '/close-day': { roles: ['local'], clerks: ['head', 'admin'] },
  /** listAudit */
  '/audit': { roles: ['local', 'counter'], clerks: ['head', 'admin'] },
  /** saveService, updateSettings, createClerk … */
  '/settings': { roles: ['local'], clerks: ['admin'] },
};

/** 'allowed', 'forbidden' (this device never) or 'forbidden_role' (not this clerk); sign-in states count as allowed. */
export function pageAccess(page: ClerkPage, deviceRole: Role, clerkRole: ClerkRole | null): AccessDecision {
  const clerk = clerkRole ? { role: clerkRole, locked: false, mustChangeSecret: false } : null;
  const decision = decideAccess(PAGE_RULES[page], { role: deviceRole, clerk });
  return decision === 'sign_in_required' ? 'allowed' : decision;
}

export function mayOpen(page: ClerkPage, deviceRole: Role, session: SessionState | null): boolean {
  return pageAccess(page, deviceRole, session?.clerk.role ?? null) === 'allowed';
}
