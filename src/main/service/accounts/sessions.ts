import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { SignedInClerk } from '../../../shared/api/accounts';

// Clerk sessions live in memory only: a restart of the ward service signs every clerk out, as it
// already voids the hub PC's launch token. A session is bound to the device it was opened from; its
// token, sent as the bearer token, stands for that device and that clerk together.

/** Session tokens carry this prefix so the transport knows, before any lookup, what it holds. */
export const SESSION_TOKEN_PREFIX = 's.';

export interface Session {
  id: string;
  clerk: SignedInClerk;
  /** 'local' for the hub PC, 'device:<id>' for a paired counter. */
  deviceKey: string;
  mustChangeSecret: boolean;
  /** The last sign of the clerk at work (sign-in, unlock, a key or click reported by the page). */
  lastActivityMs: number;
}

export class SessionStore {
  private readonly byTokenHash = new Map<string, Session>();
  private readonly byId = new Map<string, Session>();

  constructor(
    private readonly now: () => Date,
    private readonly idleLockMinutes: () => number,
  ) {}

  open(clerk: SignedInClerk, deviceKey: string, mustChangeSecret: boolean): { token: string; session: Session } {
    const token = SESSION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const session: Session = { id: uuidv7(), clerk, deviceKey, mustChangeSecret, lastActivityMs: this.now().getTime() };
    this.byTokenHash.set(hash(token), session);
    this.byId.set(session.id, session);
    return { token, session };
  }

  find(token: string): Session | null {
    return this.byTokenHash.get(hash(token)) ?? null;
  }

  get(sessionId: string): Session | null {
    return this.byId.get(sessionId) ?? null;
  }

  isLocked(session: Session): boolean {
    return this.now().getTime() - session.lastActivityMs >= this.idleLockMinutes() * 60_000;
  }

  /** Postpones the idle lock; a locked session stays locked until its clerk's secret opens it. */
  touch(session: Session): void {
    if (!this.isLocked(session)) session.lastActivityMs = this.now().getTime();
  }

  unlock(session: Session): void {
    session.lastActivityMs = this.now().getTime();
  }

  close(sessionId: string): void {
    this.closeWhere((s) => s.id === sessionId);
  }

  /** Every session of a clerk whose account changed under them (role, deactivation, reset secret). */
  closeClerk(clerkId: string): void {
    this.closeWhere((s) => s.clerk.id === clerkId);
  }

  /** A revoked device's sessions end with it. */
  closeDevice(deviceKey: string): void {
    this.closeWhere((s) => s.deviceKey === deviceKey);
  }

  /** The clerk's new name reaches the sessions already open. */
  renamed(clerk: SignedInClerk): void {
    for (const session of this.byId.values()) if (session.clerk.id === clerk.id) session.clerk = clerk;
  }

  private closeWhere(match: (session: Session) => boolean): void {
    for (const [key, session] of this.byTokenHash)
      if (match(session)) {
        this.byTokenHash.delete(key);
        this.byId.delete(session.id);
      }
  }

  secretChanged(clerkId: string): void {
    for (const session of this.byId.values()) if (session.clerk.id === clerkId) session.mustChangeSecret = false;
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
