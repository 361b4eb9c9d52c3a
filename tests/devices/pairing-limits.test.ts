import { describe, expect, it } from 'vitest';
import { PairingCodes } from '../../src/main/service/devices/pairing-codes';

const T0 = Date.parse('2026-03-10T02:00:00Z');
const MINUTE = 60_000;
const display = { role: 'display' as const, counterNumber: null, counterId: null, deviceName: 'Màn hình' };

function wrong(codes: PairingCodes, at: number, source: string) {
  return codes.take('000000', at, source);
}

describe('pairing limits', () => {
  it('locks one sender after 10 wrong codes, says for how long, and the lock ends on time however often it tries', () => {
    const codes = new PairingCodes();
    for (let i = 0; i < 9; i++) expect(wrong(codes, T0 + i, '10.0.0.5')).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong(codes, T0 + 9, '10.0.0.5')).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong(codes, T0 + 10, '10.0.0.5')).toEqual({ ok: false, reason: 'locked', retryAfterMs: 10 * MINUTE - 1 });
    // One attempt a minute during the lockout does not extend it.
    for (let m = 1; m < 10; m++) expect(wrong(codes, T0 + m * MINUTE, '10.0.0.5')).toMatchObject({ reason: 'locked' });
    const { code } = codes.create(display, T0 + 10 * MINUTE);
    expect(codes.take(code, T0 + 10 * MINUTE + 9, '10.0.0.5')).toMatchObject({ ok: true });
  });

  it('never refuses a right code from another sender while one sender is locked', () => {
    const codes = new PairingCodes();
    for (let i = 0; i < 1000; i++) wrong(codes, T0 + i, '10.0.0.66');
    const { code } = codes.create(display, T0 + 1000);
    expect(codes.take(code, T0 + 1001, '10.0.0.7')).toMatchObject({ ok: true, pairing: { deviceName: 'Màn hình' } });
  });

  it('voids codes already handed out when many senders guess at once, but a fresh code works', () => {
    const codes = new PairingCodes();
    const { code: early } = codes.create(display, T0);
    for (let i = 0; i < 200; i++) wrong(codes, T0 + i, `10.0.${Math.floor(i / 5)}.${i % 5}`);
    expect(codes.take(early, T0 + 300, '10.9.9.9')).toEqual({ ok: false, reason: 'invalid' });
    const { code: fresh } = codes.create(display, T0 + 301);
    expect(codes.take(fresh, T0 + 302, '10.9.9.9')).toMatchObject({ ok: true });
  });

  it('remembers a bounded number of senders, whatever floods it', () => {
    const codes = new PairingCodes();
    for (let i = 0; i < 20_000; i++) wrong(codes, T0 + (i % 1000), `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(codes.trackedSources).toBeLessThanOrEqual(1000);
  });

  it('expires a code after 10 minutes', () => {
    const codes = new PairingCodes();
    const { code, expiresAt } = codes.create(display, T0);
    expect(expiresAt).toBe(T0 + 10 * MINUTE);
    expect(codes.take(code, T0 + 10 * MINUTE, '10.0.0.8')).toEqual({ ok: false, reason: 'invalid' });
  });
});
