import type { Clerk, SessionState } from '../../../shared/api/accounts';
import type { AccessSubject } from '../../../shared/api/access';
import { ApiError } from '../api-error';
import { deviceKeyOf, type Caller } from '../caller';
import type { Db } from '../db/open-database';
import { accountText } from '../../../shared/i18n/vi/accounts';
import { signedIn } from './commands';
import { clerkRowByUsername, hasAnyClerk, readIdleLockMinutes, toClerk } from './reads';
import { verifySecret, type SecretHasher } from './secret-hash';
import { SessionStore, type Session } from './sessions';
import { SignInLimits } from './sign-in-limits';
import type { AuditLog } from './audit-log';

// Who is signed in where, and whether they may act now: the sessions, the idle lock, the lock-out of
// wrong secrets. The transport asks `subject` for every request: memory only, no database round trip.

export class ClerkAccess {
  readonly sessions: SessionStore;
  private readonly limits = new SignInLimits();
  private idleMinutes: number;
  private firstAdminNeeded: boolean;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date,
    private readonly secrets: SecretHasher,
  ) {
    this.idleMinutes = readIdleLockMinutes(db);
    this.firstAdminNeeded = !hasAnyClerk(db);
    this.sessions = new SessionStore(now, () => this.idleMinutes);
  }

  get idleLockMinutes(): number {
    return this.idleMinutes;
  }

  set idleLockMinutes(minutes: number) {
    this.idleMinutes = minutes;
  }

  get needsFirstAdmin(): boolean {
    return this.firstAdminNeeded;
  }

  firstAdminCreated(): void {
    this.firstAdminNeeded = false;
  }

  /** The caller as the access rule sees it: its device role and its clerk's session, if any. */
  subject(caller: Caller): AccessSubject {
    const session = caller.sessionId ? this.sessions.get(caller.sessionId) : null;
    if (!session) return { role: caller.role, clerk: null };
    return {
      role: caller.role,
      clerk: { role: session.clerk.role, locked: this.sessions.isLocked(session), mustChangeSecret: session.mustChangeSecret },
    };
  }

  /** The caller of a session's device, with the session's clerk. */
  withSession(device: Caller, session: Session): Caller {
    return { ...device, clerk: session.clerk, sessionId: session.id };
  }

  state(session: Session): SessionState {
    return {
      clerk: session.clerk,
      locked: this.sessions.isLocked(session),
      mustChangeSecret: session.mustChangeSecret,
      idleLockMinutes: this.idleMinutes,
    };
  }

  sessionOf(caller: Caller): Session {
    const session = caller.sessionId ? this.sessions.get(caller.sessionId) : null;
    if (!session) throw new ApiError('sign_in_required');
    return session;
  }

  /**
   * Checks a username and secret, counting a wrong one against the account and the sending device.
   * An unknown username costs the same scrypt run as a known one, so timing does not reveal accounts.
   */
  async checkSecret(caller: Caller, username: string, secret: string): Promise<Clerk> {
    const sender = deviceKeyOf(caller);
    this.refuseWhileLockedOut(caller, username, sender);
    const row = clerkRowByUsername(this.db, username);
    const right = await verifySecret(secret, row?.secret_hash ?? this.secrets.unknownUserHash);
    if (!right || !row || row.active !== 1) {
      this.limits.failed(username, sender, this.now().getTime());
      this.audit.refused(caller, 'signIn', 'sign_in_failed', row?.id ?? null);
      throw new ApiError('sign_in_failed');
    }
    this.limits.succeeded(username);
    return toClerk(row);
  }

  /** The locked session's own clerk types their secret again; a wrong one counts like a wrong sign-in. */
  async unlock(caller: Caller, secret: string): Promise<Session> {
    const session = this.sessionOf(caller);
    await this.checkSecret(caller, session.clerk.username, secret);
    this.sessions.unlock(session);
    return session;
  }

  signIn(caller: Caller, clerk: Clerk): { token: string; session: Session } {
    return this.sessions.open(signedIn(clerk), deviceKeyOf(caller), clerk.mustChangeSecret);
  }

  private refuseWhileLockedOut(caller: Caller, username: string, sender: string): void {
    const waitMs = this.limits.waitFor(username, sender, this.now().getTime());
    if (waitMs <= 0) return;
    this.audit.refused(caller, 'signIn', 'sign_in_locked', null);
    throw new ApiError('sign_in_locked', accountText.retryInMinutes(Math.ceil(waitMs / 60_000)));
  }
}
