import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HLC_MAX_COUNTER,
  HLC_MAX_REMOTE_AHEAD_MS,
  hlcCompare,
  hlcDecode,
  hlcEncode,
  hlcReceive,
  hlcTick,
  type HlcState,
} from '../../src/shared/clock/hlc';

const BASE = 1_773_000_000_000; // March 2026
const NODE = '0195f3a2-7c1e-7000-8000-000000000001';

/** Physical times that repeat and jump backwards as often as forwards, as a PC clock being reset does. */
const physicalTimes = fc.array(
  fc.oneof(fc.integer({ min: BASE - 5, max: BASE + 5 }), fc.integer({ min: BASE - 86_400_000, max: BASE + 86_400_000 })),
  { minLength: 1, maxLength: 300 },
);

const stamp = fc.record({ wall: fc.integer({ min: 0, max: 999_999_999_999_999 }), counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }) });

describe('hlcTick', () => {
  it('stamps strictly increase, by hlcCompare and by encoded string order, whatever the physical clock does', () => {
    fc.assert(
      fc.property(physicalTimes, (times) => {
        let state: HlcState = { wall: 0, counter: 0 };
        let prevEncoded = hlcEncode(state, NODE);
        for (const t of times) {
          const next = hlcTick(state, t);
          const encoded = hlcEncode(next, NODE);
          expect(hlcCompare(next, state)).toBeGreaterThan(0);
          expect(encoded > prevEncoded).toBe(true);
          state = next;
          prevEncoded = encoded;
        }
      }),
    );
  });

  it('never falls behind the largest physical time seen and never runs ahead of it', () => {
    fc.assert(
      fc.property(physicalTimes, (times) => {
        let state: HlcState = { wall: 0, counter: 0 };
        let maxSeen = 0;
        for (const t of times) {
          state = hlcTick(state, t);
          maxSeen = Math.max(maxSeen, t);
          expect(state.wall).toBe(maxSeen);
        }
      }),
    );
  });

  it('goes on through 1,000,000 writes under random clock jumps, stamps strictly increasing, none failing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
        (seed, leadMs, startCounter) => {
          // A stamp once pushed ahead by a wrong clock, near the end of its millisecond's counter.
          let state: HlcState = { wall: BASE + leadMs, counter: startCounter };
          let clock = BASE;
          let rng = seed;
          let maxSeen = state.wall;
          for (let i = 0; i < 1_000_000; i++) {
            rng = (rng * 48_271) % 2_147_483_647;
            const r = rng % 1000;
            // Mostly standing still or ticking, sometimes jumping an hour or a day either way.
            if (r < 2) clock -= 86_400_000;
            else if (r < 4) clock += 3_600_000;
            else if (r < 6) clock -= 3_600_000;
            else if (r < 500) clock += 1;
            const next = hlcTick(state, clock);
            if (!(next.wall > state.wall || (next.wall === state.wall && next.counter > state.counter)))
              throw new Error(`stamp ${i} did not increase`);
            if (next.counter > HLC_MAX_COUNTER) throw new Error(`counter out of range at write ${i}`);
            maxSeen = Math.max(maxSeen, clock);
            state = next;
          }
          // Logical steps only add one millisecond per 65,536 writes past the largest time seen.
          expect(state.wall - maxSeen).toBeLessThanOrEqual(Math.ceil(1_000_000 / (HLC_MAX_COUNTER + 1)) + 1);
        },
      ),
      { numRuns: 4 },
    );
  });

  it('follows wall time again with counter 0 once the physical clock passes the stamp', () => {
    const back = hlcTick({ wall: BASE, counter: 4 }, BASE - 60_000);
    expect(back).toEqual({ wall: BASE, counter: 5 });
    expect(hlcTick(back, BASE + 1)).toEqual({ wall: BASE + 1, counter: 0 });
  });

  it('moves one logical millisecond on instead of wrapping past the largest counter', () => {
    expect(hlcTick({ wall: BASE, counter: HLC_MAX_COUNTER - 1 }, BASE)).toEqual({ wall: BASE, counter: HLC_MAX_COUNTER });
    expect(hlcTick({ wall: BASE, counter: HLC_MAX_COUNTER }, BASE)).toEqual({ wall: BASE + 1, counter: 0 });
    expect(hlcTick({ wall: BASE, counter: HLC_MAX_COUNTER }, BASE - 1000)).toEqual({ wall: BASE + 1, counter: 0 });
    // A later millisecond resets the counter, so no overflow.
    expect(hlcTick({ wall: BASE, counter: HLC_MAX_COUNTER }, BASE + 1)).toEqual({ wall: BASE + 1, counter: 0 });
  });
});

describe('hlcReceive', () => {
  it('produces a stamp after both the local and the remote one, never behind physical time', () => {
    fc.assert(
      fc.property(
        stamp.filter((s) => s.counter < HLC_MAX_COUNTER),
        stamp.filter((s) => s.counter < HLC_MAX_COUNTER),
        fc.integer({ min: 0, max: 999_999_999_999_999 }),
        (local, remote, now) => {
          const merged = hlcReceive(local, remote, now, Number.MAX_SAFE_INTEGER);
          expect(hlcCompare(merged, local)).toBeGreaterThan(0);
          expect(hlcCompare(merged, remote)).toBeGreaterThan(0);
          expect(merged.wall).toBe(Math.max(local.wall, remote.wall, now));
        },
      ),
    );
  });

  it('merges by the rules of the paper', () => {
    // Remote ahead of everything: adopt its wall, one past its counter.
    expect(hlcReceive({ wall: BASE, counter: 3 }, { wall: BASE + 10, counter: 7 }, BASE + 5)).toEqual({ wall: BASE + 10, counter: 8 });
    // Local ahead: keep local wall, one past local counter.
    expect(hlcReceive({ wall: BASE + 10, counter: 3 }, { wall: BASE, counter: 9 }, BASE)).toEqual({ wall: BASE + 10, counter: 4 });
    // Same wall: one past the larger counter.
    expect(hlcReceive({ wall: BASE, counter: 3 }, { wall: BASE, counter: 9 }, BASE - 1)).toEqual({ wall: BASE, counter: 10 });
    // Physical time ahead of both: counter restarts.
    expect(hlcReceive({ wall: BASE, counter: 3 }, { wall: BASE + 1, counter: 9 }, BASE + 2)).toEqual({ wall: BASE + 2, counter: 0 });
  });

  it('moves one logical millisecond on when the merged counter would pass the maximum', () => {
    expect(hlcReceive({ wall: BASE, counter: 0 }, { wall: BASE, counter: HLC_MAX_COUNTER }, BASE)).toEqual({ wall: BASE + 1, counter: 0 });
    expect(hlcReceive({ wall: BASE, counter: HLC_MAX_COUNTER }, { wall: BASE - 1, counter: 0 }, BASE)).toEqual({
      wall: BASE + 1,
      counter: 0,
    });
  });

  it('does not follow a remote stamp further ahead of this clock than the allowed lead', () => {
    const dayAhead = { wall: BASE + 86_400_000, counter: 5 };
    expect(hlcReceive({ wall: BASE, counter: 0 }, dayAhead, BASE)).toEqual({ wall: BASE + HLC_MAX_REMOTE_AHEAD_MS, counter: 1 });
    // Within the lead it is followed exactly.
    expect(hlcReceive({ wall: BASE, counter: 0 }, { wall: BASE + 60_000, counter: 5 }, BASE)).toEqual({ wall: BASE + 60_000, counter: 6 });
  });
});

describe('hlcEncode / hlcDecode', () => {
  it('round-trips wall, counter and node id, including node ids with dashes', () => {
    fc.assert(
      fc.property(
        stamp,
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\n\r]/.test(s)),
        (s, node) => {
          expect(hlcDecode(hlcEncode(s, node))).toEqual({ ...s, node });
        },
      ),
    );
    expect(hlcDecode(hlcEncode({ wall: BASE, counter: 0xab }, NODE))).toEqual({ wall: BASE, counter: 0xab, node: NODE });
  });

  it('sorts as strings exactly as hlcCompare orders the stamps', () => {
    // Two independent stamps almost never share a wall time, yet then the counter alone decides the
    // order (and equal stamps must compare equal): most pairs are drawn to share it.
    const counter = fc.oneof(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: HLC_MAX_COUNTER }));
    const sameWall = fc.tuple(stamp, counter).map(([a, c]): [HlcState, HlcState] => [a, { wall: a.wall, counter: c }]);
    const nearby = fc.record({ wall: fc.integer({ min: BASE, max: BASE + 2 }), counter });
    let sharedWall = 0;
    fc.assert(
      fc.property(fc.oneof(fc.tuple(stamp, stamp), sameWall, fc.tuple(nearby, nearby)), ([a, b]) => {
        if (a.wall === b.wall) sharedWall++;
        const ea = hlcEncode(a, NODE);
        const eb = hlcEncode(b, NODE);
        // Plain code-unit order: what Array.prototype.sort and SQLite's BINARY collation use.
        expect(ea < eb ? -1 : ea > eb ? 1 : 0).toBe(Math.sign(hlcCompare(a, b)));
      }),
      { numRuns: 300 },
    );
    expect(sharedWall).toBeGreaterThan(60);
  });

  it('breaks ties between equal stamps by node id', () => {
    const s = { wall: BASE, counter: 1 };
    expect(hlcEncode(s, 'node-a') < hlcEncode(s, 'node-b')).toBe(true);
  });

  it('rejects text that is not a stamp', () => {
    expect(() => hlcDecode('')).toThrow(/Not an HLC stamp/);
    expect(() => hlcDecode('1773000000000-0001-node')).toThrow(/Not an HLC stamp/);
    expect(() => hlcDecode(`${BASE.toString().padStart(15, '0')}-00g1-node`)).toThrow(/Not an HLC stamp/);
    expect(() => hlcDecode(`${BASE.toString().padStart(15, '0')}-0001-`)).toThrow(/Not an HLC stamp/);
  });
});
