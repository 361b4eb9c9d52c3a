import { randomInt } from 'node:crypto';
import type { Device } from '../../../shared/api/schemas';

const PAIRING_TTL_MS = 10 * 60_000;
/** Wrong codes one sender may try within the window before it must wait. */
const MAX_FAILURES_PER_SOURCE = 10;
const FAILURE_WINDOW_MS = 10 * 60_000;
/** How long a sender waits after too many wrong codes; attempts meanwhile do not extend it. */
const LOCKOUT_MS = 10 * 60_000;
/** Senders remembered at once; the oldest is forgotten first, so memory stays bounded under a flood. */
const MAX_SOURCES = 1000;
/**
 * Wrong codes from all senders together within the window that void every code already handed out:
 * many addresses guessing at once could otherwise find a live 6-digit code. A code the admin creates
 * after that works as usual.
 */
const MAX_FAILURES_WARD_WIDE = 200;

export interface PendingPairing {
  role: Device['role'];
  counterNumber: number | null;
  counterId: string | null;
  deviceName: string;
  expiresAt: number;
}

export type PairingAttempt =
  { ok: true; pairing: PendingPairing } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; retryAfterMs: number };

interface SourceRecord {
  failures: number[];
  lockedUntil: number;
}

/** One-time pairing codes. They live in memory only: a restart simply voids them. */
export class PairingCodes {
  private readonly pending = new Map<string, PendingPairing>();
  private readonly sources = new Map<string, SourceRecord>();
  private wardWideFailures: number[] = [];

  create(pairing: Omit<PendingPairing, 'expiresAt'>, now: number): { code: string; expiresAt: number } {
    this.dropExpired(now);
    let code: string;
    do code = randomInt(0, 1_000_000).toString().padStart(6, '0');
    while (this.pending.has(code));
    const expiresAt = now + PAIRING_TTL_MS;
    this.pending.set(code, { ...pairing, expiresAt });
    return { code, expiresAt };
  }

  /** Uses up the code if it is right and the sender may try; a wrong code counts against the sender only. */
  take(code: string, now: number, source: string): PairingAttempt {
    this.dropExpired(now);
    const record = this.sources.get(source);
    if (record && record.lockedUntil > now) return { ok: false, reason: 'locked', retryAfterMs: record.lockedUntil - now };
    const pairing = this.pending.get(code);
    if (pairing) {
      this.pending.delete(code);
      return { ok: true, pairing };
    }
    this.countFailure(source, record, now);
    return { ok: false, reason: 'invalid' };
  }

  /** Senders currently remembered: bounded, whatever arrives. */
  get trackedSources(): number {
    return this.sources.size;
  }

  private countFailure(source: string, known: SourceRecord | undefined, now: number): void {
    const record = known ?? { failures: [], lockedUntil: 0 };
    record.failures = record.failures.filter((t) => t > now - FAILURE_WINDOW_MS);
    record.failures.push(now);
    if (record.failures.length >= MAX_FAILURES_PER_SOURCE) {
      record.lockedUntil = now + LOCKOUT_MS;
      record.failures = [];
    }
    // Re-inserted so the Map's order is least recently seen first.
    this.sources.delete(source);
    this.sources.set(source, record);
    if (this.sources.size > MAX_SOURCES) this.sources.delete(this.sources.keys().next().value!);

    this.wardWideFailures = this.wardWideFailures.filter((t) => t > now - FAILURE_WINDOW_MS);
    this.wardWideFailures.push(now);
    if (this.wardWideFailures.length >= MAX_FAILURES_WARD_WIDE) {
      this.pending.clear();
      this.wardWideFailures = [];
    }
  }

  private dropExpired(now: number): void {
    for (const [code, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(code);
  }
}
