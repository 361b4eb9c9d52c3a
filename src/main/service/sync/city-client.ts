import http from 'node:http';
import https from 'node:https';
import type { z } from 'zod';
import {
  APP_VERSION_HEADER,
  ChallengeResponse,
  EnrolResponse,
  ErrorBody,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PullResponse,
  PushResponse,
  SnapshotResponse,
  TokenResponse,
  type EnrolRequest,
  type PushRequest,
  type SyncErrorCode,
  type TokenRequest,
} from '../../../shared/sync/wire';

// The ward's HTTP client for the city wire (docs/sync-protocol.md). Every answer is parsed with the
// wire's schemas; every answer's serverTime is reported, errors included, so the clock offset is known
// whatever happens. A connection per request: a half-dead kept-alive socket to the city cannot stall
// a run, and each retry starts clean.

export type FailureKind = SyncErrorCode | 'network' | 'timeout' | 'bad_response';

export class CityCallError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number | null,
    /** The city's Vietnamese message, when it sent one. */
    readonly serverMessage: string | null,
    readonly detail: { expectedSeq?: number; retryAfterSeconds?: number; issues?: string[] } = {},
  ) {
    super(`city call failed: ${kind}${status ? ` (HTTP ${status})` : ''}`);
  }

  /** The request may or may not have taken effect at the city: resend the same rows. */
  get outcomeUnknown(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'bad_response' || this.kind === 'internal';
  }
}

export interface CityClientOptions {
  baseUrl: string;
  appVersion: string;
  timeoutMs: number;
  /** Called with the city's clock and this PC's clock when the answer arrived. */
  onServerTime(serverTimeMs: number): void;
}

interface RawResponse {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

function request(
  url: URL,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body: string | null,
  timeoutMs: number,
): Promise<RawResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method,
        agent: false,
        headers: {
          ...headers,
          ...(body !== null ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const header = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Array.isArray(header) ? header[0] : header,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        // A reply cut mid-body ends in 'error' (ECONNRESET), never in 'end'.
        res.on('error', () => reject(new CityCallError('network', null, null)));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      reject(new CityCallError('timeout', null, null));
    });
    req.on('error', () => reject(new CityCallError('network', null, null)));
    if (body !== null) req.write(body);
    req.end();
  });
}

export class CityClient {
  private readonly base: URL;

  constructor(private readonly options: CityClientOptions) {
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  }

  enrol(body: EnrolRequest): Promise<z.infer<typeof EnrolResponse>> {
    return this.call('POST', 'v1/enrol', EnrolResponse, body);
  }

  challenge(deviceId: string): Promise<z.infer<typeof ChallengeResponse>> {
    return this.call('POST', 'v1/auth/challenge', ChallengeResponse, { deviceId });
  }

  token(body: TokenRequest): Promise<z.infer<typeof TokenResponse>> {
    return this.call('POST', 'v1/auth/token', TokenResponse, body);
  }

  push(token: string, body: PushRequest): Promise<z.infer<typeof PushResponse>> {
    return this.call('POST', 'v1/sync/push', PushResponse, body, token);
  }

  pull(token: string, cursor: number, limit: number): Promise<z.infer<typeof PullResponse>> {
    return this.call('GET', `v1/sync/pull?cursor=${cursor}&limit=${limit}`, PullResponse, null, token);
  }

  snapshot(token: string, page: string | null, limit: number): Promise<z.infer<typeof SnapshotResponse>> {
    const query = new URLSearchParams({ limit: String(limit), ...(page ? { page } : {}) });
    return this.call('GET', `v1/sync/snapshot?${query.toString()}`, SnapshotResponse, null, token);
  }

  /** Cheap reachability check while waiting to retry: no token, no rate budget spent. */
  async reachable(): Promise<boolean> {
    try {
      const res = await request(new URL('health', this.base), 'GET', {}, null, this.options.timeoutMs);
      return res.status === 200;
    } catch {
      return false;
    }
  }

  private async call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    body: unknown,
    token?: string,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), [APP_VERSION_HEADER]: this.options.appVersion };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await request(
      new URL(path, this.base),
      method,
      headers,
      body === null ? null : JSON.stringify(body),
      this.options.timeoutMs,
    );
    let json: unknown;
    try {
      json = JSON.parse(res.body);
    } catch {
      // A reply cut short: whatever the status line said, what the city did is unknown.
      throw new CityCallError('bad_response', res.status, null);
    }
    const serverTime = (json as { serverTime?: unknown } | null)?.serverTime;
    if (typeof serverTime === 'string' && Number.isFinite(Date.parse(serverTime))) this.options.onServerTime(Date.parse(serverTime));
    if (res.status === 200) {
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new CityCallError('bad_response', res.status, null);
      return parsed.data;
    }
    const error = ErrorBody.safeParse(json);
    const retryAfterHeader = res.retryAfter !== undefined ? Number(res.retryAfter) : NaN;
    if (!error.success) {
      const kind: FailureKind = res.status === 503 ? 'unavailable' : res.status >= 500 ? 'internal' : 'bad_response';
      throw new CityCallError(kind, res.status, null, Number.isFinite(retryAfterHeader) ? { retryAfterSeconds: retryAfterHeader } : {});
    }
    const e = error.data.error;
    const retryAfterSeconds = e.retryAfterSeconds ?? (Number.isFinite(retryAfterHeader) ? retryAfterHeader : undefined);
    throw new CityCallError(e.code, res.status, e.message, {
      ...(e.expectedSeq !== undefined ? { expectedSeq: e.expectedSeq } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      ...(e.issues ? { issues: e.issues } : {}),
    });
  }
}
