import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditEntry, SessionState } from '../../src/shared/api/accounts';
import type { ClerkRole, Role } from '../../src/shared/api/schemas';
import { parseDayText } from '../../src/shared/time/format';
import { auditTime, detailText, entityName, methodName, outcomeName } from '../../src/renderer/accounts/audit-format';
import { mayOpen, pageAccess, type ClerkPage } from '../../src/renderer/accounts/page-access';
import { newSecretProblem, normaliseUsername, usernameProblem } from '../../src/renderer/accounts/secret-checks';
import { sourceFiles } from '../support/source-files';
import { wardFixture } from '../support/ward-fixture';

// The account pages' pure helpers: how the audit page writes and reads days (Hà Nội time, dd/mm/yyyy),
// which clerk pages a device and a clerk may open, and what the account forms check before sending.

describe('an audit entry’s time, in Hà Nội (UTC+7) to the second', () => {
  it('writes hh:mm:ss dd/mm/yyyy with leading zeros', () => {
    expect(auditTime('2026-01-05T01:02:03.000Z')).toBe('08:02:03 05/01/2026');
    expect(auditTime('2026-11-23T07:05:09Z')).toBe('14:05:09 23/11/2026');
  });

  it('puts an instant just before Hà Nội midnight on the day before, and one at midnight on the next day', () => {
    expect(auditTime('2026-11-22T16:59:59.999Z')).toBe('23:59:59 22/11/2026');
    expect(auditTime('2026-11-22T17:00:00.000Z')).toBe('00:00:00 23/11/2026');
    expect(auditTime('2026-11-22T17:00:01Z')).toBe('00:00:01 23/11/2026');
  });

  it('turns the month, the year and a leap day at Hà Nội midnight, not UTC midnight', () => {
    expect(auditTime('2025-12-31T16:59:59Z')).toBe('23:59:59 31/12/2025');
    expect(auditTime('2025-12-31T17:00:00Z')).toBe('00:00:00 01/01/2026');
    expect(auditTime('2024-02-28T17:00:00Z')).toBe('00:00:00 29/02/2024');
    expect(auditTime('2024-02-29T17:00:00Z')).toBe('00:00:00 01/03/2024');
    expect(auditTime('2026-01-31T23:30:00Z')).toBe('06:30:00 01/02/2026');
  });

  it('reads an instant written with an offset as the same moment', () => {
    expect(auditTime('2026-11-23T00:00:00+07:00')).toBe('00:00:00 23/11/2026');
    expect(auditTime('2026-11-22T23:59:59+07:00')).toBe('23:59:59 22/11/2026');
  });

  it('writes its day so that the day filter reads it back as the same Hà Nội day', () => {
    const dayOf = (instant: string) => {
      const parsed = parseDayText(auditTime(instant).split(' ')[1] ?? '');
      return parsed.ok ? parsed.day : null;
    };
    expect(dayOf('2026-11-22T16:59:59Z')).toBe('2026-11-22');
    expect(dayOf('2026-11-22T17:00:00Z')).toBe('2026-11-23');
    expect(dayOf('2024-02-28T17:00:00Z')).toBe('2024-02-29');
  });
});

describe('an audit entry’s names and detail', () => {
  const entry = (outcome: AuditEntry['outcome'], detail: string | null): AuditEntry => ({
    id: 1,
    at: '2026-11-23T07:05:09.000Z',
    clerkId: null,
    clerkName: null,
    clerkUsername: null,
    deviceId: null,
    deviceName: 'Máy chủ',
    method: 'signIn',
    entity: null,
    entityId: null,
    outcome,
    detail,
  });

  it('names a method in Vietnamese, or shows its code when it has no name', () => {
    expect(methodName('signIn')).toBe('Đăng nhập');
    expect(methodName('listCitizenAccess')).toBe('Tra cứu ai đã xem dữ liệu công dân');
    expect(methodName('someFutureMethod')).toBe('someFutureMethod');
    expect(methodName('')).toBe('');
  });

  it('names the operations the service records on its own, whatever their version, and shows an unknown one as its code', () => {
    expect(methodName('procedure.save@1')).toBe('Lưu thủ tục');
    expect(methodName('calendar_year.save@2')).toBe('Lưu lịch làm việc');
    expect(methodName('spaceship.launch@1')).toBe('spaceship.launch@1');
  });

  it('names every entry of a new ward’s audit log, and every operation the service can record', () => {
    // A new ward's log holds the sample catalogue, calendar, services and counters its first start wrote.
    const fx = wardFixture();
    const logged = (fx.ward.db.prepare('SELECT DISTINCT method FROM audit_log').all() as { method: string }[]).map((r) => r.method);
    expect(logged).toContain('procedure.save@1');
    const recordable = sourceFiles(path.resolve(__dirname, '../../src/main')).flatMap((file) =>
      Array.from(fs.readFileSync(file, 'utf8').matchAll(/op: '([a-z_.]+@\d+)'/g), (m) => m[1]!),
    );
    expect(recordable.length).toBeGreaterThan(10);
    for (const method of [...logged, ...recordable]) expect(methodName(method), method).not.toBe(method);
  });

  it('names a sync entity and the citizen, shows an unknown entity as it is, and nothing for none', () => {
    expect(entityName('ticket')).toBe('Số thứ tự');
    expect(entityName('clerk')).toBe('Tài khoản cán bộ');
    expect(entityName('citizen')).toBe('Dữ liệu công dân');
    expect(entityName('spaceship')).toBe('spaceship');
    expect(entityName(null)).toBe('');
  });

  it('names each outcome', () => {
    expect(outcomeName('ok')).toBe('Thành công');
    expect(outcomeName('refused')).toBe('Bị từ chối');
    expect(outcomeName('read')).toBe('Xem dữ liệu cá nhân');
  });

  it("writes a refusal's error code as its message, an unknown code as it is", () => {
    expect(detailText(entry('refused', 'forbidden_role'))).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này.');
    expect(detailText(entry('refused', 'sign_in_failed'))).toBe('Tên đăng nhập hoặc mã PIN không đúng.');
    expect(detailText(entry('refused', 'not_a_code'))).toBe('not_a_code');
  });

  it('keeps what was read as the service wrote it, even when it looks like an error code', () => {
    expect(detailText(entry('read', 'forbidden_role'))).toBe('forbidden_role');
    expect(detailText(entry('ok', 'sign_in_failed'))).toBe('sign_in_failed');
  });

  it('has no detail when the entry has none', () => {
    expect(detailText(entry('refused', null))).toBe('');
    expect(detailText(entry('read', null))).toBe('');
  });
});

describe('which clerk pages a device and a clerk may open', () => {
  type Row = [noClerk: string, clerk: string, head: string, admin: string];
  const A = 'allowed';
  const F = 'forbidden';
  const R = 'forbidden_role';

  // Before anyone signs in, a page counts as allowed wherever the device may use it: the sign-in comes first.
  const expected: Record<ClerkPage, Record<Role, Row>> = {
    '/': { local: [A, A, A, A], counter: [A, A, A, A], kiosk: [F, F, F, F], display: [F, F, F, F] },
    '/sync': { local: [A, A, A, A], counter: [F, F, F, F], kiosk: [F, F, F, F], display: [F, F, F, F] },
    '/close-day': { local: [A, R, A, A], counter: [F, F, F, F], kiosk: [F, F, F, F], display: [F, F, F, F] },
    '/audit': { local: [A, R, A, A], counter: [A, R, A, A], kiosk: [F, F, F, F], display: [F, F, F, F] },
    '/settings': { local: [A, R, R, A], counter: [F, F, F, F], kiosk: [F, F, F, F], display: [F, F, F, F] },
  };
  const clerkRoles: (ClerkRole | null)[] = [null, 'clerk', 'head', 'admin'];

  for (const [page, byDevice] of Object.entries(expected) as [ClerkPage, Record<Role, Row>][]) {
    it(`${page}: by device role and clerk role`, () => {
      for (const [device, row] of Object.entries(byDevice) as [Role, Row][]) {
        const actual = clerkRoles.map((role) => pageAccess(page, device, role));
        expect({ device, decisions: actual }).toEqual({ device, decisions: row });
      }
    });
  }

  const session = (role: ClerkRole, state: Partial<Pick<SessionState, 'locked' | 'mustChangeSecret'>> = {}): SessionState => ({
    clerk: { id: '00000000-0000-4000-8000-000000000001', username: 'nguyenvana', fullName: 'Nguyễn Văn A', role },
    locked: state.locked ?? false,
    mustChangeSecret: state.mustChangeSecret ?? false,
    idleLockMinutes: 10,
  });

  it("opens a page by the signed-in clerk's role", () => {
    expect(mayOpen('/settings', 'local', session('admin'))).toBe(true);
    expect(mayOpen('/settings', 'local', session('head'))).toBe(false);
    expect(mayOpen('/close-day', 'local', session('head'))).toBe(true);
    expect(mayOpen('/close-day', 'local', session('clerk'))).toBe(false);
    expect(mayOpen('/audit', 'counter', session('head'))).toBe(true);
    expect(mayOpen('/', 'counter', session('clerk'))).toBe(true);
  });

  it('never opens a page the device may not use, whoever is signed in', () => {
    expect(mayOpen('/settings', 'counter', session('admin'))).toBe(false);
    expect(mayOpen('/sync', 'counter', session('admin'))).toBe(false);
    expect(mayOpen('/', 'kiosk', session('admin'))).toBe(false);
    expect(mayOpen('/audit', 'display', null)).toBe(false);
  });

  it('leaves a page to the sign-in when no clerk is signed in', () => {
    expect(mayOpen('/settings', 'local', null)).toBe(true);
    expect(mayOpen('/audit', 'counter', null)).toBe(true);
  });

  it("goes by the clerk's role alone: a locked session or a PIN to change is the gate's business, not the page's", () => {
    expect(mayOpen('/settings', 'local', session('admin', { locked: true }))).toBe(true);
    expect(mayOpen('/settings', 'local', session('admin', { mustChangeSecret: true }))).toBe(true);
    expect(mayOpen('/settings', 'local', session('clerk', { locked: true }))).toBe(false);
  });
});

describe('what the account forms check before sending', () => {
  const usernameInvalid = 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, dài 3–32 ký tự.';
  const secretTooShort = 'Mã PIN phải có ít nhất 6 ký tự.';
  const secretMismatch = 'Hai lần nhập mã PIN mới không giống nhau.';

  it('writes a username in lower case without the spaces around it', () => {
    expect(normaliseUsername('  NguyenVanA ')).toBe('nguyenvana');
    expect(normaliseUsername('TRAN.B')).toBe('tran.b');
    expect(normaliseUsername('')).toBe('');
    expect(normaliseUsername('   ')).toBe('');
  });

  it('takes 3 to 32 lower-case Latin letters, digits, dots, dashes and underscores, however it was typed', () => {
    expect(usernameProblem('abc')).toBeNull();
    expect(usernameProblem('a.b_c-1')).toBeNull();
    expect(usernameProblem(' NguyenVanA ')).toBeNull();
    expect(usernameProblem('a'.repeat(32))).toBeNull();
  });

  it('refuses a username too short, too long, blank, with inner spaces or Vietnamese letters', () => {
    expect(usernameProblem('ab')).toBe(usernameInvalid);
    expect(usernameProblem(' ab ')).toBe(usernameInvalid);
    expect(usernameProblem('a'.repeat(33))).toBe(usernameInvalid);
    expect(usernameProblem('')).toBe(usernameInvalid);
    expect(usernameProblem('   ')).toBe(usernameInvalid);
    expect(usernameProblem('nguyen van a')).toBe(usernameInvalid);
    expect(usernameProblem('nguyễn')).toBe(usernameInvalid);
    expect(usernameProblem('đinh')).toBe(usernameInvalid);
    expect(usernameProblem('a@b.c')).toBe(usernameInvalid);
  });

  it('takes a new PIN of 6 characters or more', () => {
    expect(newSecretProblem('123456', null)).toBeNull();
    expect(newSecretProblem('12345', null)).toBe(secretTooShort);
    expect(newSecretProblem('', null)).toBe(secretTooShort);
    expect(newSecretProblem('a'.repeat(128), null)).toBeNull();
  });

  it('wants the repeat typed exactly the same, where there is one', () => {
    expect(newSecretProblem('123456', '123456')).toBeNull();
    expect(newSecretProblem('123456', '123457')).toBe(secretMismatch);
    expect(newSecretProblem('123456', '')).toBe(secretMismatch);
    expect(newSecretProblem('123456', '123456 ')).toBe(secretMismatch);
  });

  it('says a short PIN is short before it says the repeat differs', () => {
    expect(newSecretProblem('12345', '54321')).toBe(secretTooShort);
    expect(newSecretProblem('12345', '12345')).toBe(secretTooShort);
  });
});
