// Hybrid logical clock (Kulkarni et al. 2014): stamps that never go backwards even when the PC
// clock is set back, yet stay close to wall time. Sync uses them to order concurrent edits.

export interface HlcState {
  /** Largest physical time seen, in ms since the epoch (or one logical step past it). */
  wall: number;
  /** Events within the same `wall` millisecond. */
  counter: number;
}

export const HLC_MAX_COUNTER = 0xffff;

/**
 * How far ahead of this PC's clock a remote stamp may pull ours. A peer whose clock is a month ahead
 * must not drag every later local stamp a month into the future (sync-research §4.1).
 */
export const HLC_MAX_REMOTE_AHEAD_MS = 5 * 60_000;

/**
 * Advance the clock for a local event. Pure: returns the new state, which is also the event's stamp.
 * It never fails: when a millisecond's counter is used up (a clock once set ahead leaves the stamp
 * waiting for wall time to catch up) the stamp moves one logical millisecond on, so writes go on and
 * stamps still strictly increase.
 */
export function hlcTick(prev: HlcState, physicalNow: number): HlcState {
  if (physicalNow > prev.wall) return { wall: physicalNow, counter: 0 };
  return next(prev.wall, prev.counter + 1);
}

/** Merge a remote stamp (receive event); a remote wall beyond the allowed lead is clamped to it. */
export function hlcReceive(prev: HlcState, remote: HlcState, physicalNow: number, maxRemoteAheadMs = HLC_MAX_REMOTE_AHEAD_MS): HlcState {
  const limit = physicalNow + maxRemoteAheadMs;
  const r = remote.wall > limit ? { wall: limit, counter: 0 } : remote;
  const wall = Math.max(prev.wall, r.wall, physicalNow);
  if (wall === prev.wall && wall === r.wall) return next(wall, Math.max(prev.counter, r.counter) + 1);
  if (wall === prev.wall) return next(wall, prev.counter + 1);
  if (wall === r.wall) return next(wall, r.counter + 1);
  return { wall, counter: 0 };
}

function next(wall: number, counter: number): HlcState {
  return counter > HLC_MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter };
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
