// A scriptable stand-in for the city server, for the protocol branches a real server reaches only
// after rare events (a restored database, an old app, a cursor it cannot continue): it speaks the wire (every answer
// is checked by the wire's own schemas on the ward side) and keeps the exactly-once rules of the
// protocol doc, with knobs to misbehave.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { v4 as uuidv4 } from 'uuid';
import type { Change, Mutation, SnapshotItem, SyncErrorCode } from '../../src/shared/sync/wire';

export interface FakeCity {
  url: string;
  /** seq → mutation id the city holds. */
  held: Map<number, string>;
  lastSeq: number;
  /** Push bodies with more rows than this get 413. */
  maxRows: number;
  /** Answers for the next requests to a path, used once each, before normal handling. */
  script: {
    path: string;
    status: number;
    code: SyncErrorCode;
    retryAfterSeconds?: number;
    page?: string;
    expectedSeq?: number;
    issues?: string[];
  }[];
  changes: Change[];
  /** When set, pulls from a cursor below it get 410 and must re-snapshot. */
  refusesCursorsBelow: number;
  snapshotPages: SnapshotItem[][];
  requests: {
    path: string;
    at: number;
    rows?: number;
    page?: string | null;
    cursor?: number;
    report?: unknown;
    body?: Record<string, unknown>;
  }[];
  logins: number;
  /** The next push is applied, but its reply is cut in the middle of the JSON. */
  truncateNextPushReply: boolean;
  /** The city's clock for each answer's serverTime (and token lifetimes); the wall clock unless a test sets it. */
  serverNow: (path: string) => number;
  /** False: /health answers 503, as a city still down would. */
  healthy: boolean;
  /** When set, every push is acknowledged only through this seq, whatever it held. */
  ackOverride: number | null;
  /**
   * The next request to `path` waits until `release()`; `arrived` resolves once it has come in. Lets a
   * test act while a run is in the middle of a call.
   */
  hold(path: string): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

export async function startFakeCity(): Promise<FakeCity> {
  const fake: FakeCity = {
    url: '',
    held: new Map(),
    lastSeq: 0,
    maxRows: 500,
    script: [],
    changes: [],
    refusesCursorsBelow: 0,
    snapshotPages: [],
    requests: [],
    logins: 0,
    truncateNextPushReply: false,
    serverNow: () => Date.now(),
    healthy: true,
    ackOverride: null,
    hold: (path) => {
      let release = () => undefined as void;
      let arrived = () => undefined as void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const came = new Promise<void>((resolve) => (arrived = resolve));
      holds.push({ path, gate, arrived });
      return { arrived: came, release };
    },
    close: async () => undefined,
  };
  const holds: { path: string; gate: Promise<void>; arrived: () => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const entry: FakeCity['requests'][number] = { path: url.pathname, at: Date.now() };
      fake.requests.push(entry);
      const held = holds.findIndex((h) => h.path === url.pathname);
      if (held < 0) return handle(res, url, chunks, entry);
      const h = holds.splice(held, 1)[0]!;
      h.arrived();
      void h.gate.then(() => handle(res, url, chunks, entry));
    });
  });
  function handle(res: http.ServerResponse, url: URL, chunks: Buffer[], entry: FakeCity['requests'][number]): unknown {
    const cityNow = fake.serverNow(url.pathname);
    const now = () => new Date(cityNow).toISOString();
    const send = (status: number, body: object) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...body, serverTime: now() }));
    };
    const fail = (status: number, code: SyncErrorCode, extra: object = {}) =>
      send(status, { error: { code, message: `Lỗi thử: ${code}`, ...extra } });
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    if (chunks.length) entry.body = body;
    const scripted = fake.script.findIndex(
      (s) => s.path === url.pathname && (s.page === undefined || s.page === url.searchParams.get('page')),
    );
    if (scripted >= 0) {
      const s = fake.script.splice(scripted, 1)[0]!;
      if (s.retryAfterSeconds) res.setHeader('retry-after', String(s.retryAfterSeconds));
      return fail(s.status, s.code, {
        ...(s.retryAfterSeconds ? { retryAfterSeconds: s.retryAfterSeconds } : {}),
        ...(s.expectedSeq !== undefined ? { expectedSeq: s.expectedSeq } : {}),
        ...(s.issues ? { issues: s.issues } : {}),
      });
    }
    switch (url.pathname) {
      case '/health':
        return fake.healthy ? send(200, { ok: true }) : fail(503, 'unavailable');
      case '/v1/enrol':
        return send(200, { deviceId: uuidv4(), ward: { code: '00001', name: 'Phường thử' }, slot: 2 });
      case '/v1/auth/challenge':
        return send(200, { nonce: Buffer.alloc(32, 7).toString('base64url'), expiresAt: new Date(cityNow + 120_000).toISOString() });
      case '/v1/auth/token':
        fake.logins++;
        return send(200, { accessToken: `t${fake.logins}`, expiresAt: new Date(cityNow + 900_000).toISOString() });
      case '/v1/sync/push': {
        const rows = body.mutations as Mutation[];
        entry.rows = rows.length;
        entry.report = body.report;
        if (rows.length > fake.maxRows) return fail(413, 'payload_too_large');
        for (const m of rows)
          if (m.seq <= fake.lastSeq && fake.held.get(m.seq) !== m.mutationId)
            return fail(409, 'seq_regression', { expectedSeq: fake.lastSeq + 1 });
        const firstNew = rows.find((m) => m.seq > fake.lastSeq);
        if (firstNew && firstNew.seq !== fake.lastSeq + 1) return fail(409, 'seq_gap', { expectedSeq: fake.lastSeq + 1 });
        const results = rows.map((m) => {
          const replayed = m.seq <= fake.lastSeq;
          fake.held.set(m.seq, m.mutationId);
          fake.lastSeq = Math.max(fake.lastSeq, m.seq);
          return { seq: m.seq, mutationId: m.mutationId, status: 'applied', code: null, message: null, replayed };
        });
        if (fake.truncateNextPushReply) {
          fake.truncateNextPushReply = false;
          const text = JSON.stringify({ ackedThroughSeq: fake.lastSeq, results, serverTime: now() });
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(text.slice(0, Math.floor(text.length / 2)));
        }
        return send(200, { ackedThroughSeq: fake.ackOverride ?? fake.lastSeq, results });
      }
      case '/v1/sync/pull': {
        const cursor = Number(url.searchParams.get('cursor'));
        entry.cursor = cursor;
        if (cursor < fake.refusesCursorsBelow) return fail(410, 'cursor_expired');
        const limit = Number(url.searchParams.get('limit'));
        const after = fake.changes.filter((c) => c.v > cursor);
        const page = after.slice(0, limit);
        return send(200, {
          changes: page,
          nextCursor: page.at(-1)?.v ?? cursor,
          hasMore: after.length > limit,
          lastSeqForThisDevice: fake.lastSeq,
        });
      }
      case '/v1/sync/snapshot': {
        const page = url.searchParams.get('page');
        entry.page = page;
        const index = page ? Number(page) : 0;
        const next = index + 1 < fake.snapshotPages.length ? String(index + 1) : null;
        return send(200, { items: fake.snapshotPages[index] ?? [], nextPage: next, cursor: fake.refusesCursorsBelow });
      }
      default:
        return fail(404, 'not_found');
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closing: Promise<void> | null = null;
  fake.close = () => {
    // Closing twice is harmless; held requests are cut with the connections.
    holds.splice(0);
    closing ??= new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  return fake;
}
