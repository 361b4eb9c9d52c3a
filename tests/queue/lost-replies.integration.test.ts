import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../src/shared/api/contract';
import { FaultProxy, type Fault } from '../support/fault-proxy';
import { rawRequest } from '../support/http-client';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// A counter PC or kiosk reaches the hub over the ward LAN, where replies get lost after the hub has
// committed. Through a proxy that cuts 30 % of replies and drops 10 % of requests, a kiosk that retries
// until it gets an answer must end up with exactly the tickets the hub made.

const TICKETS = 200;

/** The same faults on every run: a small seeded generator (mulberry32), so a failure can be replayed. */
function faults(seed: number): () => Fault | null {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const r = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    if (r < 0.1) return { kind: 'drop_before_request' };
    if (r < 0.4) return { kind: 'cut_reply_after_commit' };
    return null;
  };
}

interface Kiosk {
  /** Issues one ticket, sending the request again after every lost reply until an answer comes. */
  issue(input: MethodInput<'issueTicket'>): Promise<MethodOutput<'issueTicket'>>;
}

/** One connection per request, each given its fault by the proxy: a pooled one would carry many past one fault. */
function kioskThrough(proxy: FaultProxy, token: string, next: () => Fault | null): Kiosk {
  const agent = new http.Agent({ keepAlive: false });
  return {
    async issue(input) {
      for (;;) {
        const fault = next();
        if (fault) proxy.inject(fault);
        const body = JSON.stringify(input);
        const answer = await rawRequest(
          proxy.url,
          { path: '/api/issueTicket', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body },
          agent,
        ).catch(() => null);
        if (answer) {
          expect(answer.status, answer.text).toBe(200);
          return answer.json as MethodOutput<'issueTicket'>;
        }
      }
    },
  };
}

let service: TestWardService | null = null;
let proxy: FaultProxy | null = null;
afterEach(async () => {
  await proxy?.close();
  await service?.close();
  proxy = service = null;
});

/** The hub, the faulty link in front of it, and a kiosk beyond the link issuing tickets of service A. */
async function kioskOnFaultyLink(): Promise<{ serviceId: string; kiosk: Kiosk }> {
  service = await startTestWardService();
  proxy = await FaultProxy.start(service.running.port);
  const board = await service.client.ok('getBoard', {}, service.token);
  return { serviceId: board.services.find((s) => s.letter === 'A')!.id, kiosk: kioskThrough(proxy, service.token, faults(20)) };
}

function hubTickets(s: TestWardService): { id: string; display_number: string; number: number }[] {
  return s.running.ward.db.prepare('SELECT id, display_number, number FROM tickets ORDER BY number').all() as {
    id: string;
    display_number: string;
    number: number;
  }[];
}

describe('kiosk tickets through a link that loses replies', () => {
  it('gives a kiosk retrying with request ids exactly the 200 tickets the hub made, numbered without gaps', async () => {
    const { serviceId, kiosk } = await kioskOnFaultyLink();

    const seen: { id: string; displayNumber: string }[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const { ticket } = await kiosk.issue({ serviceId, priorityCategoryId: null, requestId: randomUUID() });
      seen.push({ id: ticket.id, displayNumber: ticket.displayNumber });
    }

    // The link really did lose replies after the hub committed, so retries really were answered from storage.
    expect(proxy!.log.filter((kind) => kind === 'cut_reply_after_commit').length).toBeGreaterThan(TICKETS * 0.2);
    expect(proxy!.log.filter((kind) => kind === 'drop_before_request').length).toBeGreaterThan(TICKETS * 0.05);
    const hub = hubTickets(service!);
    expect(hub.map((t) => t.number)).toEqual(Array.from({ length: TICKETS }, (_, i) => i + 1));
    expect(seen).toEqual(hub.map((t) => ({ id: t.id, displayNumber: t.display_number })));
    const db = service!.running.ward.db;
    expect(db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE op LIKE 'ticket.%'`).get()).toEqual({ n: TICKETS });
  }, 60_000);

  it('shows the phantoms a kiosk without request ids leaves behind through the same link', async () => {
    const { serviceId, kiosk } = await kioskOnFaultyLink();

    for (let i = 0; i < 50; i++) await kiosk.issue({ serviceId, priorityCategoryId: null });

    const cut = proxy!.log.filter((kind) => kind === 'cut_reply_after_commit').length;
    expect(cut).toBeGreaterThan(0);
    expect(hubTickets(service!).length).toBe(50 + cut);
  }, 60_000);
});
