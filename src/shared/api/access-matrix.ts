import { decideAccess, type AccessDecision, type AccessSubject } from './access';
import type { MethodSpec } from './method';

// The callers the role matrix in docs/api.md has a column for; the access tests call every method as
// each of them over HTTP and compare the answers with that table.

export interface MatrixColumn {
  key: string;
  subject: AccessSubject;
}

const signedIn = (role: 'clerk' | 'head' | 'admin') => ({ role, locked: false, mustChangeSecret: false });

export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  { key: 'hub', subject: { role: 'local', clerk: null } },
  { key: 'hub+clerk', subject: { role: 'local', clerk: signedIn('clerk') } },
  { key: 'hub+head', subject: { role: 'local', clerk: signedIn('head') } },
  { key: 'hub+admin', subject: { role: 'local', clerk: signedIn('admin') } },
  { key: 'counter', subject: { role: 'counter', clerk: null } },
  { key: 'counter+clerk', subject: { role: 'counter', clerk: signedIn('clerk') } },
  { key: 'counter+head', subject: { role: 'counter', clerk: signedIn('head') } },
  { key: 'counter+admin', subject: { role: 'counter', clerk: signedIn('admin') } },
  { key: 'kiosk', subject: { role: 'kiosk', clerk: null } },
  { key: 'display', subject: { role: 'display', clerk: null } },
];

/** One cell of the matrix: ✓ allowed, `sign-in` (401 until a clerk signs in), `403` refused. */
export function matrixCell(decision: AccessDecision): string {
  if (decision === 'allowed') return '✓';
  if (decision === 'sign_in_required') return 'sign-in';
  return '403';
}

export function matrixRow(spec: Pick<MethodSpec<never, never>, 'roles' | 'clerks' | 'session' | 'open'>): string[] {
  return MATRIX_COLUMNS.map((c) => matrixCell(decideAccess(spec, c.subject)));
}
