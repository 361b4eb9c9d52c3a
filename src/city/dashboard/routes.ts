// The city dashboard: sign-in (limited), the wards and devices page, the CSV exports (every cell kept as text). Registered in its own
// Fastify scope so that only its sign-in form accepts a form-encoded body.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Papa from 'papaparse';
import { neutraliseSpreadsheetCell } from '../../shared/text/spreadsheet-cell';
import { dashboardText } from '../../shared/i18n/vi/city';
import type { CityDb } from '../db/adapter';
import { isSignedIn, SESSION_TTL_MS, signIn, signOut } from './dashboard-auth';
import { clerkServedRows, deviceRows, misdatedRows, wardRows } from './dashboard-data';
import { dashboardPage, DEVICE_COLUMNS, deviceCells, signInPage, WARD_COLUMNS, wardCells } from './pages';
import { beginSignIn, signInSucceeded, type SignInLimits } from './sign-in-limits';

const COOKIE = 'motcua_city_session';
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sessionToken(request: FastifyRequest): string | undefined {
  const cookies = request.headers.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

export interface DashboardOptions {
  silentAfterMinutes: number;
  signInLimits: SignInLimits;
}

export function dashboardRoutes(db: CityDb, now: () => Date, options: DashboardOptions) {
  const { silentAfterMinutes, signInLimits } = options;
  return async (scope: FastifyInstance): Promise<void> => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.addHook('onSend', async (_request, reply) => {
      void reply.headers(SECURITY_HEADERS);
    });

    const html = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);
    const guard = async (request: FastifyRequest, reply: FastifyReply): Promise<boolean> => {
      if (await isSignedIn(db, sessionToken(request), now())) return true;
      void reply.redirect('/dashboard/login', 303);
      return false;
    };

    scope.get('/dashboard/login', async (_request, reply) => html(reply, 200, signInPage(null)));

    scope.post('/dashboard/login', async (request, reply) => {
      const password = (request.body as Record<string, unknown> | undefined)?.password;
      const [configured] = await db.query('SELECT 1 FROM dashboard_password WHERE id = 1');
      if (!configured) return html(reply, 503, signInPage(dashboardText.noPassword));
      const attempt = await beginSignIn(db, request.ip, signInLimits, now());
      if (!attempt.allowed) {
        request.log.warn({ sender: request.ip }, 'dashboard sign-in refused: too many failed attempts');
        const seconds = Math.ceil(attempt.retryAfterMs / 1000);
        void reply.header('retry-after', String(seconds));
        return html(reply, 429, signInPage(dashboardText.signInLocked(Math.ceil(seconds / 60))));
      }
      const token = typeof password === 'string' && password.length <= 200 ? await signIn(db, password, now()) : null;
      if (!token) return html(reply, 401, signInPage(dashboardText.wrongPassword));
      await signInSucceeded(db, request.ip, signInLimits, now());
      void reply.header('set-cookie', `${COOKIE}=${token}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}`);
      return reply.redirect('/dashboard', 303);
    });

    scope.post('/dashboard/logout', async (request, reply) => {
      await signOut(db, sessionToken(request));
      void reply.header('set-cookie', `${COOKIE}=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0`);
      return reply.redirect('/dashboard/login', 303);
    });

    scope.get('/dashboard', async (request, reply) => {
      if (!(await guard(request, reply))) return reply;
      const at = now();
      const [wards, devices, clerks, misdated] = [
        await wardRows(db, at),
        await deviceRows(db, at, silentAfterMinutes * 60_000),
        await clerkServedRows(db, at),
        await misdatedRows(db),
      ];
      return html(reply, 200, dashboardPage(wards, devices, clerks, misdated, at, silentAfterMinutes));
    });

    const csv = (reply: FastifyReply, file: string, fields: string[], rows: string[][]) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}"`)
        // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
        .send(`\uFEFF${Papa.unparse({ fields, data: rows.map((cells) => cells.map(neutraliseSpreadsheetCell)) })}`);

    scope.get('/dashboard/devices.csv', async (request, reply) => {
      if (!(await guard(request, reply))) return reply;
      const devices = await deviceRows(db, now(), silentAfterMinutes * 60_000);
      return csv(reply, 'may-tram.csv', DEVICE_COLUMNS, devices.map(deviceCells));
    });

    scope.get('/dashboard/wards.csv', async (request, reply) => {
      if (!(await guard(request, reply))) return reply;
      return csv(reply, 'phuong.csv', WARD_COLUMNS, (await wardRows(db, now())).map(wardCells));
    });
  };
}
