import { describe, expect, it } from 'vitest';
import { decideAccess, type AccessSubject } from '../../src/shared/api/access';
import { MATRIX_COLUMNS, matrixCell, matrixRow } from '../../src/shared/api/access-matrix';
import type { MethodSpec } from '../../src/shared/api/method';

// The one access rule, case by case: the device's role first, then the clerk signed in on it.

type Spec = Pick<MethodSpec<never, never>, 'roles' | 'clerks' | 'session' | 'open'>;

const clerk = (role: 'clerk' | 'head' | 'admin', state: { locked?: boolean; mustChangeSecret?: boolean } = {}): AccessSubject['clerk'] => ({
  role,
  locked: state.locked ?? false,
  mustChangeSecret: state.mustChangeSecret ?? false,
});

const counterWork: Spec = { roles: ['local', 'counter'], clerks: ['clerk', 'head', 'admin'] };
const adminOnly: Spec = { roles: ['local', 'counter'], clerks: ['admin'] };
const kioskToo: Spec = { roles: ['local', 'counter', 'kiosk'], clerks: ['clerk'] };

describe('who may call a method', () => {
  it('lets anyone call an open method, even a device no role lists', () => {
    expect(decideAccess({ roles: [], open: true }, { role: 'display', clerk: null })).toBe('allowed');
  });

  it('refuses a device whose role the method does not list, whoever is signed in', () => {
    expect(decideAccess(counterWork, { role: 'kiosk', clerk: null })).toBe('forbidden');
    expect(decideAccess(counterWork, { role: 'display', clerk: clerk('admin') })).toBe('forbidden');
    expect(decideAccess({ roles: ['local'], session: true }, { role: 'counter', clerk: clerk('admin') })).toBe('forbidden');
  });

  it('asks for a clerk on the hub PC and a counter, never on a kiosk or a board', () => {
    expect(decideAccess(counterWork, { role: 'local', clerk: null })).toBe('sign_in_required');
    expect(decideAccess(counterWork, { role: 'counter', clerk: null })).toBe('sign_in_required');
    expect(decideAccess(kioskToo, { role: 'kiosk', clerk: null })).toBe('allowed');
    expect(decideAccess({ roles: ['display'], clerks: ['admin'] }, { role: 'display', clerk: null })).toBe('allowed');
    expect(decideAccess({ roles: ['local'] }, { role: 'local', clerk: null })).toBe('allowed');
  });

  it("intersects the device with the clerk's role", () => {
    expect(decideAccess(adminOnly, { role: 'counter', clerk: clerk('head') })).toBe('forbidden_role');
    expect(decideAccess(adminOnly, { role: 'counter', clerk: clerk('admin') })).toBe('allowed');
    expect(decideAccess(counterWork, { role: 'local', clerk: clerk('clerk') })).toBe('allowed');
  });

  it('holds a locked session, then one that must change its secret, before its role is even looked at', () => {
    expect(decideAccess(adminOnly, { role: 'local', clerk: clerk('clerk', { locked: true, mustChangeSecret: true }) })).toBe(
      'session_locked',
    );
    expect(decideAccess(adminOnly, { role: 'local', clerk: clerk('clerk', { mustChangeSecret: true }) })).toBe('secret_change_required');
  });

  it('lets a session act on itself locked or not, and only with a session', () => {
    const self: Spec = { roles: ['local', 'counter'], session: true };
    expect(decideAccess(self, { role: 'counter', clerk: clerk('clerk', { locked: true, mustChangeSecret: true }) })).toBe('allowed');
    expect(decideAccess(self, { role: 'local', clerk: null })).toBe('sign_in_required');
  });
});

describe('the role matrix', () => {
  it('has the ten callers the documentation names, in its order', () => {
    expect(MATRIX_COLUMNS.map((c) => c.key)).toEqual([
      'hub',
      'hub+clerk',
      'hub+head',
      'hub+admin',
      'counter',
      'counter+clerk',
      'counter+head',
      'counter+admin',
      'kiosk',
      'display',
    ]);
  });

  it('writes each decision as a reader of the table reads it', () => {
    expect(matrixRow(adminOnly)).toEqual(['sign-in', '403', '403', '✓', 'sign-in', '403', '403', '✓', '403', '403']);
    expect(matrixRow(kioskToo)).toEqual(['sign-in', '✓', '403', '403', 'sign-in', '✓', '403', '403', '✓', '403']);
    expect(['session_locked', 'secret_change_required', 'forbidden', 'forbidden_role'].map((d) => matrixCell(d as never))).toEqual([
      '403',
      '403',
      '403',
      '403',
    ]);
  });
});
