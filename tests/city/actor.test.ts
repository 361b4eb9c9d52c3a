// The actor a ward writes on every outbox row, read by the city: the LAN device and the signed-in
// clerk, or nothing at all when any part of it is not in the documented shape (it is ward input).
import { describe, expect, it } from 'vitest';
import { parseActor } from '../../src/city/ops/actor';

const DEVICE = '0194f8a2-1111-7000-8000-00000000000d';
const CLERK = '0194f8a2-2222-7000-8000-00000000000c';
const NOBODY = { deviceId: null, clerkId: null };

describe('parseActor', () => {
  it('reads the four shapes the ward writes', () => {
    expect(parseActor('local')).toEqual(NOBODY);
    expect(parseActor(`device:${DEVICE}`)).toEqual({ deviceId: DEVICE, clerkId: null });
    expect(parseActor(`local;clerk:${CLERK}`)).toEqual({ deviceId: null, clerkId: CLERK });
    expect(parseActor(`device:${DEVICE};clerk:${CLERK}`)).toEqual({ deviceId: DEVICE, clerkId: CLERK });
  });

  it('the longest actor the ward writes is 86 characters and reads whole', () => {
    const longest = `device:${DEVICE};clerk:${CLERK}`;
    expect(longest).toHaveLength(86);
    expect(parseActor(longest).clerkId).toBe(CLERK);
  });

  it('gives nobody for anything not wholly in shape, without throwing', () => {
    const malformed: unknown[] = [
      '',
      'LOCAL',
      'locals',
      ' local',
      'local ',
      `clerk:${CLERK}`,
      `;clerk:${CLERK}`,
      `local;clerk:`,
      `local;clerk:not-a-uuid`,
      `local;clerk:${CLERK.toUpperCase()}`,
      `local;clerk:${CLERK};clerk:${CLERK}`,
      `local;clerk:${CLERK};`,
      `local;clerk:${CLERK}\n`,
      `local;clerk:${CLERK}x`,
      `local,clerk:${CLERK}`,
      `local;Clerk:${CLERK}`,
      `local;device:${DEVICE}`,
      `device:${DEVICE.slice(0, -1)}`,
      `device:${DEVICE.toUpperCase()};clerk:${CLERK}`,
      `device:;clerk:${CLERK}`,
      `device:${DEVICE};clerk:${CLERK.slice(1)}`,
      `clerk:${CLERK};device:${DEVICE}`,
      `device:{${DEVICE}};clerk:${CLERK}`,
      `local;clerk:${CLERK.replace(/-/g, '')}`,
      'x'.repeat(10_000),
      null,
      undefined,
      42,
      { deviceId: DEVICE, clerkId: CLERK },
    ];
    for (const actor of malformed) expect([actor, parseActor(actor)]).toEqual([actor, NOBODY]);
  });
});
