import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Device } from '../../../shared/api/schemas';
import type { ClerkAccess } from '../accounts/clerk-access';
import { SESSION_TOKEN_PREFIX } from '../accounts/sessions';
import { LOCAL_CALLER, type Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

/**
 * Who a token belongs to. The local renderer's token is made at launch and lives only in memory;
 * paired devices' tokens are stored as SHA-256 hashes, so the database never holds a usable token.
 */
export class DeviceAuth {
  readonly localToken = randomBytes(32).toString('base64url');
  /** Last request per device: shown in Settings, not worth a write per request. */
  readonly lastSeen = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly clerks: ClerkAccess,
  ) {}

  /**
   * A device token gives the device; a clerk session's token gives its device (which must still be
   * valid: a revoked counter's sessions die with it) with the clerk signed in on it.
   */
  authenticate(token: string): Caller | null {
    if (token.startsWith(SESSION_TOKEN_PREFIX)) {
      const session = this.clerks.sessions.find(token);
      if (!session) return null;
      const device = session.deviceKey === 'local' ? LOCAL_CALLER : this.pairedDevice(session.deviceKey.slice('device:'.length));
      return device ? this.clerks.withSession(device, session) : null;
    }
    if (safeEqual(token, this.localToken)) return LOCAL_CALLER;
    // A counter device acts for its counter's current number: desks can be renumbered after pairing.
    const row = stmt(
      this.db,
      `SELECT d.id, d.name, d.role, c.number AS counter_number FROM devices d LEFT JOIN counters c ON c.id = d.counter_id
       WHERE d.token_hash = ? AND d.revoked_at IS NULL`,
    ).get(tokenHash(token)) as DeviceRow | undefined;
    return this.seen(row);
  }

  private pairedDevice(id: string): Caller | null {
    const row = stmt(
      this.db,
      `SELECT d.id, d.name, d.role, c.number AS counter_number FROM devices d LEFT JOIN counters c ON c.id = d.counter_id
       WHERE d.id = ? AND d.revoked_at IS NULL`,
    ).get(id) as DeviceRow | undefined;
    return this.seen(row);
  }

  private seen(row: DeviceRow | undefined): Caller | null {
    if (!row || (row.role === 'counter' && row.counter_number === null)) return null;
    this.lastSeen.set(row.id, this.now().toISOString());
    return { role: row.role, counterNumber: row.counter_number, deviceId: row.id, deviceName: row.name };
  }
}

interface DeviceRow {
  id: string;
  name: string;
  role: Device['role'];
  counter_number: number | null;
}

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
