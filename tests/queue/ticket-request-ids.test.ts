import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectApiError, wardFixture } from '../support/ward-fixture';
import { serviceIdByLetter, writeCounts } from '../support/ward-queries';

// A kiosk whose reply was lost sends the same request again: the citizen must get the ticket the
// hub already made, not a second number that will be called to an empty counter.

describe('issueTicket with a request id', () => {
  it('answers a retry with the first ticket and issues no second number, event or outbox op', () => {
    const fx = wardFixture();
    const input = { serviceId: serviceIdByLetter(fx.ward, 'A'), priorityCategoryId: null, requestId: randomUUID() };
    const first = fx.call('issueTicket', input);
    const before = writeCounts(fx.ward);
    fx.clock.advance(60_000);
    const retried = fx.call('issueTicket', input);
    expect(retried).toEqual(first);
    expect(writeCounts(fx.ward)).toEqual(before);
    expect(fx.ward.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE entity_id = ?`).get(first.ticket.id)).toEqual({ n: 1 });
    // The next citizen gets the next number: the retry did not use one up.
    expect(fx.call('issueTicket', { ...input, requestId: randomUUID() }).ticket.displayNumber).toBe('A002');
  });

  it('still answers with the first ticket after a restart of the service', () => {
    const fx = wardFixture();
    const input = { serviceId: serviceIdByLetter(fx.ward, 'B'), requestId: randomUUID() };
    const first = fx.call('issueTicket', input);
    const reopened = fx.reopen();
    expect(reopened.call('issueTicket', input)).toEqual(first);
    expect(writeCounts(reopened.ward).tickets).toBe(1);
  });

  it('refuses the same id with another service or priority with a 409 and changes nothing', () => {
    const fx = wardFixture();
    const requestId = randomUUID();
    const serviceId = serviceIdByLetter(fx.ward, 'A');
    fx.call('issueTicket', { serviceId, requestId });
    const before = writeCounts(fx.ward);
    const priorityCategoryId = fx.call('getConfig', {}).priorityCategories[0]!.id;
    const reused = expectApiError(
      () => fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'B'), requestId }),
      'request_id_reused',
    );
    expect(reused.status).toBe(409);
    expectApiError(() => fx.call('issueTicket', { serviceId, priorityCategoryId, requestId }), 'request_id_reused');
    expect(writeCounts(fx.ward)).toEqual(before);
  });

  it('lets a refused request be sent again once the refusal is gone, since nothing was stored for it', () => {
    const fx = wardFixture();
    const serviceId = serviceIdByLetter(fx.ward, 'A');
    const requestId = randomUUID();
    expectApiError(() => fx.call('issueTicket', { serviceId, priorityCategoryId: randomUUID(), requestId }), 'priority_not_found');
    expect(fx.call('issueTicket', { serviceId, requestId }).ticket.displayNumber).toBe('A001');
  });

  it('issues a new ticket on every call without a request id, as older kiosks expect', () => {
    const fx = wardFixture();
    const input = { serviceId: serviceIdByLetter(fx.ward, 'A') };
    expect(fx.call('issueTicket', input).ticket.displayNumber).toBe('A001');
    expect(fx.call('issueTicket', input).ticket.displayNumber).toBe('A002');
  });
});
