import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

let service: TestWardService;
beforeAll(async () => {
  // Bound to 127.0.0.1, it still sees each sender's own loopback address (127.0.0.2, 127.0.0.3…).
  service = await startTestWardService();
});
afterAll(async () => {
  await service?.close();
});

function pairFrom(localAddress: string, code: string) {
  return service.client.raw({
    path: '/api/pairDevice',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
    localAddress,
  });
}

describe('pairing over the LAN', () => {
  it('keeps a device at one address pairing while another address sends 1,000 wrong codes', async () => {
    const statuses = new Map<string, number>();
    let lockMessage = '';
    const guesses = (async () => {
      for (let i = 0; i < 1000; i++) {
        const response = await pairFrom('127.0.0.2', String(i).padStart(6, '0'));
        const code = (response.json as { error: { code: string; message: string } }).error.code;
        statuses.set(code, (statuses.get(code) ?? 0) + 1);
        if (code === 'pairing_locked') lockMessage = (response.json as { error: { message: string } }).error.message;
      }
    })();
    const { code } = await service.client.ok('createPairingCode', { role: 'display', deviceName: 'Màn hình sảnh' }, service.token);
    const honest = await pairFrom('127.0.0.3', code);
    await guesses;

    expect(honest.status).toBe(200);
    expect(statuses.get('pairing_code_invalid')).toBeLessThanOrEqual(10);
    expect(statuses.get('pairing_locked')).toBeGreaterThanOrEqual(990);
    expect(lockMessage).toMatch(/quá nhiều lần.*thử lại sau 10 phút/);
  });
});
