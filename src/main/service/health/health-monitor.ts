import type { WardHealth } from '../../../shared/api/schemas';
import { healthText } from '../../../shared/i18n/vi/common';
import { clockOffText } from '../../../shared/i18n/vi/sync';

type ProblemCode = WardHealth['problems'][number]['code'];

/** A PC clock more than this far behind the last write is reported: small NTP corrections are not. */
export const CLOCK_BACK_TOLERANCE_MS = 2 * 60_000;

/**
 * What is wrong with the ward service right now. Problems are noticed where they happen (a write that
 * hit a full disk, a clock behind the last stamp) and cleared by the next write that succeeds, so the
 * banner goes away by itself when IT frees space or fixes the clock.
 */
export class HealthMonitor {
  private readonly problems = new Map<ProblemCode, { since: string; minutes?: number }>();
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(code: ProblemCode, now: Date, minutes?: number): void {
    const known = this.problems.get(code);
    if (known && known.minutes === minutes) return;
    this.problems.set(code, { since: known?.since ?? now.toISOString(), ...(minutes ? { minutes } : {}) });
    this.changed();
  }

  clear(...codes: ProblemCode[]): void {
    let any = false;
    for (const code of codes) any = this.problems.delete(code) || any;
    if (any) this.changed();
  }

  /** After a write: the clock is behind when the stamp had to stay ahead of it. */
  noteClock(now: Date, lastStampWall: number): void {
    const behind = lastStampWall - now.getTime();
    if (behind > CLOCK_BACK_TOLERANCE_MS) this.report('clock_went_back', now, Math.round(behind / 60_000));
    else this.clear('clock_went_back');
  }

  health(): WardHealth {
    const problems = [...this.problems].map(([code, p]) => ({
      code,
      since: p.since,
      message: messageOf(code, p.minutes ?? 0),
    }));
    return { status: problems.length ? 'degraded' : 'ok', problems };
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function messageOf(code: ProblemCode, minutes: number): string {
  if (code === 'clock_went_back') return healthText.clock_went_back(minutes);
  // Off from the city's clock, either way: sync reports it from every city answer.
  if (code === 'clock_off') return clockOffText(minutes);
  return healthText[code];
}
