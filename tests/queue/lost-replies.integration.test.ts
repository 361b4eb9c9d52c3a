import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultProxy } from '../support/fault-proxy';
import { faultsSeen, lossyFaults, retryingClient, type RetryingClient } from '../support/lossy-link';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// A counter PC or kiosk reaches the hub over the ward LAN, where replies get lost after the hub has
// committed. Through a proxy that cuts 30 % of replies and drops 10 % of requests, a kiosk that retries
// until it gets an answer must end up with exactly the tickets the hub made.

const TICKETS = 200;

let service: TestWardService | null = null;
let proxy: FaultProxy | null = null;
afterEach(async () => {
  await proxy?.close();
  await service?.close();
  proxy = service = null;
});

/** The hub, the faulty link in front of it, and a kiosk beyond the link issuing tickets of service A. */
async function kioskOnFaultyLink(): Promise<{ serviceId: string; kiosk: RetryingClient }> {
  service = await startTestWardService();
  proxy = await FaultProxy.start(service.running.port);
  const board = await service.client.ok('getBoard', {}, service.token);
  return { serviceId: board.services.find((s) => s.letter === 'A')!.id, kiosk: retryingClient(proxy, service.token, lossyFaults(20)) };
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
      const { ticket } = await kiosk.call('issueTicket', { serviceId, priorityCategoryId: null, requestId: randomUUID() });
      seen.push({ id: ticket.id, displayNumber: ticket.displayNumber });
    }

    // The link really did lose replies after the hub committed, so retries really were answered from storage.
    expect(faultsSeen(proxy!).cut).toBeGreaterThan(TICKETS * 0.2);
    expect(faultsSeen(proxy!).dropped).toBeGreaterThan(TICKETS * 0.05);
    const hub = hubTickets(service!);
    expect(hub.map((t) => t.number)).toEqual(Array.from({ length: TICKETS }, (_, i) => i + 1));
    expect(seen).toEqual(hub.map((t) => ({ id: t.id, displayNumber: t.display_number })));
    const db = service!.running.ward.db;
    expect(db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE op LIKE 'ticket.%'`).get()).toEqual({ n: TICKETS });
  }, 60_000);

  it('shows the phantoms a kiosk without request ids leaves behind through the same link', async () => {
    const { serviceId, kiosk } = await kioskOnFaultyLink();

    for (let i = 0; i < 50; i++) await kiosk.call('issueTicket', { serviceId, priorityCategoryId: null });

    const { cut } = faultsSeen(proxy!);
    expect(cut).toBeGreaterThan(0);
    expect(hubTickets(service!).length).toBe(50 + cut);
  }, 60_000);
});
