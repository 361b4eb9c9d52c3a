// Hybrid logical clock (Kulkarni et al. 2014): stamps that never go backwards even when the PC
// clock is set back, yet stay close to wall time. Sync uses them to order concurrent edits.

export interface HlcState {
  /** Largest physical time seen, in ms since the epoch. */
  wall: number;
  /** Events within the same `wall` millisecond. */
  counter: number;
}

export const HLC_MAX_COUNTER = 0xffff;

export class HlcOverflowError extends Error {
  constructor() {
    super('HLC counter overflow: more than 65535 events in one millisecond');
  }
}

/** Advance the clock for a local event. Pure: returns the new state, which is also the event's stamp. */
export function hlcTick(prev: HlcState, physicalNow: number): HlcState {
  if (physicalNow > prev.wall) return { wall: physicalNow, counter: 0 };
  const counter = prev.counter + 1;
  if (counter > HLC_MAX_COUNTER) throw new HlcOverflowError();
  return { wall: prev.wall, counter };
}

/** Merge a remote stamp (receive event). */
export function hlcReceive(prev: HlcState, remote: HlcState, physicalNow: number): HlcState {
  const wall = Math.max(prev.wall, remote.wall, physicalNow);
  let counter: number;
  if (wall === prev.wall && wall === remote.wall) counter = Math.max(prev.counter, remote.counter) + 1;
  else if (wall === prev.wall) counter = prev.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > HLC_MAX_COUNTER) throw new HlcOverflowError();
  return { wall, counter };
}

/** A string that sorts in clock order: 15-digit ms, 4 hex digits of counter, then the node id as tie-break. */
export function hlcEncode(stamp: HlcState, nodeId: string): string {
  return `${stamp.wall.toString().padStart(15, '0')}-${stamp.counter.toString(16).padStart(4, '0')}-${nodeId}`;
}

export function hlcDecode(encoded: string): HlcState & { node: string } {
  const match = /^(\d{15})-([0-9a-f]{4})-(.+)$/.exec(encoded);
  if (!match) throw new Error(`Not an HLC stamp: ${encoded}`);
  return { wall: Number(match[1]), counter: parseInt(match[2]!, 16), node: match[3]! };
}

export function hlcCompare(a: HlcState, b: HlcState): number {
  return a.wall !== b.wall ? a.wall - b.wall : a.counter - b.counter;
}
