import { describe, expect, it } from 'vitest';
import { SECRET_COST } from '../../src/main/service/accounts/secret-hash';
import type { Caller } from '../../src/main/service/caller';
import { call, callerOf, clerkOn, codeOf, withAdmin } from '../support/in-process-accounts';
import { TEST_ADMIN as ADMIN } from '../support/test-admin';
import { serviceIdByLetter } from '../support/ward-queries';
import { wardFixture } from '../support/ward-fixture';

// Clerk accounts in process, against the real SQLite database: the first administrator, sign-in and its
// lock-outs, the idle lock, the last administrator, and the name of the clerk on every step.

describe('the first administrator', () => {
  it('is created once, on a ward that has no account, and is signed in at once', async () => {
    const fx = wardFixture();
    expect(fx.call('whoAmI', {})).toMatchObject({ needsFirstAdmin: true, session: null });
    const first = await call(fx, 'createFirstAdmin', ADMIN);
    expect(first.session).toEqual({
      clerk: { id: expect.any(String), username: 'quantri', fullName: 'Nguyễn Thị Quản Trị', role: 'admin' },
      locked: false,
      mustChangeSecret: false,
      idleLockMinutes: 10,
    });
    expect(first.sessionToken).toMatch(/^s\./);
    expect(fx.call('whoAmI', {}, callerOf(fx, first.sessionToken))).toMatchObject({ needsFirstAdmin: false, session: first.session });
    expect(await codeOf(call(fx, 'createFirstAdmin', { ...ADMIN, username: 'khac' }))).toBe('accounts_exist');
  });

  it('keeps only a scrypt hash of the secret, at the production cost, with its parameters', async () => {
    const fx = wardFixture({ secretCost: SECRET_COST });
    await withAdmin(fx);
    const row = fx.ward.db.prepare('SELECT secret_hash FROM clerks').get() as { secret_hash: string };
    expect(row.secret_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(row.secret_hash).not.toContain(ADMIN.secret);
    const outbox = fx.ward.db.prepare(`SELECT payload FROM outbox WHERE op = 'clerk.save@1'`).all() as { payload: string }[];
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0]!.payload)).toEqual({
      id: expect.any(String),
      username: 'quantri',
      fullName: 'Nguyễn Thị Quản Trị',
      role: 'admin',
      active: true,
      updatedAt: '2026-03-10T01:00:00.000Z',
    });
  });
});

describe('signing in', () => {
  it('takes the right secret, refuses a wrong one, an unknown user and a deactivated account alike', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const { clerk } = await clerkOn(fx, admin, 'lan.nt');
    expect((await call(fx, 'signIn', { username: 'LAN.NT', secret: '222222' })).session.clerk.username).toBe('lan.nt');
    expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222223' }))).toBe('sign_in_failed');
    expect(await codeOf(call(fx, 'signIn', { username: 'khong.co', secret: '222222' }))).toBe('sign_in_failed');
    await call(fx, 'updateClerk', { id: clerk.id, fullName: clerk.fullName, role: 'clerk', active: false }, admin);
    expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }))).toBe('sign_in_failed');
  });

  it('locks an account for 5 minutes after 5 wrong secrets in 10 minutes, while another clerk at another counter signs in', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await clerkOn(fx, admin, 'lan.nt');
    await clerkOn(fx, admin, 'minh.tv');
    const counter2: Caller = { role: 'counter', counterNumber: 2, deviceId: '0194f8a2-0000-7000-8000-000000000002', deviceName: 'Quầy 2' };
    for (let i = 0; i < 4; i++) {
      fx.clock.advance(60_000);
      expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '000000' }))).toBe('sign_in_failed');
    }
    // Four slips then the right secret: the slips are forgotten.
    expect((await call(fx, 'signIn', { username: 'lan.nt', secret: '222222' })).session.clerk.username).toBe('lan.nt');
    for (let i = 0; i < 5; i++)
      expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '000000' }, counter2))).toBe('sign_in_failed');
    // Now even the right secret waits, from any device; another account on another device does not.
    expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }))).toBe('sign_in_locked');
    expect((await call(fx, 'signIn', { username: 'minh.tv', secret: '222222' })).session.clerk.username).toBe('minh.tv');
    fx.clock.advance(5 * 60_000 - 1);
    expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }))).toBe('sign_in_locked');
    fx.clock.advance(1);
    expect((await call(fx, 'signIn', { username: 'lan.nt', secret: '222222' })).session.clerk.username).toBe('lan.nt');
  });

  it('locks a sending device that guesses across accounts, never the whole ward', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await clerkOn(fx, admin, 'lan.nt');
    const guesser: Caller = { role: 'counter', counterNumber: 3, deviceId: '0194f8a2-0000-7000-8000-000000000003', deviceName: 'Quầy 3' };
    for (const username of ['a.b', 'c.d', 'e.f', 'g.h', 'i.j'])
      expect(await codeOf(call(fx, 'signIn', { username, secret: '000000' }, guesser))).toBe('sign_in_failed');
    expect(await codeOf(call(fx, 'signIn', { username: 'lan.nt', secret: '222222' }, guesser))).toBe('sign_in_locked');
    expect((await call(fx, 'signIn', { username: 'lan.nt', secret: '222222' })).session.clerk.username).toBe('lan.nt');
  });
});

describe('the idle lock', () => {
  it("locks a session after the idle minutes, a touch does not reopen it, its clerk's secret does", async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const { caller } = await clerkOn(fx, admin, 'lan.nt');
    fx.clock.advance(9 * 60_000);
    await call(fx, 'touchSession', {}, caller);
    fx.clock.advance(9 * 60_000);
    expect(fx.ward.clerks.subject(caller).clerk).toMatchObject({ locked: false });
    fx.clock.advance(60_000);
    expect(fx.ward.clerks.subject(caller).clerk).toMatchObject({ locked: true });
    expect((await call(fx, 'touchSession', {}, caller)).session.locked).toBe(true);
    expect(await codeOf(call(fx, 'unlockSession', { secret: '246810' }, caller))).toBe('sign_in_failed');
    expect((await call(fx, 'unlockSession', { secret: '222222' }, caller)).session.locked).toBe(false);
  });

  it('follows the minutes the admin sets', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await call(fx, 'updateAccountSettings', { idleLockMinutes: 2 }, admin);
    fx.clock.advance(2 * 60_000);
    expect(fx.ward.clerks.subject(admin).clerk).toMatchObject({ locked: true });
    expect(fx.reopen().call('whoAmI', {})).toMatchObject({ needsFirstAdmin: false });
  });
});

describe('administering accounts', () => {
  it('never demotes or deactivates the last active administrator', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const self = admin.clerk!;
    expect(await codeOf(call(fx, 'updateClerk', { id: self.id, fullName: self.fullName, role: 'head', active: true }, admin))).toBe(
      'last_admin',
    );
    expect(await codeOf(call(fx, 'updateClerk', { id: self.id, fullName: self.fullName, role: 'admin', active: false }, admin))).toBe(
      'last_admin',
    );
    const second = await clerkOn(fx, admin, 'admin2', 'admin');
    expect(
      (await call(fx, 'updateClerk', { id: self.id, fullName: self.fullName, role: 'head', active: true }, second.caller)).clerk.role,
    ).toBe('head');
    expect(await codeOf(call(fx, 'updateClerk', { id: second.clerk.id, fullName: 'x', role: 'clerk', active: true }, second.caller))).toBe(
      'last_admin',
    );
  });

  it('refuses a username already taken', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    expect(await codeOf(call(fx, 'createClerk', { username: 'quantri', fullName: 'Khác', role: 'clerk', secret: '111111' }, admin))).toBe(
      'username_taken',
    );
  });

  it('ends the sessions of a clerk whose secret is reset, and asks for a new secret before any work', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const { clerk, token } = await clerkOn(fx, admin, 'lan.nt');
    await call(fx, 'resetClerkSecret', { id: clerk.id, newSecret: '333333' }, admin);
    expect(fx.ward.devices.authenticate(token)).toBeNull();
    const again = await call(fx, 'signIn', { username: 'lan.nt', secret: '333333' });
    expect(again.session.mustChangeSecret).toBe(true);
    const caller = callerOf(fx, again.sessionToken);
    expect(fx.ward.clerks.subject(caller).clerk).toMatchObject({ mustChangeSecret: true });
    expect(await codeOf(call(fx, 'changeOwnSecret', { currentSecret: '000000', newSecret: '444444' }, caller))).toBe('secret_wrong');
    expect((await call(fx, 'changeOwnSecret', { currentSecret: '333333', newSecret: '444444' }, caller)).session.mustChangeSecret).toBe(
      false,
    );
  });

  it('ends the sessions of a clerk whose role changes, and renames open sessions on a name change', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const { clerk, token } = await clerkOn(fx, admin, 'lan.nt');
    await call(fx, 'updateClerk', { id: clerk.id, fullName: 'Nguyễn Thị Lan', role: 'clerk', active: true }, admin);
    expect(callerOf(fx, token).clerk?.fullName).toBe('Nguyễn Thị Lan');
    await call(fx, 'updateClerk', { id: clerk.id, fullName: 'Nguyễn Thị Lan', role: 'head', active: true }, admin);
    expect(fx.ward.devices.authenticate(token)).toBeNull();
  });
});

describe('who did what', () => {
  it('names the clerk who called a ticket and the one who finished it, in the history and the sync log', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const a = await clerkOn(fx, admin, 'lan.nt');
    const b = await clerkOn(fx, admin, 'minh.tv');
    const { ticket } = fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    await call(fx, 'callNext', { counterNumber: 1 }, a.caller);
    await call(fx, 'startServing', { counterNumber: 1, ticketId: ticket.id }, a.caller);
    await call(fx, 'finish', { counterNumber: 1, ticketId: ticket.id }, b.caller);
    const events = fx.ward.db
      .prepare('SELECT action, clerk_id AS clerkId FROM ticket_events WHERE ticket_id = ? ORDER BY rowid')
      .all(ticket.id);
    expect(events).toEqual([
      { action: 'issue', clerkId: null },
      { action: 'call', clerkId: a.clerk.id },
      { action: 'start', clerkId: a.clerk.id },
      { action: 'finish', clerkId: b.clerk.id },
    ]);
    const actors = fx.ward.db.prepare(`SELECT op, actor FROM outbox WHERE entity = 'ticket' ORDER BY seq`).all();
    expect(actors).toEqual([
      { op: 'ticket.issue@1', actor: 'local' },
      { op: 'ticket.call@1', actor: `local;clerk:${a.clerk.id}` },
      { op: 'ticket.start@1', actor: `local;clerk:${a.clerk.id}` },
      { op: 'ticket.finish@1', actor: `local;clerk:${b.clerk.id}` },
    ]);
    const summary = await call(fx, 'getDaySummary', {}, admin);
    expect(summary.clerks).toEqual([{ clerkId: b.clerk.id, fullName: 'Cán bộ minh.tv', served: 1, averageServiceSeconds: 0 }]);
    expect(summary.csv).toContain('Số vé đã phục vụ xong - Cán bộ minh.tv,1\r\n');
  });

  it('writes an audit row for every change, with the method, and none can be altered or removed', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const a = await clerkOn(fx, admin, 'lan.nt');
    fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    await call(fx, 'callNext', { counterNumber: 1 }, a.caller);
    const { entries } = await call(fx, 'listAudit', { clerkId: a.clerk.id }, admin);
    expect(entries.map((e) => [e.method, e.entity, e.outcome, e.clerkName])).toEqual([
      ['callNext', 'ticket', 'ok', 'Cán bộ lan.nt'],
      ['changeOwnSecret', 'clerk', 'ok', 'Cán bộ lan.nt'],
      ['signIn', 'clerk', 'ok', 'Cán bộ lan.nt'],
    ]);
    expect(() => fx.ward.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => fx.ward.db.prepare(`UPDATE audit_log SET method = 'x'`).run()).toThrow(/append-only/);
  });

  it("records who read a citizen's card by a keyed hash, never the number, and answers who viewed that citizen", async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    const a = await clerkOn(fx, admin, 'lan.nt');
    const scanned = '001099012345|012345678|Nguyễn Văn An|01011990|Nam|Số 8 phố Huế, Hà Nội|01012021';
    const parsed = await call(fx, 'parseCitizenId', { scanned }, a.caller);
    expect(parsed.ok).toBe(true);
    const dump = JSON.stringify(fx.ward.db.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain('001099012345');
    expect(dump).not.toContain('Nguyễn Văn An');
    const { entries } = await call(fx, 'listCitizenAccess', { idNumber: '001099012345' }, admin);
    expect(entries.map((e) => [e.method, e.clerkUsername, e.outcome, e.detail])).toEqual([['parseCitizenId', 'lan.nt', 'read', 'scanned']]);
    expect((await call(fx, 'listCitizenAccess', { idNumber: '001099099999' }, admin)).entries).toEqual([]);
  });

  it('exports the audit as CSV with Hanoi times, and a name a spreadsheet would run stays text', async () => {
    const fx = wardFixture();
    const admin = await withAdmin(fx);
    await call(fx, 'createClerk', { username: 'xau', fullName: '=HYPERLINK("http://x")', role: 'clerk', secret: '111111' }, admin);
    await call(fx, 'signIn', { username: 'xau', secret: '111111' });
    const { fileName, csv } = await call(fx, 'exportAudit', { method: 'signIn' }, admin);
    expect(fileName).toBe('nhat-ky-thao-tac-2026-03-10.csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Thời điểm,Cán bộ,Tên đăng nhập,Thiết bị,Thao tác,Đối tượng,Mã đối tượng,Kết quả,Chi tiết');
    expect(lines[1]).toMatch(/^2026-03-10 08:00,"'=HYPERLINK\(""http:\/\/x""\)",xau,Máy này,signIn,clerk,[0-9a-f-]{36},Thành công,$/);
  });
});
