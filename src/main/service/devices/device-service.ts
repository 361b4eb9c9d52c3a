import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Device } from '../../../shared/api/schemas';
import { ApiError } from '../api-error';
import { actorOf, LOCAL_CALLER, type Caller } from '../caller';
import type { Db } from '../db/open-database';
import { inTransaction, stmt } from '../db/statements';
import { appendOutbox } from '../sync/outbox';

const PAIRING_TTL_MS = 10 * 60_000;
/** Wrong codes allowed per window before pairing pauses: a 6-digit code must not be guessable. */
const MAX_FAILED_PAIRINGS = 10;
const FAILED_WINDOW_MS = 10 * 60_000;

interface PendingPairing {
  role: Device['role'];
  counterNumber: number | null;
  deviceName: string;
  expiresAt: number;
}

interface DeviceRow {
  id: string;
  name: string;
  role: Device['role'];
  counter_number: number | null;
  paired_at: string;
  revoked_at: string | null;
}

/**
 * Tokens: the local renderer's is made at launch and lives only in memory; paired devices' are
 * stored as SHA-256 hashes. Pairing codes live in memory too: a restart simply voids them.
 */
export class DeviceService {
  readonly localToken = randomBytes(32).toString('base64url');
  private readonly pending = new Map<string, PendingPairing>();
  private readonly lastSeen = new Map<string, string>();
  private failures: number[] = [];

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  authenticate(token: string): Caller | null {
    if (safeEqual(token, this.localToken)) return LOCAL_CALLER;
    const row = stmt(this.db, 'SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL').get(hash(token)) as
      DeviceRow | undefined;
    if (!row) return null;
    this.lastSeen.set(row.id, this.now().toISOString());
    return { role: row.role, counterNumber: row.counter_number, deviceId: row.id, deviceName: row.name };
  }

  createPairingCode(input: ParsedInput<'createPairingCode'>): MethodOutput<'createPairingCode'> {
    if (input.role === 'counter' && !input.counterNumber) throw new ApiError('bad_request', 'Thiết bị quầy cần số quầy.');
    if (input.counterNumber && !stmt(this.db, 'SELECT 1 FROM counters WHERE number = ?').get(input.counterNumber))
      throw new ApiError('counter_not_found');
    const now = this.now().getTime();
    this.dropExpired(now);
    let code: string;
    do code = randomInt(0, 1_000_000).toString().padStart(6, '0');
    while (this.pending.has(code));
    const expiresAt = now + PAIRING_TTL_MS;
    this.pending.set(code, {
      role: input.role,
      counterNumber: input.role === 'counter' ? (input.counterNumber ?? null) : null,
      deviceName: input.deviceName,
      expiresAt,
    });
    return { code, expiresAt: new Date(expiresAt).toISOString() };
  }

  pairDevice(input: ParsedInput<'pairDevice'>): MethodOutput<'pairDevice'> {
    const now = this.now();
    this.dropExpired(now.getTime());
    this.failures = this.failures.filter((t) => t > now.getTime() - FAILED_WINDOW_MS);
    const pairing = this.failures.length < MAX_FAILED_PAIRINGS ? this.pending.get(input.code) : undefined;
    if (!pairing) {
      this.failures.push(now.getTime());
      throw new ApiError('pairing_code_invalid');
    }
    this.pending.delete(input.code);
    const token = randomBytes(32).toString('base64url');
    const id = uuidv7();
    inTransaction(this.db, () => {
      stmt(this.db, 'INSERT INTO devices (id, name, role, counter_number, token_hash, paired_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        pairing.deviceName,
        pairing.role,
        pairing.counterNumber,
        hash(token),
        now.toISOString(),
      );
      appendOutbox(
        this.db,
        {
          entity: 'device',
          entityId: id,
          op: 'device.pair@1',
          payload: { ...pairing, expiresAt: undefined },
          actor: actorOf(LOCAL_CALLER),
        },
        now,
      );
    });
    return { token, role: pairing.role, counterNumber: pairing.counterNumber, deviceName: pairing.deviceName };
  }

  listDevices(): MethodOutput<'listDevices'> {
    const rows = stmt(this.db, 'SELECT * FROM devices ORDER BY paired_at DESC').all() as DeviceRow[];
    return { devices: rows.map((r) => this.toDevice(r)) };
  }

  revokeDevice(input: ParsedInput<'revokeDevice'>, caller: Caller): MethodOutput<'revokeDevice'> {
    const now = this.now();
    const device = inTransaction(this.db, () => {
      const row = stmt(this.db, 'SELECT * FROM devices WHERE id = ?').get(input.deviceId) as DeviceRow | undefined;
      if (!row) throw new ApiError('device_not_found');
      if (!row.revoked_at) {
        stmt(this.db, 'UPDATE devices SET revoked_at = ? WHERE id = ?').run(now.toISOString(), row.id);
        appendOutbox(
          this.db,
          { entity: 'device', entityId: row.id, op: 'device.revoke@1', payload: { id: row.id }, actor: actorOf(caller) },
          now,
        );
      }
      return this.toDevice(stmt(this.db, 'SELECT * FROM devices WHERE id = ?').get(row.id) as DeviceRow);
    });
    return { device };
  }

  private toDevice(r: DeviceRow): Device {
    return {
      id: r.id,
      name: r.name,
      role: r.role,
      counterNumber: r.counter_number,
      pairedAt: r.paired_at,
      lastSeenAt: this.lastSeen.get(r.id) ?? null,
      revokedAt: r.revoked_at,
    };
  }

  private dropExpired(now: number): void {
    for (const [code, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(code);
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
