// A ward PC whose clock runs ahead must not win every last-writer-wins comparison (sync research §4.1,
// §6.6): its stamps are compared as if made no later than the server's clock plus a tolerance.
import { hlcDecode, hlcEncode } from '../clock/hlc';

export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** The stamp to compare with: unchanged unless its physical part is beyond `serverNowMs + maxAheadMs`. */
export function clampHlc(encoded: string, serverNowMs: number, maxAheadMs = MAX_CLOCK_AHEAD_MS): string {
  const stamp = hlcDecode(encoded);
  const limit = serverNowMs + maxAheadMs;
  return stamp.wall <= limit ? encoded : hlcEncode({ wall: limit, counter: stamp.counter }, stamp.node);
}
