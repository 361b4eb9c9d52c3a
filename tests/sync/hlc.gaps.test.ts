import { describe, expect, it } from 'vitest';
import { hlcCompare, hlcDecode, hlcEncode, hlcReceive } from '../../src/shared/clock/hlc';

// Gaps mutation testing found in the hybrid logical clock (docs/testing.md): each test pins a rule
// the property tests in hlc.test.ts would let a broken clock through.

const BASE = 1_773_000_000_000; // March 2026
const FIVE_MINUTES = 300_000;
const STAMP = '001773000000000-0001-node-a';

describe('hlcCompare', () => {
  it('orders two stamps of the same millisecond by their counter', () => {
    expect(hlcCompare({ wall: BASE, counter: 1 }, { wall: BASE, counter: 2 })).toBeLessThan(0);
    expect(hlcCompare({ wall: BASE, counter: 2 }, { wall: BASE, counter: 1 })).toBeGreaterThan(0);
    expect(hlcCompare({ wall: BASE, counter: 0 }, { wall: BASE, counter: 0xffff })).toBeLessThan(0);
    expect(hlcCompare({ wall: BASE, counter: 7 }, { wall: BASE, counter: 7 })).toBe(0);
  });

  it('lets the wall time decide whatever the counters say', () => {
    expect(hlcCompare({ wall: BASE, counter: 0xffff }, { wall: BASE + 1, counter: 0 })).toBeLessThan(0);
    expect(hlcCompare({ wall: BASE + 1, counter: 0 }, { wall: BASE, counter: 0xffff })).toBeGreaterThan(0);
  });

  it('sorts a shuffled list of stamps into clock order', () => {
    const stamps = [
      { wall: BASE + 1, counter: 0 },
      { wall: BASE, counter: 3 },
      { wall: BASE, counter: 0 },
      { wall: BASE + 1, counter: 2 },
      { wall: BASE, counter: 1 },
    ];
    expect([...stamps].sort(hlcCompare)).toEqual([
      { wall: BASE, counter: 0 },
      { wall: BASE, counter: 1 },
      { wall: BASE, counter: 3 },
      { wall: BASE + 1, counter: 0 },
      { wall: BASE + 1, counter: 2 },
    ]);
  });
});

describe('hlcReceive', () => {
  it('takes the counter of the remote stamp alone when the remote wall is ahead, even if the local counter is larger', () => {
    expect(hlcReceive({ wall: BASE, counter: 9 }, { wall: BASE + 10, counter: 2 }, BASE)).toEqual({ wall: BASE + 10, counter: 3 });
    // And the local counter alone when the local wall is ahead, even if the remote counter is larger.
    expect(hlcReceive({ wall: BASE + 10, counter: 2 }, { wall: BASE, counter: 9 }, BASE)).toEqual({ wall: BASE + 10, counter: 3 });
  });

  it('follows a remote stamp exactly five minutes ahead of this clock, and clamps one a millisecond further', () => {
    expect(hlcReceive({ wall: BASE, counter: 0 }, { wall: BASE + FIVE_MINUTES, counter: 4 }, BASE)).toEqual({
      wall: BASE + FIVE_MINUTES,
      counter: 5,
    });
    expect(hlcReceive({ wall: BASE, counter: 0 }, { wall: BASE + FIVE_MINUTES + 1, counter: 4 }, BASE)).toEqual({
      wall: BASE + FIVE_MINUTES,
      counter: 1,
    });
    // The lead is measured from this PC's clock, not from the last stamp.
    expect(hlcReceive({ wall: BASE, counter: 0 }, { wall: BASE + 60_000 + FIVE_MINUTES, counter: 4 }, BASE + 60_000)).toEqual({
      wall: BASE + 60_000 + FIVE_MINUTES,
      counter: 5,
    });
  });
});

describe('hlcDecode', () => {
  it('reads a stamp written by hlcEncode', () => {
    expect(hlcEncode({ wall: BASE, counter: 1 }, 'node-a')).toBe(STAMP);
    expect(hlcDecode(STAMP)).toEqual({ wall: BASE, counter: 1, node: 'node-a' });
  });

  it('refuses text before the stamp or a second line after it, which a stamp never has', () => {
    expect(() => hlcDecode(`x${STAMP}`)).toThrow(/Not an HLC stamp/);
    expect(() => hlcDecode(`9${STAMP}`)).toThrow(/Not an HLC stamp/);
    expect(() => hlcDecode(`${STAMP}\nDROP TABLE outbox`)).toThrow(/Not an HLC stamp/);
  });
});
