// The city server's HTTP transport: routing, authentication, input parsing and the wire's error
// bodies. Business lives in ../sync and ../auth; every answer carries serverTime.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { syncErrorMessages } from '../../shared/i18n/vi/city';
import {
  APP_VERSION_HEADER,
  AppVersion,
  ChallengeRequest,
  EnrolRequest,
  ProcessingStatusRequest,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PullQuery,
  PushRequest,
  SnapshotQuery,
  TokenRequest,
  type ErrorBody,
  type StatusResponse,
  unstorable,
} from '../../shared/sync/wire';
import { AccessTokens } from '../auth/access-tokens';
import { challenge, enrol, issueToken } from '../auth/enrolment';
import { DbBusyError, sqlState, SQLSTATE, type CityDb } from '../db/adapter';
import { dashboardRoutes } from '../dashboard/routes';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from '../dashboard/sign-in-limits';
import { SyncError } from '../sync-error';
import { postProcessingStatus, wardOfProcessingToken } from '../sync/processing';
import { pull, snapshot } from '../sync/pull';
import { push } from '../sync/push';

export interface CityServerOptions {
  db: CityDb;
  now?: () => Date;
  /** Requests per device per minute, counted in the database so every server copy shares the budget. */
  requestsPerMinute?: number;
  logger?: boolean | { level: string };
  /** The dashboard highlights active devices not heard from for longer than this. */
  silentAfterMinutes?: number;
  /** Failed dashboard sign-ins allowed per sender and for the account before sign-in locks. */
  dashboardSignInLimits?: SignInLimits;
  /**
   * The folder IT publishes desktop app updates to (latest.yml, latest-linux.yml and the installers),
   * served read-only at UPDATES_PATH as the wards' update feed; none without it.
   */
  updatesDir?: string;
}

/** Where the wards' desktop app looks for updates, below the city server's address. */
export const UPDATES_PATH = '/updates/';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const BUSY_RETRY_SECONDS = 2;
// In a body decoded from UTF-8, NUL and half surrogate pairs can only arrive as `\u` escapes (raw ones
// are invalid JSON or were replaced while decoding). A body without such an escape skips the check of
// every parsed value, which costs three times the parse itself on a 500-mutation push.
const RISKY_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;
const PUSH_PATH = '/v1/sync/push';

function refuseUnstorable(key: string, value: unknown): unknown {
  if (unstorable(key) || (typeof value === 'string' && unstorable(value)))
    throw new SyncError('bad_request', 'unstorable character in request body', { issues: ['body: NUL or lone surrogate'] });
  return value;
}

interface AuthedDevice {
  deviceId: string;
  wardCode: string;
  slot: number;
}

export async function buildCityServer(options: CityServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const perMinute = options.requestsPerMinute ?? 300;
  const tokens = new AccessTokens(db);
  await tokens.init();

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, return503OnClosing: true });

  // JSON only, and no string PostgreSQL cannot store: NUL, or half of a UTF-16 surrogate pair. A push
  // is checked mutation by mutation instead (the wire's Mutation schema), so that one such mutation is
  // rejected alone and the rest of its batch applies.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    try {
      const text = body as string;
      const checkWhole = RISKY_ESCAPE.test(text) && request.url !== PUSH_PATH;
      done(null, checkWhole ? JSON.parse(text, refuseUnstorable) : JSON.parse(text));
    } catch (error) {
      done(error instanceof SyncError ? error : new SyncError('bad_request', 'request body is not JSON', { issues: ['body: not JSON'] }));
    }
  });
  app.addContentTypeParser('*', (_request, _payload, done) =>
    done(new SyncError('bad_request', 'request body must be application/json', { issues: ['content-type: not application/json'] })),
  );

  function sendError(reply: FastifyReply, error: SyncError): FastifyReply {
    const body: ErrorBody = {
      error: { code: error.code, message: syncErrorMessages[error.code], ...error.detail },
      serverTime: now().toISOString(),
    };
    if (error.detail.retryAfterSeconds) void reply.header('retry-after', String(error.detail.retryAfterSeconds));
    return reply.code(error.status).send(body);
  }

  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof SyncError) {
      if (error.status >= 500) request.log.warn({ code: error.code }, error.message);
      return sendError(reply, error);
    }
    const state = sqlState(error);
    if (error instanceof DbBusyError || state === SQLSTATE.deadlock || state === SQLSTATE.serializationFailure) {
      request.log.warn({ state }, error instanceof Error ? error.message : 'transient database failure');
      return sendError(reply, new SyncError('unavailable', 'transient', { retryAfterSeconds: BUSY_RETRY_SECONDS }));
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    if (status === 413) return sendError(reply, new SyncError('payload_too_large', 'body over the limit'));
    // Fastify's own 503 while the server is closing: the client retries another copy or later.
    if (status === 503) return sendError(reply, new SyncError('unavailable', 'closing', { retryAfterSeconds: BUSY_RETRY_SECONDS }));
    if (typeof status === 'number' && status >= 400 && status < 500)
      return sendError(reply, new SyncError('bad_request', 'malformed request', { issues: [(error as Error).message] }));
    request.log.error(error);
    return sendError(reply, new SyncError('internal', 'unexpected'));
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, new SyncError('not_found', 'no such route')));

  function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
    const result = schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const issues = result.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
    throw new SyncError('bad_request', `invalid input: ${issues.join('; ')}`, { issues });
  }

  function requireProtocol(request: FastifyRequest): void {
    const given = Number(request.headers[PROTOCOL_HEADER]);
    if (given !== PROTOCOL_VERSION)
      throw new SyncError('upgrade_required', `protocol ${String(request.headers[PROTOCOL_HEADER])} not spoken`, {
        supportedProtocols: [PROTOCOL_VERSION],
      });
  }

  function bearer(request: FastifyRequest): string {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([!-~]{1,600})$/.exec(header) : null;
    if (!match) throw new SyncError('unauthorized', 'no bearer token');
    return match[1]!;
  }

  /** Token signature and expiry, then the device's current status and its request budget, in one round trip. */
  async function authDevice(request: FastifyRequest): Promise<AuthedDevice> {
    requireProtocol(request);
    const at = now();
    const verified = await tokens.verify(bearer(request), at.getTime());
    if (!verified.ok)
      throw new SyncError(verified.reason === 'expired' ? 'token_expired' : 'unauthorized', `access token ${verified.reason}`);
    const { device, ward, slot } = verified.claims;
    const [row] = await db.query<{ status: string; ward_code: string; count: number; window_start: Date }>(
      `WITH d AS (SELECT id, status, ward_code FROM devices WHERE id = $1),
       r AS (
         INSERT INTO device_rate (device_id, window_start, count) SELECT id, $2, 1 FROM d
         ON CONFLICT (device_id) DO UPDATE SET
           count = CASE WHEN device_rate.window_start <= $2::timestamptz - interval '1 minute' THEN 1 ELSE device_rate.count + 1 END,
           window_start = CASE WHEN device_rate.window_start <= $2::timestamptz - interval '1 minute' THEN $2 ELSE device_rate.window_start END
         RETURNING count, window_start
       )
       SELECT d.status, d.ward_code, r.count, r.window_start FROM d CROSS JOIN r`,
      [device, at],
    );
    if (!row || row.ward_code !== ward) throw new SyncError('unauthorized', 'token for an unknown device');
    if (row.status !== 'active') throw new SyncError('device_revoked', `device ${device} is revoked`);
    if (row.count > perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((row.window_start.getTime() + 60_000 - at.getTime()) / 1000));
      throw new SyncError('rate_limited', `device ${device} over ${perMinute} requests/min`, { retryAfterSeconds });
    }
    return { deviceId: device, wardCode: ward, slot };
  }

  /** The header's version, or null (the stored one kept) when it is absent or not shaped like one. */
  const appVersionOf = (request: FastifyRequest): string | null => {
    const given = request.headers[APP_VERSION_HEADER];
    if (given === undefined) return null;
    const parsed = AppVersion.safeParse(given);
    if (parsed.success) return parsed.data;
    request.log.warn({ header: APP_VERSION_HEADER }, 'app version header dropped: not shaped like a version');
    return null;
  };

  app.get('/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { ok: true, serverTime: now().toISOString() };
    } catch {
      return reply.code(503).header('retry-after', String(BUSY_RETRY_SECONDS)).send({ ok: false, serverTime: now().toISOString() });
    }
  });

  app.post('/v1/enrol', async (request) => {
    requireProtocol(request);
    return enrol(db, parse(EnrolRequest, request.body), now());
  });

  app.post('/v1/auth/challenge', async (request) => {
    requireProtocol(request);
    return challenge(db, parse(ChallengeRequest, request.body).deviceId, now());
  });

  app.post('/v1/auth/token', async (request) => {
    requireProtocol(request);
    return issueToken(db, tokens, parse(TokenRequest, request.body), now());
  });

  app.post(PUSH_PATH, async (request) => {
    const device = await authDevice(request);
    return push(db, device, parse(PushRequest, request.body), appVersionOf(request), now);
  });

  app.get('/v1/sync/pull', async (request) => {
    const device = await authDevice(request);
    const result = await pull(db, device, parse(PullQuery, request.query), now);
    // Bookkeeping only: skipped rather than waiting behind this device's push, which holds the row.
    await db.query('UPDATE devices SET last_pull_at = $2 WHERE id = (SELECT id FROM devices WHERE id = $1 FOR NO KEY UPDATE SKIP LOCKED)', [
      device.deviceId,
      now(),
    ]);
    return result;
  });

  app.get('/v1/sync/snapshot', async (request) => {
    const device = await authDevice(request);
    return snapshot(db, device, parse(SnapshotQuery, request.query), now);
  });

  app.get('/v1/status', async (request): Promise<StatusResponse> => {
    const device = await authDevice(request);
    const [row] = await db.query<{ last_seq: number; name: string }>(
      'SELECT d.last_seq, w.name FROM devices d JOIN wards w ON w.code = d.ward_code WHERE d.id = $1',
      [device.deviceId],
    );
    return {
      deviceId: device.deviceId,
      ward: { code: device.wardCode, name: row!.name },
      slot: device.slot,
      lastSeq: row!.last_seq,
      serverTime: now().toISOString(),
    };
  });

  app.post('/v1/processing/status', async (request) => {
    const ward = await wardOfProcessingToken(db, bearer(request));
    const result = await postProcessingStatus(db, ward, parse(ProcessingStatusRequest, request.body));
    return { accepted: true, replayed: result.replayed, serverTime: now().toISOString() };
  });

  if (options.updatesDir) {
    // Files only, no listing, no dot files; a path that climbs out of the folder is refused by the
    // plugin before the disk is read, and a missing file gets this server's own 404.
    await app.register(fastifyStatic, {
      root: options.updatesDir,
      prefix: UPDATES_PATH,
      index: false,
      list: false,
      dotfiles: 'deny',
      decorateReply: false,
      // latest.yml names the newest version: a ward must not keep an old copy of it.
      cacheControl: false,
    });
  }

  await app.register(
    dashboardRoutes(db, now, {
      silentAfterMinutes: options.silentAfterMinutes ?? 60,
      signInLimits: options.dashboardSignInLimits ?? DEFAULT_SIGN_IN_LIMITS,
    }),
  );

  return app;
}
