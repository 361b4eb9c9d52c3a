import { clerkSession } from '../support/clerk-sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../src/shared/api/contract';
import type { Counter, Service, Ticket } from '../../src/shared/api/schemas';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// A paired device may touch only its own work: a counter its counter's tickets and the queues it
// serves, a kiosk the tickets it issued. Each case below was possible before this check existed.

let service: TestWardService;
let services: Service[];
let counters: Counter[];

beforeEach(async () => {
  service = await startTestWardService();
  const config = await service.client.ok('getConfig', {}, service.token);
  services = config.services;
  const [a, b, c] = services;
  // Counter 1 serves A and B; counter 2 serves only C.
  counters = [
    (
      await service.client.ok(
        'saveCounter',
        { id: config.counters[0]!.id, number: 1, name: 'Quầy 1', serviceIds: [a!.id, b!.id], active: true },
        service.token,
      )
    ).counter,
    (
      await service.client.ok(
        'saveCounter',
        { id: config.counters[1]!.id, number: 2, name: 'Quầy 2', serviceIds: [c!.id], active: true },
        service.token,
      )
    ).counter,
  ];
});
afterEach(async () => {
  await service?.close();
});

async function pair(role: 'counter' | 'kiosk', counterNumber?: number): Promise<string> {
  const { code } = await service.client.ok(
    'createPairingCode',
    { role, deviceName: `${role} ${counterNumber ?? ''}`, ...(counterNumber ? { counterNumber } : {}) },
    service.token,
  );
  const device = (await service.client.ok('pairDevice', { code }, null)).token;
  // A counter PC works with its clerk signed in; a kiosk has none.
  return role === 'counter' ? (await clerkSession(service.client, service.token, device)).token : device;
}

async function issue(letter: string, token = service.token): Promise<Ticket> {
  return (await service.client.ok('issueTicket', { serviceId: services.find((s) => s.letter === letter)!.id }, token)).ticket;
}

async function errorOf<M extends MethodName>(method: M, input: MethodInput<M>, token: string): Promise<[number, string | undefined]> {
  const result = await service.client.call(method, input, token);
  return [result.status, (result.body as { error?: { code?: string } }).error?.code];
}

describe('a paired counter device', () => {
  it('cannot act on tickets of another counter or of a service its counter does not serve', async () => {
    const device2 = await pair('counter', 2);
    const waitingA = await issue('A');
    const noShowA = await issue('A');
    const servingB = await issue('B');
    const ownC = await issue('C');

    // Counter 1 (the ward PC) calls A001, marks it absent, then calls the next A and serves B.
    const called1 = (await service.client.ok('callNext', { counterNumber: 1 }, service.token)).ticket!;
    expect(called1.id).toBe(waitingA.id);
    await service.client.ok('markNoShow', { counterNumber: 1, ticketId: waitingA.id }, service.token);
    const called2 = (await service.client.ok('callNext', { counterNumber: 1 }, service.token)).ticket!;
    expect(called2.id).toBe(noShowA.id);

    const atCounter2 = (ticketId: string) => ({ counterNumber: 2, ticketId });
    // Counter 1's no-show cannot be returned to the queue or cancelled from counter 2.
    expect(await errorOf('returnToQueue', atCounter2(waitingA.id), device2)).toEqual([403, 'ticket_not_at_counter']);
    expect(await errorOf('cancel', atCounter2(waitingA.id), device2)).toEqual([403, 'ticket_not_at_counter']);
    // A ticket called to counter 1: no action from counter 2.
    for (const method of ['recall', 'startServing', 'finish', 'markNoShow', 'cancel'] as const)
      expect([method, ...(await errorOf(method, atCounter2(noShowA.id), device2))]).toEqual([method, 403, 'ticket_not_at_counter']);
    expect(await errorOf('transfer', { ...atCounter2(noShowA.id), toCounterNumber: 2 }, device2)).toEqual([403, 'ticket_not_at_counter']);
    // A waiting ticket of service B, which counter 2 does not serve.
    expect(await errorOf('cancel', atCounter2(servingB.id), device2)).toEqual([403, 'ticket_not_at_counter']);
    // Acting as counter 1 is refused by the transport before any ticket is read.
    for (const method of ['callNext', 'getCounterState'] as const)
      expect(await errorOf(method, { counterNumber: 1 }, device2)).toEqual([403, 'forbidden_counter']);
    expect(await errorOf('cancel', { counterNumber: 1, ticketId: servingB.id }, device2)).toEqual([403, 'forbidden_counter']);

    // Its own work is still open to it: cancelling a waiting ticket of its own service C.
    const cancelled = await service.client.ok('cancel', atCounter2(ownC.id), device2);
    expect(cancelled.ticket.state).toBe('cancelled');
    // And nothing was changed by the refusals.
    const { tickets } = await service.client.ok('listTickets', {}, service.token);
    const state = Object.fromEntries(tickets.map((t) => [t.displayNumber, t.state]));
    expect(state).toEqual({ A001: 'no_show', A002: 'called', B001: 'waiting', C001: 'cancelled' });
  });

  it('follows its counter when desks are renumbered, instead of moving to the new desk with its old number', async () => {
    const device = await pair('counter', 1);
    await service.client.ok(
      'saveCounter',
      { id: counters[0]!.id, number: 7, name: 'Quầy 7', serviceIds: counters[0]!.serviceIds, active: true },
      service.token,
    );
    await service.client.ok('saveCounter', { number: 1, name: 'Quầy mới', serviceIds: [services[2]!.id], active: true }, service.token);

    expect(await service.client.ok('whoAmI', {}, device)).toMatchObject({ role: 'counter', counterNumber: 7 });
    expect(await errorOf('callNext', { counterNumber: 1 }, device)).toEqual([403, 'forbidden_counter']);
    await issue('A');
    expect((await service.client.ok('callNext', { counterNumber: 7 }, device)).ticket?.displayNumber).toBe('A001');
    const { devices } = await service.client.ok('listDevices', {}, service.token);
    expect(devices.map((d) => d.counterNumber)).toEqual([7]);
  });
});

describe('a paired kiosk', () => {
  it('marks printed and renders only the tickets it issued', async () => {
    const kiosk = await pair('kiosk');
    const other = await issue('A');
    const own = await issue('A', kiosk);
    expect(await errorOf('markTicketPrinted', { ticketId: other.id, ok: true }, kiosk)).toEqual([403, 'ticket_not_yours']);
    expect(await errorOf('renderTicketDocument', { ticketId: other.id }, kiosk)).toEqual([403, 'ticket_not_yours']);
    expect((await service.client.ok('markTicketPrinted', { ticketId: own.id, ok: true }, kiosk)).ticket.printStatus).toBe('printed');
    expect((await service.client.ok('renderTicketDocument', { ticketId: own.id }, kiosk)).html).toContain(own.displayNumber);
    const { tickets } = await service.client.ok('listTickets', {}, service.token);
    expect(tickets.find((t) => t.id === other.id)!.printStatus).toBe('pending');
  });
});
