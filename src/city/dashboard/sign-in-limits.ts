// Limits on dashboard sign-in: too many failures from one sender, or against the one administrator
// account from anywhere, lock sign-in for a while. Counted in PostgreSQL so every city copy enforces
// the same lock, and checked before the password is hashed, so a locked sign-in costs no scrypt run.
import type { CityDb, Queryable } from '../db/adapter';

export interface SignInLimits {
  /** Failures from one sender address within `windowMs` that lock that sender. */
  perSender: number;
  /** Failures from all senders together within `windowMs` that lock the administrator account. */
  perAccount: number;
  windowMs: number;
  lockMs: number;
}

// Five tries per sender is more than a person mistyping needs; the account limit is higher so that
// one noisy sender does not lock the administrator out, but a spread-out guessing run still stops.
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perSender: 5, perAccount: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type Attempt = { allowed: true } | { allowed: false; retryAfterMs: number };

const ACCOUNT_KEY = 'account';
const senderKey = (address: string) => `sender:${address}`;

type LimitRow = {
  failures: number;
  window_start: Date;
  locked_until: Date | null;
};

async function charge(tx: Queryable, key: string, limit: number, limits: SignInLimits, at: Date): Promise<Date | null> {
  // The no-op update locks the row to the end of the transaction and returns it even when a concurrent
  // clean-up has just deleted it.
  const [row] = await tx.query<LimitRow>(
    `INSERT INTO dashboard_sign_in_limits (key, failures, window_start) VALUES ($1, 0, $2)
     ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING failures, window_start, locked_until`,
    [key, at],
  );
  if (row!.locked_until && row!.locked_until > at) return row!.locked_until;
  const fresh = row!.locked_until !== null || row!.window_start.getTime() <= at.getTime() - limits.windowMs;
  const failures = fresh ? 1 : row!.failures + 1;
  const lockedUntil = failures >= limit ? new Date(at.getTime() + limits.lockMs) : null;
  await tx.query('UPDATE dashboard_sign_in_limits SET failures = $2, window_start = $3, locked_until = $4 WHERE key = $1', [
    key,
    failures,
    fresh ? at : row!.window_start,
    lockedUntil,
  ]);
  return null;
}

/**
 * Counts this try as a failure up front (a concurrent burst cannot slip past the limit while its
 * passwords are being hashed), or refuses it when the sender or the account is locked. A try that
 * reaches the limit still runs: the lock applies from the next one.
 */
export async function beginSignIn(db: CityDb, sender: string, limits: SignInLimits, at: Date): Promise<Attempt> {
  const lockedUntil = await db.transaction(async (tx) => {
    // Always the sender's row first, then the account's, so two concurrent tries cannot deadlock; a
    // locked sender's refused tries do not count against the account, so one sender cannot lock it.
    const own = await charge(tx, senderKey(sender), limits.perSender, limits, at);
    return own ?? (await charge(tx, ACCOUNT_KEY, limits.perAccount, limits, at));
  });
  return lockedUntil ? { allowed: false, retryAfterMs: lockedUntil.getTime() - at.getTime() } : { allowed: true };
}

/**
 * The right password clears the failures counted against this sender and the account, and forgets
 * every other sender whose window and lock are over, so guesses from many addresses leave no rows behind.
 */
export async function signInSucceeded(db: CityDb, sender: string, limits: SignInLimits, at: Date): Promise<void> {
  await db.query(
    `DELETE FROM dashboard_sign_in_limits WHERE key = ANY($1::text[])
       OR (window_start <= $2 AND (locked_until IS NULL OR locked_until <= $3))`,
    [[ACCOUNT_KEY, senderKey(sender)], new Date(at.getTime() - limits.windowMs), at],
  );
}
