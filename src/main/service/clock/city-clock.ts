import os from 'node:os';

// The ward's clock for everything it dates (ticket days and numbers, dossier codes, reception and due
// dates, stored instants, the day summary): the PC's clock, corrected by the city's once the city has
// answered in this process (issue 21 §4). A PC set a day ahead would otherwise file a day's work under
// tomorrow, and print it. Durations (sign-in lock-outs, pairing codes, token renewal) keep the PC's
// clock: a correction must not lengthen or cut them.

/** Below this the PC's clock is used as it is: an offset that small is network delay or harmless drift. */
export const CORRECTION_MIN_MS = 2 * 60_000;
/** The PC's clock moved this much against the elapsed time since the city's last answer: it was set. */
const CLOCK_SET_MS = 60_000;

/** What a module that dates things needs: the corrected time, and whether the city's time is known. */
export interface DatingClock {
  now(): Date;
  knowsCityTime(): boolean;
}

/**
 * Time since the PC booted, sleep included (os.uptime: /proc/uptime on Linux, the system up time on Windows). A process's
 * monotonic clock (performance.now) stops while the PC sleeps: after a night asleep with the app open,
 * the PC's clock would seem to have been set 14 hours ahead, and the morning's work dated last evening.
 */
export function sinceBootMs(): number {
  return os.uptime() * 1000;
}

interface Heard {
  serverMs: number;
  pcMs: number;
  monotonicMs: number;
}

export class CityClock implements DatingClock {
  private heard: Heard | null = null;

  constructor(
    readonly pcNow: () => Date,
    private readonly monotonicMs: () => number = sinceBootMs,
  ) {}

  /** A city answer's time, with the PC's clock when it arrived. */
  noteServerTime(serverMs: number, pcMs: number): void {
    this.heard = { serverMs, pcMs, monotonicMs: this.monotonicMs() };
  }

  /**
   * Whether the city's time is known: it answered since this process started. Not before: an offset
   * saved by an earlier run may be stale (the clock may have been set while the app was closed).
   */
  knowsCityTime(): boolean {
    return this.heard !== null;
  }

  readonly now = (): Date => {
    const pc = this.pcNow();
    const city = this.cityMs(pc.getTime());
    return city !== null && Math.abs(city - pc.getTime()) > CORRECTION_MIN_MS ? new Date(city) : pc;
  };

  /**
   * The city's time now: the PC's clock plus the last offset, or, when the PC's clock was set since
   * that answer (it moved unlike the elapsed time), the city's time then plus the elapsed time.
   */
  private cityMs(pcMs: number): number | null {
    const h = this.heard;
    if (!h) return null;
    const elapsed = this.monotonicMs() - h.monotonicMs;
    const clockWasSet = Math.abs(pcMs - h.pcMs - elapsed) > CLOCK_SET_MS;
    return clockWasSet ? h.serverMs + elapsed : pcMs + (h.serverMs - h.pcMs);
  }
}
