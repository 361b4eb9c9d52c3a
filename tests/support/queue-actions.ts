import type { Ticket } from '../../src/shared/api/schemas';
import type { WardFixture } from './ward-fixture';
import { serviceIdByLetter } from './ward-queries';

/** Issues a ticket one second after the previous step, so arrival order is unambiguous; the whole answer (ticket, people ahead, estimate). */
export function issueWithFigures(fx: WardFixture, letter: string, options: { priority?: boolean } = {}) {
  fx.clock.advance(1000);
  const priorityCategoryId = options.priority ? fx.call('getBoard', {}).priorityCategories[0]!.id : null;
  return fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, letter), priorityCategoryId });
}

/** Issues a ticket one second after the previous step, so arrival order is unambiguous. */
export function issue(fx: WardFixture, letter: string, options: { priority?: boolean } = {}): Ticket {
  return issueWithFigures(fx, letter, options).ticket;
}

/** "Call next" at a counter, one second after the previous step. */
export function callNext(fx: WardFixture, counterNumber: number): Ticket | null {
  fx.clock.advance(1000);
  return fx.call('callNext', { counterNumber }).ticket;
}

/** Calls and then finishes the ticket at the counter, freeing it for the next call. */
export function serveNext(fx: WardFixture, counterNumber: number): Ticket | null {
  const ticket = callNext(fx, counterNumber);
  if (!ticket) return null;
  fx.call('startServing', { counterNumber, ticketId: ticket.id });
  fx.call('finish', { counterNumber, ticketId: ticket.id });
  return ticket;
}

/** Sets a counter to serve exactly these services (letters), keeping its number and name. */
export function serveOnly(fx: WardFixture, counterNumber: number, letters: string[]): void {
  const counter = fx.call('getConfig', {}).counters.find((c) => c.number === counterNumber)!;
  fx.call('saveCounter', { ...counter, serviceIds: letters.map((l) => serviceIdByLetter(fx.ward, l)) });
}
