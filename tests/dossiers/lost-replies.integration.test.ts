import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/shared/api/dossiers';
import type { Ticket } from '../../src/shared/api/schemas';
import { clerkSession } from '../support/clerk-sessions';
import { FaultProxy } from '../support/fault-proxy';
import { faultsSeen, lossyFaults, retryingClient, type RetryingClient } from '../support/lossy-link';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';
import { intake } from './dossier-setup';

// A paired counter PC takes in dossiers and a paired kiosk issues tickets, both over a LAN link to the
// hub that cuts 30 % of replies after the hub committed and drops 10 % of requests. Each retries its
// request with the same request id until it gets an answer (issue 20 §9): every dossier and ticket the
// client asked for must exist exactly once, and what the client was finally told must be what the hub holds.

const INTAKES = 200;
const TICKETS = 200;
/** Requests in flight at once per device: a busy morning, without drowning the two shared cores. */
const LANES = 4;

let service: TestWardService;
let proxy: FaultProxy;

beforeAll(async () => {
  service = await startTestWardService();
  proxy = await FaultProxy.start(service.running.port);
});
afterAll(async () => {
  await proxy?.close();
  await service?.close();
});

async function pair(role: 'counter' | 'kiosk'): Promise<string> {
  const { client, token } = service;
  const { code } = await client.ok(
    'createPairingCode',
    { role, deviceName: `${role} LAN`, ...(role === 'counter' ? { counterNumber: 1 } : {}) },
    token,
  );
  const device = (await client.ok('pairDevice', { code }, null)).token;
  return role === 'counter' ? (await clerkSession(client, token, device)).token : device;
}

/** Runs `task(0..count-1)` with at most `lanes` at once, keeping each answer at its index. */
async function inLanes<T>(count: number, lanes: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** A different citizen for each intake, so each dossier is known by its ID number. */
function idNumber(i: number): string {
  return `001190${String(i).padStart(6, '0')}`;
}

function intakes(counter: RetryingClient): Promise<Dossier[]> {
  return inLanes(INTAKES, LANES, async (i) => {
    const input = intake({ requestId: randomUUID() });
    const { dossier } = await counter.call('createDossier', { ...input, applicant: { ...input.applicant, idNumber: idNumber(i) } });
    return dossier;
  });
}

function tickets(kiosk: RetryingClient, serviceId: string): Promise<Ticket[]> {
  return inLanes(
    TICKETS,
    LANES,
    async () => (await kiosk.call('issueTicket', { serviceId, priorityCategoryId: null, requestId: randomUUID() })).ticket,
  );
}

describe('intakes and kiosk tickets through a link that loses replies', () => {
  it('makes each dossier and each ticket exactly once, and the clients were told what the hub holds', async () => {
    const { client, token } = service;
    await client.ok('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 }, token);
    const serviceId = (await client.ok('getBoard', {}, token)).services.find((s) => s.letter === 'A')!.id;
    const counter = retryingClient(proxy, await pair('counter'), lossyFaults(7));
    const kiosk = retryingClient(proxy, await pair('kiosk'), lossyFaults(20));

    const [dossiers, issued] = await Promise.all([intakes(counter), tickets(kiosk, serviceId)]);

    // The link really lost replies after the hub committed: retries were answered from what it stored.
    const seen = faultsSeen(proxy);
    expect(seen.cut).toBeGreaterThan((INTAKES + TICKETS) * 0.2);
    expect(seen.dropped).toBeGreaterThan((INTAKES + TICKETS) * 0.05);

    const db = service.running.ward.db;
    const hubDossiers = db.prepare('SELECT id, code, id_number FROM dossiers ORDER BY code').all() as {
      id: string;
      code: string;
      id_number: string;
    }[];
    expect(hubDossiers.map((d) => d.id_number).sort()).toEqual(Array.from({ length: INTAKES }, (_, i) => idNumber(i)));
    expect(
      dossiers.map((d) => ({ id: d.id, code: d.code, id_number: d.applicant.idNumber })).sort((a, b) => a.code.localeCompare(b.code)),
    ).toEqual(hubDossiers);
    // No code was drawn for a retry: the day's numbers run from 1001 without a gap.
    expect(hubDossiers.map((d) => Number(d.code.slice(-4)))).toEqual(Array.from({ length: INTAKES }, (_, i) => 1001 + i));
    expect(db.prepare('SELECT COUNT(*) AS n FROM dossier_codes').get()).toEqual({ n: INTAKES });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM dossier_events WHERE action = 'receive'`).get()).toEqual({ n: INTAKES });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE op = 'dossier.receive@1'`).get()).toEqual({ n: INTAKES });

    const hubTickets = db.prepare('SELECT id, display_number, number FROM tickets ORDER BY number').all() as {
      id: string;
      display_number: string;
      number: number;
    }[];
    expect(hubTickets.map((t) => t.number)).toEqual(Array.from({ length: TICKETS }, (_, i) => i + 1));
    expect(
      issued.map((t) => ({ id: t.id, display_number: t.displayNumber })).sort((a, b) => a.display_number.localeCompare(b.display_number)),
    ).toEqual(hubTickets.map((t) => ({ id: t.id, display_number: t.display_number })));
    expect(db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE op LIKE 'ticket.%'`).get()).toEqual({ n: TICKETS });
    expect(db.prepare('SELECT COUNT(*) AS n FROM client_requests').get()).toEqual({ n: INTAKES + TICKETS });
  }, 60_000);
});
