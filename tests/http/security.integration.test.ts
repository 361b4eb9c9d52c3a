import { clerkSession } from '../support/clerk-sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events as eventSchemas, methodNames, type MethodName } from '../../src/shared/api/contract';
import type { Ticket } from '../../src/shared/api/schemas';
import { authenticatedSocket, openEventSocket, rawUpgrade } from '../support/event-socket';
import type { RawResponse } from '../support/http-client';
import { openCounters, type Floor } from '../support/queue-setup';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

const seen: { path: string; response: RawResponse }[] = [];
let service: TestWardService;
let floor: Floor;

beforeAll(async () => {
  service = await startTestWardService({ onResponse: (response, request) => seen.push({ path: request.path, response }) });
  floor = await openCounters(service.client, service.token, 2);
});
afterAll(async () => {
  await service?.close();
});

const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ ...json, authorization: `Bearer ${token}` });

function post(method: string, input: unknown, headers: Record<string, string>): Promise<RawResponse> {
  return service.client.raw({ path: `/api/${method}`, headers, body: JSON.stringify(input) });
}

async function pair(role: 'counter' | 'kiosk' | 'display', counterNumber?: number): Promise<{ token: string; deviceId: string }> {
  const { code } = await service.client.ok(
    'createPairingCode',
    { role, deviceName: `Thiết bị ${role} ${counterNumber ?? ''}`.trim(), ...(counterNumber ? { counterNumber } : {}) },
    service.token,
  );
  const paired = await service.client.ok('pairDevice', { code }, null);
  expect(paired).toMatchObject({ role, counterNumber: counterNumber ?? null });
  const { devices } = await service.client.ok('listDevices', {}, service.token);
  const deviceId = devices.find((d) => d.name === paired.deviceName && !d.revokedAt)!.id;
  // A counter PC works with its clerk signed in; kiosks and boards have none.
  const token = role === 'counter' ? (await clerkSession(service.client, service.token, paired.token)).token : paired.token;
  return { token, deviceId };
}

function issue(token = service.token): Promise<{ ticket: Ticket }> {
  return service.client.ok('issueTicket', { serviceId: floor.services[0]!.id }, token);
}

function errorCode(response: RawResponse): string | undefined {
  return (response.json as { error?: { code?: string } } | undefined)?.error?.code;
}

describe('tokens', () => {
  it.each(methodNames.filter((m) => m !== 'pairDevice'))('%s without a token or with a wrong one is 401', async (method: MethodName) => {
    for (const headers of [json, bearer('not-a-token'), { ...json, authorization: service.token }, bearer(`${service.token}x`)]) {
      const response = await post(method, {}, headers);
      expect([response.status, errorCode(response)]).toEqual([401, 'unauthorized']);
    }
  });

  it('lets pairDevice and the health check through without a token', async () => {
    const health = await service.client.raw({ method: 'GET', path: '/api/health' });
    expect([health.status, health.json]).toEqual([200, expect.objectContaining({ ok: true })]);
    const { code } = await service.client.ok('createPairingCode', { role: 'display', deviceName: 'Màn hình sảnh' }, service.token);
    expect((await post('pairDevice', { code }, json)).status).toBe(200);
  });
});

describe('the browser boundary', () => {
  it('refuses a Host of another domain (DNS rebinding) on the API, the pages and the socket', async () => {
    for (const host of ['evil.example', `evil.example:${service.running.port}`, '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const api = await post('whoAmI', {}, { ...bearer(service.token), host });
      expect([api.status, errorCode(api)]).toEqual([403, 'bad_host']);
      const health = await service.client.raw({ method: 'GET', path: '/api/health', headers: { host } });
      expect(health.status).toBe(403);
      const page = await service.client.raw({ method: 'GET', path: '/kiosk', headers: { host } });
      expect(page.status).toBe(403);
      await expect(openEventSocket(service.baseUrl, { host })).rejects.toThrow('upgrade refused: 403');
    }
    // The refused upgrade's connection is hung up, not left open (it used to leak and block shutdown).
    expect(await rawUpgrade(service.running.port, 'evil.example')).toEqual({ statusLine: 'HTTP/1.1 403 Forbidden', closedByServer: true });
    const loopback = await post('whoAmI', {}, { ...bearer(service.token), host: `localhost:${service.running.port}` });
    expect(loopback.status).toBe(200);
  });

  it('refuses another site as Origin, even with a valid token, and on the socket', async () => {
    const port = service.running.port;
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}.evil.example`, 'null']) {
      const response = await post('getConfig', {}, { ...bearer(service.token), origin });
      expect([response.status, errorCode(response)]).toEqual([403, 'forbidden']);
      await expect(openEventSocket(service.baseUrl, { origin })).rejects.toThrow('upgrade refused: 403');
    }
    const sameOrigin = await post('getConfig', {}, { ...bearer(service.token), origin: `http://127.0.0.1:${port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('grants no CORS preflight', async () => {
    for (const origin of ['http://evil.example', undefined]) {
      const response = await service.client.raw({
        method: 'OPTIONS',
        path: '/api/issueTicket',
        headers: {
          ...(origin ? { origin } : {}),
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('puts the CSP and no-sniff headers on every kind of answer', async () => {
    const answers = [
      await service.client.raw({ method: 'GET', path: '/api/health' }),
      await post('whoAmI', {}, bearer(service.token)),
      await post('whoAmI', {}, json),
      await post('noSuchMethod', {}, bearer(service.token)),
      await post('callNext', { counterNumber: 'one' }, bearer(service.token)),
      await post('whoAmI', {}, { ...bearer(service.token), host: 'evil.example' }),
      await service.client.raw({ method: 'GET', path: '/' }),
      await service.client.raw({ method: 'GET', path: '/nowhere' }),
    ];
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('pairing and roles', () => {
  it('a kiosk may issue and print tickets and read the board, nothing more', async () => {
    const kiosk = await pair('kiosk');
    expect(await service.client.ok('whoAmI', {}, kiosk.token)).toMatchObject({ role: 'kiosk', counterNumber: null });
    const { ticket } = await issue(kiosk.token);
    expect((await service.client.call('renderTicketDocument', { ticketId: ticket.id }, kiosk.token)).status).toBe(200);
    expect((await service.client.call('getBoard', {}, kiosk.token)).status).toBe(200);
    for (const [method, input] of [
      ['callNext', { counterNumber: 1 }],
      ['getConfig', {}],
      ['listTickets', {}],
      ['cancel', { counterNumber: 1, ticketId: ticket.id }],
      ['createPairingCode', { role: 'kiosk', deviceName: 'Kiosk giả' }],
      ['revokeDevice', { deviceId: kiosk.deviceId }],
    ] as const) {
      const response = await post(method, input, bearer(kiosk.token));
      expect([method, response.status, errorCode(response)]).toEqual([method, 403, 'forbidden']);
    }
  });

  it('a display may read the board but not issue tickets', async () => {
    const display = await pair('display');
    expect((await service.client.call('getBoard', {}, display.token)).status).toBe(200);
    for (const [method, input] of [
      ['issueTicket', { serviceId: floor.services[0]!.id }],
      ['callNext', { counterNumber: 1 }],
      ['markTicketPrinted', { ticketId: floor.services[0]!.id, ok: true }],
    ] as const) {
      const response = await post(method, input, bearer(display.token));
      expect([method, response.status, errorCode(response)]).toEqual([method, 403, 'forbidden']);
    }
  });

  it('a counter device acts only for its own counter', async () => {
    const counter2 = await pair('counter', 2);
    await issue();
    await issue();
    const called = await service.client.call('callNext', { counterNumber: 2 }, counter2.token);
    expect(called.status).toBe(200);
    const mine = (called.body as { ticket: Ticket }).ticket;
    expect(mine.counterNumber).toBe(2);
    const other = await service.client.ok('callNext', { counterNumber: 1 }, service.token);

    for (const [method, input] of [
      ['callNext', { counterNumber: 1 }],
      ['getCounterState', { counterNumber: 1 }],
      ['finish', { counterNumber: 1, ticketId: other.ticket!.id }],
      ['markNoShow', { counterNumber: 1, ticketId: mine.id }],
      ['transfer', { counterNumber: 1, ticketId: other.ticket!.id, toCounterNumber: 2 }],
    ] as const) {
      const response = await post(method, input, bearer(counter2.token));
      expect([method, response.status, errorCode(response)]).toEqual([method, 403, 'forbidden_counter']);
    }
    // Claiming its own counter for a ticket that sits at another counter is refused too.
    const foreign = await post('markNoShow', { counterNumber: 2, ticketId: other.ticket!.id }, bearer(counter2.token));
    expect([foreign.status, errorCode(foreign)]).toEqual([403, 'ticket_not_at_counter']);
    expect((await post('getConfig', {}, bearer(counter2.token))).status).toBe(403);
    // The refusals changed nothing: counter 1 still has its ticket, counter 2 its own.
    const state1 = await service.client.ok('getCounterState', { counterNumber: 1 }, service.token);
    expect(state1.current?.id).toBe(other.ticket!.id);
    expect(state1.current?.state).toBe('called');
    expect((await service.client.ok('markNoShow', { counterNumber: 2, ticketId: mine.id }, counter2.token)).ticket.state).toBe('no_show');
  });

  it('a pairing code works once; wrong codes and a counter role without a counter are refused', async () => {
    const { code } = await service.client.ok('createPairingCode', { role: 'kiosk', deviceName: 'Kiosk tầng 2' }, service.token);
    expect((await post('pairDevice', { code }, json)).status).toBe(200);
    const again = await post('pairDevice', { code }, json);
    expect([again.status, errorCode(again)]).toEqual([401, 'pairing_code_invalid']);
    const wrong = await post('pairDevice', { code: code === '000000' ? '000001' : '000000' }, json);
    expect([wrong.status, errorCode(wrong)]).toEqual([401, 'pairing_code_invalid']);
    const noCounter = await post('createPairingCode', { role: 'counter', deviceName: 'Quầy ?' }, bearer(service.token));
    expect(noCounter.status).toBe(400);
    const missingCounter = await post(
      'createPairingCode',
      { role: 'counter', counterNumber: 42, deviceName: 'Quầy 42' },
      bearer(service.token),
    );
    expect([missingCounter.status, errorCode(missingCounter)]).toEqual([404, 'counter_not_found']);
  });

  it('revoking a device refuses its token at once and closes its open socket', async () => {
    const display = await pair('display');
    const events = await authenticatedSocket(service.baseUrl, display.token);
    expect((await service.client.call('getBoard', {}, display.token)).status).toBe(200);

    const { device } = await service.client.ok('revokeDevice', { deviceId: display.deviceId }, service.token);
    expect(device.revokedAt).not.toBeNull();

    expect((await events.closed).code).toBe(4403);
    const after = await post('getBoard', {}, bearer(display.token));
    expect([after.status, errorCode(after)]).toEqual([401, 'unauthorized']);
    // Nor can it come back on a new socket.
    const retry = await openEventSocket(service.baseUrl);
    retry.socket.send(JSON.stringify({ type: 'auth', token: display.token }));
    expect((await retry.closed).code).toBe(4401);
  });
});

describe('pairing brute force', () => {
  it('pauses pairing for a sender after ten wrong codes, even for the right one, and says so', async () => {
    const other = await startTestWardService();
    try {
      const { code } = await other.client.ok('createPairingCode', { role: 'kiosk', deviceName: 'Kiosk' }, other.token);
      let wrong = 0;
      for (let guess = 0; wrong < 10; guess++) {
        const candidate = guess.toString().padStart(6, '0');
        if (candidate === code) continue;
        expect((await other.client.call('pairDevice', { code: candidate }, null)).status).toBe(401);
        wrong++;
      }
      const right = await other.client.call('pairDevice', { code }, null);
      expect([right.status, (right.body as { error: { code: string } }).error.code]).toEqual([429, 'pairing_locked']);
    } finally {
      await other.close();
    }
  });
});

describe('the event socket', () => {
  it('closes with 4401 on a bad token or a malformed first frame', async () => {
    for (const frame of [
      JSON.stringify({ type: 'auth', token: 'nope' }),
      'not json',
      JSON.stringify({ type: 'auth' }),
      JSON.stringify({ token: service.token }),
    ]) {
      const events = await openEventSocket(service.baseUrl);
      events.socket.send(frame);
      const first = await events.next();
      expect(first).toMatchObject({ type: 'error', code: 'unauthorized' });
      expect((await events.closed).code).toBe(4401);
    }
  });

  it('delivers ticket.called to an authenticated display, for the call and a recall', async () => {
    const display = await pair('display');
    const events = await authenticatedSocket(service.baseUrl, display.token);
    try {
      await issue();
      // Earlier tests may have left a ticket at counter 1: clear it so the counter can call.
      const state = await service.client.ok('getCounterState', { counterNumber: 1 }, service.token);
      if (state.current) {
        await service.client.ok('markNoShow', { counterNumber: 1, ticketId: state.current.id }, service.token);
      }
      const called = (await service.client.ok('callNext', { counterNumber: 1 }, service.token)).ticket!;
      const frame = await events.next((f) => f.type === 'event' && f.name === 'ticket.called');
      const data = eventSchemas['ticket.called'].parse((frame as { data: unknown }).data);
      expect(data).toMatchObject({ ticketId: called.id, displayNumber: called.displayNumber, counterNumber: 1, recall: false });

      await service.client.ok('recall', { counterNumber: 1, ticketId: called.id }, service.token);
      const recall = await events.next((f) => f.type === 'event' && f.name === 'ticket.called');
      expect((recall as { data: { recall: boolean; ticketId: string } }).data).toMatchObject({ recall: true, ticketId: called.id });
    } finally {
      events.close();
    }
  });
});

describe('on every kind of answer', () => {
  it('never grants a cross-origin read', async () => {
    // Its own sample of every kind of answer, so it holds when run alone; run with the file, it also
    // checks every answer the tests above received.
    const first = seen.length;
    const port = service.running.port;
    const evil = { origin: 'http://evil.example' };
    for (const method of methodNames) {
      await post(method, {}, { ...bearer(service.token), ...evil });
      await post(method, {}, json);
    }
    for (const [method, input] of [
      ['whoAmI', {}],
      ['getBoard', {}],
      ['callNext', { counterNumber: 'one' }],
      ['noSuchMethod', {}],
    ] as const)
      await post(method, input, { ...bearer(service.token), origin: `http://127.0.0.1:${port}` });
    await post('whoAmI', {}, { ...bearer(service.token), ...evil, host: 'evil.example' });
    for (const path of ['/', '/kiosk', '/api/health', '/nowhere']) await service.client.raw({ method: 'GET', path, headers: { ...evil } });
    await service.client.raw({
      method: 'OPTIONS',
      path: '/api/getBoard',
      headers: { ...evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });

    const mine = seen.slice(first);
    expect(mine.length).toBe(methodNames.length * 2 + 10);
    expect(mine.map((s) => s.response.status)).toEqual(expect.arrayContaining([200, 400, 401, 403, 404]));
    expect(seen.filter((s) => Object.keys(s.response.headers).some((h) => h.startsWith('access-control-'))).map((s) => s.path)).toEqual([]);
  });
});
