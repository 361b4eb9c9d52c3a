// Dashboard sign-in limits on a real PostgreSQL shared by two city copies: a guesser is locked out on
// both, whichever copy it reached, and the administrator gets in again once the lock ends.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setDashboardPassword } from '../../src/city/dashboard/dashboard-auth';
import { DEFAULT_SIGN_IN_LIMITS } from '../../src/city/dashboard/sign-in-limits';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import { buildCityServer } from '../../src/city/http/server';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';

const PASSWORD = 'mật khẩu đủ dài 2026';
let postgres: TestPostgres;
const dbs: CityDb[] = [];
const copies: FastifyInstance[] = [];
let at = new Date('2026-12-07T02:00:00Z');
const later = (ms: number) => (at = new Date(at.getTime() + ms));

beforeAll(async () => {
  postgres = sharedPostgres();
  const url = await postgres.createDatabase('dashboard_sign_in');
  for (let i = 0; i < 2; i++) {
    const db = openPg({ connectionString: url });
    await migrate(db);
    dbs.push(db);
    copies.push(await buildCityServer({ db, now: () => at }));
  }
  await setDashboardPassword(dbs[0]!, PASSWORD);
}, 120_000);

afterAll(async () => {
  for (const app of copies) await app.close();
  for (const db of dbs) await db.close();
  postgres?.stop();
});

function signIn(copy: number, password: string, sender = '127.0.0.1') {
  return copies[copy]!.inject({
    method: 'POST',
    url: '/dashboard/login',
    remoteAddress: sender,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ password }).toString(),
  });
}

it('30 wrong dashboard passwords: locked out after the limit, across two city processes', { timeout: 60_000 }, async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await signIn(i % 2, `sai ${i}`)).statusCode);
  const { perSender, lockMs } = DEFAULT_SIGN_IN_LIMITS;
  expect(statuses).toEqual([...Array<number>(perSender).fill(401), ...Array<number>(30 - perSender).fill(429)]);

  for (const copy of [0, 1]) {
    const locked = await signIn(copy, PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Đăng nhập sai quá nhiều lần. Hãy thử lại sau 15 phút.');
    expect(locked.headers['retry-after']).toBe(String(lockMs / 1000));
    expect(locked.headers['set-cookie']).toBeUndefined();
  }

  later(lockMs - 60_000);
  expect((await signIn(1, PASSWORD)).statusCode).toBe(429);
  later(60_000);
  const open = await signIn(1, PASSWORD);
  expect(open.statusCode).toBe(303);
  expect(String(open.headers['set-cookie'])).toContain('motcua_city_session=');
});

it('locks the account for every sender when guesses come from many senders', { timeout: 60_000 }, async () => {
  const { perAccount, lockMs } = DEFAULT_SIGN_IN_LIMITS;
  for (let i = 0; i < perAccount; i++) expect((await signIn(i % 2, `sai ${i}`, `10.0.0.${i + 1}`)).statusCode).toBe(401);
  // A sender never seen before, with the right password, on either copy.
  expect((await signIn(0, PASSWORD, '10.0.1.1')).statusCode).toBe(429);
  expect((await signIn(1, PASSWORD, '10.0.1.2')).statusCode).toBe(429);
  later(lockMs);
  expect((await signIn(0, PASSWORD, '10.0.1.3')).statusCode).toBe(303);
  // The administrator's sign-in forgot the guessing addresses whose window and lock are over.
  expect(await dbs[0]!.query('SELECT key FROM dashboard_sign_in_limits')).toEqual([]);
});
