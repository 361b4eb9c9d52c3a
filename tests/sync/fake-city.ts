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
  script: { path: string; status: number; code: SyncErrorCode; retryAfterSeconds?: number; page?: string }[];
  changes: Change[];
  /** When set, pulls from a cursor below it get 410 and must re-snapshot. */
  refusesCursorsBelow: number;
  snapshotPages: SnapshotItem[][];
  requests: { path: string; at: number; rows?: number; page?: string | null; cursor?: number }[];
  logins: number;
  /** The next push is applied, but its reply is cut in the middle of the JSON. */
  truncateNextPushReply: boolean;
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
    close: async () => undefined,
  };
  const now = () => new Date().toISOString();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const send = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...body, serverTime: now() }));
      };
      const fail = (status: number, code: SyncErrorCode, extra: object = {}) =>
        send(status, { error: { code, message: `Lỗi thử: ${code}`, ...extra } });
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      const entry: FakeCity['requests'][number] = { path: url.pathname, at: Date.now() };
      fake.requests.push(entry);
      const scripted = fake.script.findIndex(
        (s) => s.path === url.pathname && (s.page === undefined || s.page === url.searchParams.get('page')),
      );
      if (scripted >= 0) {
        const s = fake.script.splice(scripted, 1)[0]!;
        if (s.retryAfterSeconds) res.setHeader('retry-after', String(s.retryAfterSeconds));
        return fail(s.status, s.code, s.retryAfterSeconds ? { retryAfterSeconds: s.retryAfterSeconds } : {});
      }
      switch (url.pathname) {
        case '/health':
          return send(200, { ok: true });
        case '/v1/enrol':
          return send(200, { deviceId: uuidv4(), ward: { code: '00001', name: 'Phường thử' }, slot: 2 });
        case '/v1/auth/challenge':
          return send(200, { nonce: Buffer.alloc(32, 7).toString('base64url'), expiresAt: new Date(Date.now() + 120_000).toISOString() });
        case '/v1/auth/token':
          fake.logins++;
          return send(200, { accessToken: `t${fake.logins}`, expiresAt: new Date(Date.now() + 900_000).toISOString() });
        case '/v1/sync/push': {
          const rows = body.mutations as Mutation[];
          entry.rows = rows.length;
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
          return send(200, { ackedThroughSeq: fake.lastSeq, results });
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
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
