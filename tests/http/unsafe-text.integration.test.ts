import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/db-fingerprint';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// Every free-text field goes through one shared text schema: text that would display reversed,
// invisibly, or be stored as broken UTF-8 is refused with the field named, and nothing is written.

let service: TestWardService;
let base: Record<string, { input: Record<string, unknown>; field: string }>;

beforeAll(async () => {
  service = await startTestWardService();
  const config = await service.client.ok('getConfig', {}, service.token);
  const { ticket } = await service.client.ok('issueTicket', { serviceId: config.services[0]!.id }, service.token);
  base = {
    saveService: {
      input: { code: 'NEW', name: 'x', letter: 'Z', fields: [], dailyCapacity: null, minutesPerTicket: 10, active: true },
      field: 'name',
    },
    saveCounter: { input: { number: 9, name: 'x', serviceIds: [], active: true }, field: 'name' },
    savePriorityCategory: { input: { name: 'x', active: true }, field: 'name' },
    updateSettings: { input: { wardName: 'x' }, field: 'wardName' },
    createPairingCode: { input: { role: 'display', deviceName: 'x' }, field: 'deviceName' },
    cancel: { input: { counterNumber: 1, ticketId: ticket.id, reason: 'x' }, field: 'reason' },
    markTicketPrinted: { input: { ticketId: ticket.id, ok: false, error: 'x' }, field: 'error' },
  };
});
afterAll(async () => {
  await service?.close();
});

// Raw JSON text, so that a lone surrogate reaches the server as the escape a client would send.
const UNSAFE: [string, string][] = [
  ['a right-to-left override', '"Nguy\\u202en V\\u0103n A"'],
  ['only zero-width characters', '"\\u200b\\u200c\\u200d"'],
  ['a NUL character', '"Tr\\u0000\\u1ea7n"'],
  ['a control character', '"L\\u0007\\u00ea"'],
  ['a lone surrogate', '"Ph\\ud800m"'],
];

describe('unsafe text', () => {
  it.each(UNSAFE)('with %s is refused in every free-text field, naming the field, and nothing changes', async (_what, unsafeJson) => {
    for (const [method, { input, field }] of Object.entries(base)) {
      const before = fingerprint(service.running.ward.db);
      const body = JSON.stringify(input).replace(`"${field}":"x"`, `"${field}":${unsafeJson}`);
      expect(body).toContain(unsafeJson);
      const response = await service.client.raw({
        path: `/api/${method}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
        body,
      });
      const error = (response.json as { error: { code: string; message: string } }).error;
      expect([method, response.status, error.code]).toEqual([method, 400, 'bad_request']);
      expect(error.message).toContain(`"${field}"`);
      expect(fingerprint(service.running.ward.db)).toEqual(before);
    }
  });

  it('says what is wrong with the text, not only which field', async () => {
    const response = await service.client.raw({
      path: '/api/updateSettings',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
      body: '{"wardName":"UBND \\u202ephường"}',
    });
    const { message } = (response.json as { error: { message: string } }).error;
    expect(message).toMatch(/^Dữ liệu gửi lên không hợp lệ\. \(Trường "wardName" không hợp lệ\.\) \S/);
  });

  it('still accepts Vietnamese typed in decomposed form and stores it composed', async () => {
    const decomposed = 'Phường Ba Đình'.normalize('NFD');
    const { settings } = await service.client.ok('updateSettings', { wardName: decomposed }, service.token);
    expect(settings.wardName).toBe('Phường Ba Đình'.normalize('NFC'));
    expect(settings.wardName).not.toBe(decomposed);
  });
});
