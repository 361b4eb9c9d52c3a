// What the city administrator does from the command line (src/city/cli.ts): wards, enrolment codes,
// devices, processing-system tokens.
import { SLOT_COUNT, WardCode } from '../shared/sync/wire';
import type { CityDb } from './db/adapter';
import { ENROL_CODE_TTL_MS } from './auth/enrolment';
import { enrolCode, randomBase64Url, sha256 } from './auth/secrets';
import { seedWardReference } from './sync/reference';

export class AdminError extends Error {}

export async function createWard(db: CityDb, code: string, name: string): Promise<void> {
  if (!WardCode.safeParse(code).success) throw new AdminError(`ward code "${code}": 1-16 letters or digits`);
  if (name.trim() === '') throw new AdminError('ward name is empty');
  await db.transaction(async (tx) => {
    const inserted = await tx.query('INSERT INTO wards (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING code', [
      code,
      name.normalize('NFC').trim(),
    ]);
    if (inserted.length === 0) throw new AdminError(`ward ${code} already exists`);
    await tx.query('INSERT INTO ward_clock (ward_code) VALUES ($1)', [code]);
    await seedWardReference(tx, code);
  });
}

/** A one-time code for enrolling a PC into `slot`; printed once, stored only as a hash. */
export async function createEnrolCode(db: CityDb, wardCode: string, slot: number, now: Date): Promise<{ code: string; expiresAt: Date }> {
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOT_COUNT) throw new AdminError(`slot must be 0-${SLOT_COUNT - 1}`);
  const [ward] = await db.query('SELECT 1 FROM wards WHERE code = $1', [wardCode]);
  if (!ward) throw new AdminError(`no ward ${wardCode}`);
  const [holder] = await db.query<{ id: string }>(`SELECT id FROM devices WHERE ward_code = $1 AND slot = $2 AND status = 'active'`, [
    wardCode,
    slot,
  ]);
  if (holder) throw new AdminError(`slot ${slot} of ward ${wardCode} belongs to active device ${holder.id}: revoke it first`);
  const code = enrolCode();
  const expiresAt = new Date(now.getTime() + ENROL_CODE_TTL_MS);
  await db.query('INSERT INTO enrol_codes (code_hash, ward_code, slot, expires_at) VALUES ($1, $2, $3, $4)', [
    sha256(code),
    wardCode,
    slot,
    expiresAt,
  ]);
  return { code, expiresAt };
}

export interface DeviceListing {
  id: string;
  ward_code: string;
  slot: number;
  status: string;
  last_seq: number;
  last_push_at: Date | null;
  last_pull_at: Date | null;
  app_version: string | null;
  reported_backlog: number | null;
  clock_offset_ms: number | null;
}

export async function listDevices(db: CityDb, wardCode?: string): Promise<DeviceListing[]> {
  return db.query<DeviceListing & Record<string, unknown>>(
    `SELECT id, ward_code, slot, status, last_seq, last_push_at, last_pull_at, app_version, reported_backlog, clock_offset_ms
     FROM devices WHERE $1::text IS NULL OR ward_code = $1 ORDER BY ward_code, slot, enrolled_at`,
    [wardCode ?? null],
  );
}

export async function revokeDevice(db: CityDb, deviceId: string, now: Date): Promise<void> {
  const updated = await db.query(
    `UPDATE devices SET status = 'revoked', revoked_at = $2 WHERE id = $1 AND status = 'active' RETURNING id`,
    [deviceId, now],
  );
  if (updated.length === 0) throw new AdminError(`no active device ${deviceId}`);
}

/** A bearer token for one ward's processing system (POST /v1/processing/status); printed once. */
export async function createProcessingToken(db: CityDb, wardCode: string): Promise<string> {
  const [ward] = await db.query('SELECT 1 FROM wards WHERE code = $1', [wardCode]);
  if (!ward) throw new AdminError(`no ward ${wardCode}`);
  const token = `pt1.${randomBase64Url(32)}`;
  await db.query('INSERT INTO processing_tokens (token_hash, ward_code) VALUES ($1, $2)', [sha256(token), wardCode]);
  return token;
}
