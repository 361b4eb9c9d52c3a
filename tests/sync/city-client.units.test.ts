// The ward's HTTP client against a real local server that answers as a city would, or as a broken
// link or a broken city would: what each answer becomes for the sync engine.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CityCallError, CityClient } from '../../src/main/service/sync/city-client';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

let handler: Handler = (_req, res) => res.end();
const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    handler(req, res, body);
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/city`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SERVER_TIME = '2026-11-23T03:00:00.000Z';
const NONCE = 'A'.repeat(43);

function client(options: { baseUrl?: string; timeoutMs?: number } = {}) {
  const times: number[] = [];
  const c = new CityClient({
    baseUrl: options.baseUrl ?? base,
    appVersion: '0.2.0-test',
    timeoutMs: options.timeoutMs ?? 5_000,
    onServerTime: (ms) => times.push(ms),
  });
  return { c, times };
}

function answer(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
}

async function failure(call: Promise<unknown>): Promise<CityCallError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(CityCallError);
    return error as CityCallError;
  }
  throw new Error('the call succeeded');
}

describe('the city client', () => {
  it('sends its protocol, version and JSON length, and the token when it has one, under the city address', async () => {
    seen.length = 0;
    handler = answer(200, JSON.stringify({ nonce: NONCE, expiresAt: '2026-11-23T03:02:00.000Z', serverTime: SERVER_TIME }));
    const { c, times } = client();
    expect(await c.challenge('dev-1')).toEqual({ nonce: NONCE, expiresAt: '2026-11-23T03:02:00.000Z', serverTime: SERVER_TIME });
    expect(times).toEqual([Date.parse(SERVER_TIME)]);
    const post = seen[0]!;
    expect([post.method, post.url, post.body]).toEqual(['POST', '/city/v1/auth/challenge', '{"deviceId":"dev-1"}']);
    expect(post.headers).toMatchObject({
      'content-type': 'application/json',
      'content-length': '20',
      'x-motcua-protocol': '1',
      'x-motcua-app-version': '0.2.0-test',
    });
    expect(post.headers.authorization).toBeUndefined();

    handler = answer(200, JSON.stringify({ changes: [], nextCursor: 5, hasMore: false, lastSeqForThisDevice: 0, serverTime: SERVER_TIME }));
    await client({ baseUrl: `${base}/` }).c.pull('tok-1', 5, 100);
    const get = seen[1]!;
    expect([get.method, get.url, get.headers.authorization, get.headers['content-type']]).toEqual([
      'GET',
      '/city/v1/sync/pull?cursor=5&limit=100',
      'Bearer tok-1',
      undefined,
    ]);
  });

  it('turns a city error into its code, the Vietnamese message and what to do next, and still learns the city time', async () => {
    handler = answer(
      409,
      JSON.stringify({ error: { code: 'seq_gap', message: 'Thiếu thay đổi.', expectedSeq: 4, issues: ['seq'] }, serverTime: SERVER_TIME }),
    );
    const { c, times } = client();
    const gap = await failure(c.pull('tok', 0, 10));
    expect([gap.kind, gap.status, gap.serverMessage, gap.detail, gap.message, gap.outcomeUnknown]).toEqual([
      'seq_gap',
      409,
      'Thiếu thay đổi.',
      { expectedSeq: 4, issues: ['seq'] },
      'city call failed: seq_gap (HTTP 409)',
      false,
    ]);
    expect(times).toEqual([Date.parse(SERVER_TIME)]);

    // The wait the body names wins over the header; without one in the body, the header's counts.
    handler = answer(
      429,
      JSON.stringify({ error: { code: 'rate_limited', message: 'Chậm lại.', retryAfterSeconds: 30 }, serverTime: SERVER_TIME }),
      {
        'retry-after': '5',
      },
    );
    expect((await failure(c.pull('tok', 0, 10))).detail).toEqual({ retryAfterSeconds: 30 });
    handler = answer(429, JSON.stringify({ error: { code: 'rate_limited', message: 'Chậm lại.' }, serverTime: SERVER_TIME }), {
      'retry-after': '5',
    });
    expect((await failure(c.pull('tok', 0, 10))).detail).toEqual({ retryAfterSeconds: 5 });
  });

  it('tells a busy city, a failing one and a strange answer apart, and which of them may have taken effect', async () => {
    const { c } = client();
    handler = answer(503, '{}', { 'retry-after': '7' });
    const busy = await failure(c.pull('tok', 0, 10));
    expect([busy.kind, busy.status, busy.detail, busy.outcomeUnknown, busy.message]).toEqual([
      'unavailable',
      503,
      { retryAfterSeconds: 7 },
      false,
      'city call failed: unavailable (HTTP 503)',
    ]);
    handler = answer(500, '{}');
    const broken = await failure(c.pull('tok', 0, 10));
    expect([broken.kind, broken.detail, broken.outcomeUnknown]).toEqual(['internal', {}, true]);
    handler = answer(404, '{}');
    expect([(await failure(c.pull('tok', 0, 10))).kind]).toEqual(['bad_response']);
    handler = answer(200, JSON.stringify({ changes: 'none', serverTime: SERVER_TIME }));
    const odd = await failure(c.pull('tok', 0, 10));
    expect([odd.kind, odd.status, odd.outcomeUnknown]).toEqual(['bad_response', 200, true]);
    handler = answer(200, '{"changes": [');
    expect((await failure(c.pull('tok', 0, 10))).kind).toBe('bad_response');
  });

  it('gives up on a city that does not answer in time, and calls a cut or refused connection a network failure', async () => {
    handler = () => undefined; // never answers
    const late = await failure(client({ timeoutMs: 150 }).c.pull('tok', 0, 10));
    expect([late.kind, late.status, late.message, late.outcomeUnknown]).toEqual(['timeout', null, 'city call failed: timeout', true]);

    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"changes": [');
      setTimeout(() => res.socket?.destroy(), 20);
    };
    const cut = await failure(client().c.pull('tok', 0, 10));
    expect([cut.kind, cut.outcomeUnknown]).toEqual(['network', true]);

    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await failure(client({ baseUrl: `http://127.0.0.1:${port}` }).c.pull('tok', 0, 10));
    expect([refused.kind, refused.status]).toEqual(['network', null]);
    expect(await client({ baseUrl: `http://127.0.0.1:${port}` }).c.reachable()).toBe(false);
  });

  it('counts the city as reachable only when its health page answers 200', async () => {
    seen.length = 0;
    handler = answer(200, '{"ok":true}');
    expect(await client().c.reachable()).toBe(true);
    expect(seen[0]!.url).toBe('/city/health');
    handler = answer(503, '{}');
    expect(await client().c.reachable()).toBe(false);
  });
});

describe('the city client, for each kind of request', () => {
  const broken = answer(500, '{}');

  it('posts enrolment, login and changes, and gets pulls and snapshot pages, each at its own address', async () => {
    handler = broken;
    seen.length = 0;
    const { c } = client();
    await failure(c.enrol({ code: 'ABCD-2345', publicKey: 'A'.repeat(43), appVersion: '1.0.0' }));
    await failure(c.token({ deviceId: 'dev-1', nonce: NONCE, signature: 'sig' }));
    // The client sends what it is given; the engine never sends an empty batch, the city would refuse one.
    await failure(c.push('tok-2', { mutations: [] }));
    await failure(c.snapshot('tok-3', 'p2', 50));
    await failure(c.snapshot('tok-3', null, 50));
    expect(seen.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ['POST', '/city/v1/enrol', undefined],
      ['POST', '/city/v1/auth/token', undefined],
      ['POST', '/city/v1/sync/push', 'Bearer tok-2'],
      ['GET', '/city/v1/sync/snapshot?limit=50&page=p2', 'Bearer tok-3'],
      ['GET', '/city/v1/sync/snapshot?limit=50', 'Bearer tok-3'],
    ]);
    expect(JSON.parse(seen[1]!.body)).toEqual({ deviceId: 'dev-1', nonce: NONCE, signature: 'sig' });
    expect(JSON.parse(seen[2]!.body)).toEqual({ mutations: [] });
  });

  it('calls an answer that is no JSON object a strange answer, whatever its status: a proxy page or the word null', async () => {
    const { c } = client();
    handler = answer(503, '<html><body>503 Service Temporarily Unavailable</body></html>', { 'content-type': 'text/html' });
    const page = await failure(c.pull('tok', 0, 10));
    expect([page.kind, page.status, page.outcomeUnknown]).toEqual(['bad_response', 503, true]);
    handler = answer(200, 'null');
    const nothing = await failure(c.pull('tok', 0, 10));
    expect([nothing.kind, nothing.status]).toEqual(['bad_response', 200]);
  });

  it("learns the city's time only from an answer that carries a real time", async () => {
    const { c, times } = client();
    for (const body of ['{}', '{"serverTime":"không phải giờ"}', '{"serverTime":1764000000000}', '{"serverTime":2026}', 'null']) {
      handler = answer(500, body);
      await failure(c.pull('tok', 0, 10));
    }
    expect(times).toEqual([]);
  });
});

describe('the city client over HTTPS', () => {
  const tls = path.join(__dirname, '..', 'fixtures', 'tls');
  const secure = https.createServer(
    { key: fs.readFileSync(path.join(tls, 'test-city.key.pem')), cert: fs.readFileSync(path.join(tls, 'test-city.cert.pem')) },
    (req, res) => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: '' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, serverTime: SERVER_TIME }));
    },
  );
  const strict = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  beforeAll(async () => {
    // The test certificate is self-signed; the client has no CA list of its own to add it to.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    if (strict === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = strict;
    await new Promise<void>((resolve) => secure.close(() => resolve()));
  });

  it('speaks TLS to a city address that starts with https', async () => {
    seen.length = 0;
    const port = (secure.address() as AddressInfo).port;
    expect(await client({ baseUrl: `https://127.0.0.1:${port}/city` }).c.reachable()).toBe(true);
    expect(seen.map((r) => [r.method, r.url])).toEqual([['GET', '/city/health']]);
  });
});

describe("the city's answer to a push", () => {
  it('reaches the engine result by result: what was applied, and why the city refused or parked a change', async () => {
    const results = [
      { seq: 7, mutationId: '0190a1b2-0000-7000-8000-000000000007', status: 'applied', code: null, message: null, replayed: false },
      {
        seq: 8,
        mutationId: '0190a1b2-0000-7000-8000-000000000008',
        status: 'rejected',
        code: 'illegal_transition',
        message: 'Số thứ tự này đã được gọi ở quầy khác.',
        replayed: true,
      },
    ];
    handler = answer(200, JSON.stringify({ ackedThroughSeq: 8, results, serverTime: SERVER_TIME }));
    expect(await client().c.push('tok', { mutations: [] })).toEqual({ ackedThroughSeq: 8, results, serverTime: SERVER_TIME });
  });
});
