import { describe, expect, it } from 'vitest';
import type { AuditEntry, Clerk } from '../../src/shared/api/accounts';
import type { Caller } from '../../src/main/service/caller';
import { ApiError } from '../../src/main/service/api-error';
import { call, callerOf, clerkOn, codeOf, withAdmin } from '../support/in-process-accounts';
import { wardFixture, type WardFixture } from '../support/ward-fixture';

// What the mutation run of the accounts module (docs/testing.md, run 33) found no test stating: signing
// out, the first secret of a new or reset account, the account list and the idle-lock setting as the
// admin reads them back, and the audit as the head reads it (refusals, filters, paging, the export).

const CARD = '001099012345|012345678|Nguyễn Văn An|01011990|Nam|Số 8 phố Huế, Hà Nội|01012021';

const MINUTE = 60_000;

function outboxCount(fx: WardFixture): number {
  return (fx.ward.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
}

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

/** An account created, then deactivated, by the admin: someone who left the ward. */
async function deactivatedAccount(fx: WardFixture, admin: Caller, username: string, fullName: string, role: Clerk['role']) {
  const { clerk } = await call(fx, 'createClerk', { username, fullName, role, secret: '111111' }, admin);
  return (await call(fx, 'updateClerk', { id: clerk.id, fullName, role, active: false }, admin)).clerk;
}

const row = (e: AuditEntry) => [e.method, e.entity, e.entityId, e.outcome, e.detail];

describe('signing out', () => {
  it("ends the clerk's session on that device and is recorded under the clerk who left", async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const lan = await clerkOn(fx, admin, 'lan.nt');
    expect(await call(fx, 'signOut', {}, lan.caller)).toEqual({ signedOut: true });
    expect(fx.ward.devices.authenticate(lan.token)).toBeNull();
    const { entries } = await call(fx, 'listAudit', { method: 'signOut' }, admin);
    expect(entries.map((e) => [e.clerkUsername, ...row(e)])).toEqual([['lan.nt', 'signOut', 'clerk', lan.clerk.id, 'ok', null]]);
  });
});

describe('the first secret of an account', () => {
  it('must be changed by a new clerk at the first sign-in, and once changed is not asked for again', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const { clerk } = await call(fx, 'createClerk', { username: 'lan.nt', fullName: 'Lan', role: 'clerk', secret: '111111' }, admin);
    expect(clerk.mustChangeSecret).toBe(true);
    const first = await call(fx, 'signIn', { username: 'lan.nt', secret: '111111' });
    expect(first.session.mustChangeSecret).toBe(true);
    await call(fx, 'changeOwnSecret', { currentSecret: '111111', newSecret: '222222' }, callerOf(fx, first.sessionToken));
    await call(fx, 'signOut', {}, callerOf(fx, first.sessionToken));
    expect((await call(fx, 'signIn', { username: 'lan.nt', secret: '222222' })).session.mustChangeSecret).toBe(false);
    expect((await call(fx, 'listClerks', {}, admin)).clerks.find((c) => c.id === clerk.id)?.mustChangeSecret).toBe(false);
  });

  it('is reset by the admin, who gets the account back marked for a change; an unknown account is refused, nothing written', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const lan = await clerkOn(fx, admin, 'lan.nt');
    fx.clock.advance(MINUTE);
    const { clerk } = await call(fx, 'resetClerkSecret', { id: lan.clerk.id, newSecret: '333333' }, admin);
    expect(clerk).toMatchObject({ id: lan.clerk.id, username: 'lan.nt', mustChangeSecret: true, updatedAt: '2026-03-10T01:01:00.000Z' });
    const before = outboxCount(fx);
    const unknown = '0194f8a2-0000-7000-8000-0000000000ff';
    expect(await codeOf(call(fx, 'resetClerkSecret', { id: unknown, newSecret: '333333' }, admin))).toBe('clerk_not_found');
    expect(outboxCount(fx)).toBe(before);
  });
});

describe('the account list', () => {
  it('shows every account, active or not, by name, without any secret', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await call(fx, 'createClerk', { username: 'minh.tv', fullName: 'Trần Văn Minh', role: 'head', secret: '111111' }, admin);
    await deactivatedAccount(fx, admin, 'an.lt', 'Lê Thị An', 'clerk');
    const { clerks } = await call(fx, 'listClerks', {}, admin);
    expect(clerks.map((c) => [c.fullName, c.username, c.role, c.active])).toEqual([
      ['Lê Thị An', 'an.lt', 'clerk', false],
      ['Nguyễn Thị Quản Trị', 'quantri', 'admin', true],
      ['Trần Văn Minh', 'minh.tv', 'head', true],
    ]);
    expect(JSON.stringify(clerks)).not.toMatch(/scrypt|secret_hash|111111/);
  });
});

describe('editing an account', () => {
  it('lets the only administrator correct their own name', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const self = admin.clerk!;
    const { clerk } = await call(fx, 'updateClerk', { id: self.id, fullName: 'Nguyễn Thị Quản', role: 'admin', active: true }, admin);
    expect([clerk.fullName, clerk.role, clerk.active]).toEqual(['Nguyễn Thị Quản', 'admin', true]);
  });

  it('lets the admin tidy a deactivated administrator account while they are the only active one', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const old = await deactivatedAccount(fx, admin, 'cu.qt', 'Quản trị cũ', 'admin');
    const { clerk } = await call(fx, 'updateClerk', { id: old.id, fullName: 'Quản trị cũ (nghỉ)', role: 'clerk', active: false }, admin);
    expect([clerk.fullName, clerk.role, clerk.active]).toEqual(['Quản trị cũ (nghỉ)', 'clerk', false]);
  });

  it('ends the sessions of a clerk who is deactivated', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const lan = await clerkOn(fx, admin, 'lan.nt');
    await call(fx, 'updateClerk', { id: lan.clerk.id, fullName: lan.clerk.fullName, role: 'clerk', active: false }, admin);
    expect(fx.ward.devices.authenticate(lan.token)).toBeNull();
  });

  it('refuses an account that does not exist with its own message, nothing written', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const before = outboxCount(fx);
    const unknown = '0194f8a2-0000-7000-8000-0000000000ff';
    expect(await codeOf(call(fx, 'updateClerk', { id: unknown, fullName: 'Ai đó', role: 'clerk', active: true }, admin))).toBe(
      'clerk_not_found',
    );
    expect(outboxCount(fx)).toBe(before);
  });
});

describe('the idle-lock setting', () => {
  it('reads back as set, survives a restart, and goes to the city as the ward setting it is', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    expect(await call(fx, 'getAccountSettings', {}, admin)).toEqual({ idleLockMinutes: 10 });
    expect(await call(fx, 'updateAccountSettings', { idleLockMinutes: 25 }, admin)).toEqual({ idleLockMinutes: 25 });
    expect(await call(fx, 'getAccountSettings', {}, admin)).toEqual({ idleLockMinutes: 25 });
    const sent = fx.ward.db
      .prepare(`SELECT entity, entity_id AS entityId, op, payload FROM outbox WHERE op LIKE 'account_settings%'`)
      .all();
    expect(sent).toEqual([
      { entity: 'account_settings', entityId: 'ward', op: 'account_settings.save@1', payload: '{"idleLockMinutes":25}' },
    ]);

    const again = fx.reopen();
    const back = await call(again, 'signIn', { username: 'quantri', secret: '246810' });
    expect(back.session.idleLockMinutes).toBe(25);
    expect(await call(again, 'getAccountSettings', {}, callerOf(again, back.sessionToken))).toEqual({ idleLockMinutes: 25 });
  });
});

describe('the audit, as the head reads it', () => {
  it('lists refused sign-ins: a wrong secret under its account, an unknown name under none, then the lock-out', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const lan = await clerkOn(fx, admin, 'lan.nt');
    expect(await codeOf(call(fx, 'signIn', { username: 'khong.co', secret: '000000' }))).toBe('sign_in_failed');
    for (let i = 0; i < 4; i++) await call(fx, 'signIn', { username: 'lan.nt', secret: '000000' }).catch(() => undefined);
    expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }))).toBe('sign_in_locked');
    const { entries } = await call(fx, 'listAudit', { outcome: 'refused' }, admin);
    expect(entries.map(row)).toEqual([
      ['signIn', null, null, 'refused', 'sign_in_locked'],
      ...Array.from({ length: 4 }, () => ['signIn', 'clerk', lan.clerk.id, 'refused', 'sign_in_failed']),
      ['signIn', null, null, 'refused', 'sign_in_failed'],
    ]);
  });

  it('tells the clerk who is locked out how many minutes are left, rounded up', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await clerkOn(fx, admin, 'lan.nt');
    for (let i = 0; i < 5; i++) await call(fx, 'signIn', { username: 'lan.nt', secret: '000000' }).catch(() => undefined);
    expect((await errorOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }))).message).toMatch(/ Hãy thử lại sau 5 phút\.$/);
    fx.clock.advance(4 * MINUTE + 1);
    expect((await errorOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }))).message).toMatch(/ Hãy thử lại sau 1 phút\.$/);
  });

  it('narrows by each filter, and by several at once', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const lan = await clerkOn(fx, admin, 'lan.nt');
    const minh = await clerkOn(fx, admin, 'minh.tv');
    fx.clock.advance(24 * 60 * MINUTE);
    await call(fx, 'updateClerk', { id: lan.clerk.id, fullName: 'Nguyễn Thị Lan', role: 'clerk', active: true }, admin);
    await call(fx, 'signIn', { username: 'minh.tv', secret: '000000' }).catch(() => undefined);
    const list = async (filter: Parameters<typeof call<'listAudit'>>[2]) =>
      (await call(fx, 'listAudit', filter, admin)).entries.map((e) => [e.method, e.entityId === lan.clerk.id ? 'lan' : e.entity]);

    expect(await list({ day: '2026-03-11' })).toEqual([
      ['signIn', 'clerk'],
      ['updateClerk', 'lan'],
    ]);
    expect(await list({ entity: 'clerk', entityId: lan.clerk.id })).toEqual([
      ['updateClerk', 'lan'],
      ['changeOwnSecret', 'lan'],
      ['signIn', 'lan'],
      ['createClerk', 'lan'],
    ]);
    expect(await list({ outcome: 'refused', entityId: minh.clerk.id })).toEqual([['signIn', 'clerk']]);
    expect(await list({ entity: 'clerk', day: '2026-03-10', method: 'createClerk' })).toEqual([
      ['createClerk', 'clerk'],
      ['createClerk', 'lan'],
    ]);
  });

  it('pages from the newest back, each page going on where the last stopped', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await clerkOn(fx, admin, 'lan.nt');
    const all = (await call(fx, 'listAudit', {}, admin)).entries.map((e) => e.id);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const first = (await call(fx, 'listAudit', { limit: 2 }, admin)).entries.map((e) => e.id);
    const next = (await call(fx, 'listAudit', { limit: 2, beforeId: first[1]! }, admin)).entries.map((e) => e.id);
    expect([...first, ...next]).toEqual(all.slice(0, 4));
  });

  it("lists a citizen's data read as a read of a citizen, and a look-up of who viewed them as one more", async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const lan = await clerkOn(fx, admin, 'lan.nt');
    await call(fx, 'parseCitizenId', { scanned: CARD }, lan.caller);
    expect((await call(fx, 'listAudit', { outcome: 'read' }, admin)).entries.map(row)).toEqual([
      ['parseCitizenId', 'citizen', null, 'read', 'scanned'],
    ]);
    await call(fx, 'listCitizenAccess', { idNumber: '001099012345' }, admin);
    const { entries } = await call(fx, 'listCitizenAccess', { idNumber: ' 001099012345 ' }, admin);
    expect(entries.map((e) => [e.clerkUsername, e.method, e.entity, e.outcome, e.detail])).toEqual([
      ['quantri', 'listCitizenAccess', 'citizen', 'read', 'audit'],
      ['lan.nt', 'parseCitizenId', 'citizen', 'read', 'scanned'],
    ]);
  });
});

describe('the audit export', () => {
  it('holds every matching row, with empty cells where a refusal has no clerk or account, and the reason', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await clerkOn(fx, admin, 'lan.nt');
    await call(fx, 'signIn', { username: 'lan.nt', secret: '222222' });
    fx.clock.advance(60 * MINUTE);
    await call(fx, 'signIn', { username: 'khong.co', secret: '000000' }).catch(() => undefined);
    const { fileName, csv } = await call(fx, 'exportAudit', { method: 'signIn' }, admin);
    expect(fileName).toBe('nhat-ky-thao-tac-2026-03-10.csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(1)).toEqual([
      '2026-03-10 09:00,,,Máy này,signIn,,,Bị từ chối,sign_in_failed',
      expect.stringMatching(/^2026-03-10 08:00,Cán bộ lan\.nt,lan\.nt,Máy này,signIn,clerk,[0-9a-f-]{36},Thành công,$/),
      expect.stringMatching(/^2026-03-10 08:00,Cán bộ lan\.nt,lan\.nt,Máy này,signIn,clerk,[0-9a-f-]{36},Thành công,$/),
      '',
    ]);
  });

  it("is named after the day filtered on, or today's Hanoi day", async () => {
    const fx = wardFixture({ start: '2026-03-10T18:30:00.000Z' });
    const admin = await withAdmin(fx);
    expect((await call(fx, 'exportAudit', {}, admin)).fileName).toBe('nhat-ky-thao-tac-2026-03-11.csv');
    expect((await call(fx, 'exportAudit', { day: '2026-03-09' }, admin)).fileName).toBe('nhat-ky-thao-tac-2026-03-09.csv');
  });
});
