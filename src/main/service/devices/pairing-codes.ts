import { randomInt } from 'node:crypto';
import type { Device } from '../../../shared/api/schemas';

const PAIRING_TTL_MS = 10 * 60_000;
/** Wrong codes allowed per window before pairing pauses: a 6-digit code must not be guessable. */
const MAX_FAILED_PAIRINGS = 10;
const FAILED_WINDOW_MS = 10 * 60_000;

export interface PendingPairing {
  role: Device['role'];
  counterNumber: number | null;
  counterId: string | null;
  deviceName: string;
  expiresAt: number;
}

/** One-time pairing codes. They live in memory only: a restart simply voids them. */
export class PairingCodes {
  private readonly pending = new Map<string, PendingPairing>();
  private failures: number[] = [];

  create(pairing: Omit<PendingPairing, 'expiresAt'>, now: number): { code: string; expiresAt: number } {
    this.dropExpired(now);
    let code: string;
    do code = randomInt(0, 1_000_000).toString().padStart(6, '0');
    while (this.pending.has(code));
    const expiresAt = now + PAIRING_TTL_MS;
    this.pending.set(code, { ...pairing, expiresAt });
    return { code, expiresAt };
  }

  /** The pairing the code stands for, used up; undefined for a wrong or expired code. */
  take(code: string, now: number): PendingPairing | undefined {
    this.dropExpired(now);
    this.failures = this.failures.filter((t) => t > now - FAILED_WINDOW_MS);
    const pairing = this.failures.length < MAX_FAILED_PAIRINGS ? this.pending.get(code) : undefined;
    if (!pairing) {
      this.failures.push(now);
      return undefined;
    }
    this.pending.delete(code);
    return pairing;
  }

  private dropExpired(now: number): void {
    for (const [code, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(code);
  }
}
