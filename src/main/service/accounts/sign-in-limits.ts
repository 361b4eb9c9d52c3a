// Wrong secrets are counted per account and, separately, per sending device: five within 10 minutes
// lock that account (or that device) for 5 minutes. Never ward-wide: one clerk mistyping, or one
// device guessing, must not stop the other counters from signing in.

const MAX_FAILURES = 5;
const WINDOW_MS = 10 * 60_000;
const LOCKOUT_MS = 5 * 60_000;
/** Keys remembered at once per kind; the least recently seen is forgotten first, so a flood stays bounded. */
const MAX_KEYS = 1000;

interface Record {
  failures: number[];
  lockedUntil: number;
}

class FailureCounter {
  private readonly records = new Map<string, Record>();

  lockedFor(key: string, now: number): number {
    const until = this.records.get(key)?.lockedUntil ?? 0;
    return until > now ? until - now : 0;
  }

  fail(key: string, now: number): void {
    const record = this.records.get(key) ?? { failures: [], lockedUntil: 0 };
    record.failures = record.failures.filter((t) => t > now - WINDOW_MS);
    record.failures.push(now);
    if (record.failures.length >= MAX_FAILURES) {
      record.lockedUntil = now + LOCKOUT_MS;
      record.failures = [];
    }
    this.records.delete(key);
    this.records.set(key, record);
    if (this.records.size > MAX_KEYS) this.records.delete(this.records.keys().next().value!);
  }

  clear(key: string): void {
    this.records.delete(key);
  }
}

export class SignInLimits {
  private readonly accounts = new FailureCounter();
  private readonly senders = new FailureCounter();

  /** Milliseconds until this account may try again from this sender; 0 when it may now. */
  waitFor(username: string, sender: string, now: number): number {
    return Math.max(this.accounts.lockedFor(username, now), this.senders.lockedFor(sender, now));
  }

  failed(username: string, sender: string, now: number): void {
    this.accounts.fail(username, now);
    this.senders.fail(sender, now);
  }

  /** A right secret forgets the account's earlier slips; the sender's stay counted. */
  succeeded(username: string): void {
    this.accounts.clear(username);
  }
}
