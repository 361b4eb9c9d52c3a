import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../src/main/service/accounts/sessions';
import { SignInLimits } from '../../src/main/service/accounts/sign-in-limits';

// The two in-memory pieces of signing in: the count of wrong secrets, and the sessions with their idle lock.

const MINUTE = 60_000;

describe('wrong secrets', () => {
  it('count within a sliding 10 minutes: slips older than that are forgotten', () => {
    const limits = new SignInLimits();
    for (let i = 0; i < 4; i++) limits.failed('lan', 'quay-1', i * MINUTE);
    // The first slip is 10 minutes old at the fifth: only four count, no lock.
    limits.failed('lan', 'quay-1', 10 * MINUTE);
    expect(limits.waitFor('lan', 'quay-1', 10 * MINUTE)).toBe(0);
    limits.failed('lan', 'quay-1', 10 * MINUTE + 1);
    expect(limits.waitFor('lan', 'quay-1', 10 * MINUTE + 1)).toBe(5 * MINUTE);
  });

  it('lock the account and the sender separately, and a right secret clears only the account', () => {
    const limits = new SignInLimits();
    for (const user of ['a', 'b', 'c', 'd', 'e']) limits.failed(user, 'quay-1', 0);
    expect(limits.waitFor('lan', 'quay-1', 1000)).toBe(5 * MINUTE - 1000);
    expect(limits.waitFor('lan', 'quay-2', 1000)).toBe(0);
    for (let i = 0; i < 4; i++) limits.failed('lan', 'quay-2', 0);
    limits.succeeded('lan');
    limits.failed('lan', 'quay-3', 0);
    expect(limits.waitFor('lan', 'quay-3', 0)).toBe(0);
  });

  it('keep a bounded memory under a flood of made-up usernames', () => {
    const limits = new SignInLimits();
    for (let i = 0; i < 5; i++) limits.failed('first', `s${i}`, 0);
    expect(limits.waitFor('first', 'x', 0)).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i++) limits.failed(`u${i}`, `t${i}`, 0);
    // The oldest account was forgotten to make room: its lock went with it.
    expect(limits.waitFor('first', 'x', 0)).toBe(0);
  });
});

describe('sessions', () => {
  const clerk = { id: '0194f8a2-0000-7000-8000-000000000001', username: 'lan', fullName: 'Lan', role: 'clerk' as const };

  it('lock after the idle minutes from the last activity, and a touch while locked changes nothing', () => {
    let now = 0;
    let idle = 10;
    const store = new SessionStore(
      () => new Date(now),
      () => idle,
    );
    const { token, session } = store.open(clerk, 'local', false);
    expect(token).toMatch(/^s\.[A-Za-z0-9_-]{43}$/);
    expect(store.find(token)).toBe(session);
    now = 10 * MINUTE - 1;
    store.touch(session);
    now = 20 * MINUTE - 2;
    expect(store.isLocked(session)).toBe(false);
    now = 20 * MINUTE - 1;
    expect(store.isLocked(session)).toBe(true);
    store.touch(session);
    expect(store.isLocked(session)).toBe(true);
    store.unlock(session);
    expect(store.isLocked(session)).toBe(false);
    idle = 1;
    now += MINUTE;
    expect(store.isLocked(session)).toBe(true);
  });

  it('end by id, by clerk and by device, each only its own', () => {
    const store = new SessionStore(
      () => new Date(0),
      () => 10,
    );
    const other = { ...clerk, id: '0194f8a2-0000-7000-8000-000000000002' };
    const a = store.open(clerk, 'local', false);
    const b = store.open(clerk, 'device:x', false);
    const c = store.open(other, 'device:x', false);
    const d = store.open(other, 'local', true);
    store.close(a.session.id);
    expect([a, b, c, d].map((s) => store.find(s.token) !== null)).toEqual([false, true, true, true]);
    store.closeDevice('device:x');
    expect([b, c, d].map((s) => store.get(s.session.id) !== null)).toEqual([false, false, true]);
    store.secretChanged(other.id);
    expect(d.session.mustChangeSecret).toBe(false);
    store.renamed({ ...other, fullName: 'Tên mới' });
    expect(store.get(d.session.id)!.clerk.fullName).toBe('Tên mới');
    store.closeClerk(other.id);
    expect(store.find(d.token)).toBeNull();
  });
});
