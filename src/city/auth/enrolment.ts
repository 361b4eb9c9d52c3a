// Enrolment and per-session auth (sync research §6.1). Only hashes of codes and nonces are stored.
import { randomUUID } from 'node:crypto';
import {
  challengeMessage,
  type ChallengeResponse,
  type EnrolRequest,
  type EnrolResponse,
  type TokenRequest,
  type TokenResponse,
} from '../../shared/sync/wire';
import { sqlState, SQLSTATE, type CityDb, type Queryable } from '../db/adapter';
import { SyncError } from '../sync-error';
import type { AccessTokens } from './access-tokens';
import { isValidEd25519PublicKey, randomBase64Url, sha256, verifyEd25519 } from './secrets';

export const ENROL_CODE_TTL_MS = 10 * 60_000;
export const CHALLENGE_TTL_MS = 2 * 60_000;

export async function enrol(db: CityDb, request: EnrolRequest, now: Date): Promise<EnrolResponse> {
  if (!isValidEd25519PublicKey(request.publicKey))
    throw new SyncError('bad_request', 'public key is not an Ed25519 key', { issues: ['publicKey: not Ed25519'] });
  try {
    return await db.transaction(async (tx) => {
      const [code] = await tx.query<{ ward_code: string; slot: number; name: string }>(
        `UPDATE enrol_codes e SET used_at = $2 FROM wards w
         WHERE e.code_hash = $1 AND e.used_at IS NULL AND e.expires_at > $2 AND w.code = e.ward_code
         RETURNING e.ward_code, e.slot, w.name`,
        [sha256(request.code), now],
      );
      if (!code) {
        const earlier = await sameEnrolment(tx, request);
        if (earlier) return { ...earlier, serverTime: now.toISOString() };
        throw new SyncError('enrol_code_invalid', 'enrolment code unknown, used or expired');
      }
      const deviceId = randomUUID();
      await tx.query(
        'INSERT INTO devices (id, ward_code, slot, public_key, app_version, enrolled_at, last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [deviceId, code.ward_code, code.slot, request.publicKey, request.appVersion, now, (request.nextSeq ?? 1) - 1],
      );
      await tx.query('UPDATE enrol_codes SET device_id = $2 WHERE code_hash = $1', [sha256(request.code), deviceId]);
      return { deviceId, ward: { code: code.ward_code, name: code.name }, slot: code.slot, serverTime: now.toISOString() };
    });
  } catch (error) {
    if (sqlState(error) === SQLSTATE.uniqueViolation) throw new SyncError('slot_taken', 'an active device already holds this slot');
    throw error;
  }
}

/**
 * The answer an enrolment already got, when the same code comes again with the same public key: the
 * first reply was lost on the way, and the PC asks again. Only the holder of the private key can use
 * the identity, so answering it again gives nothing away; another key with a spent code is refused.
 */
async function sameEnrolment(tx: Queryable, request: EnrolRequest): Promise<Omit<EnrolResponse, 'serverTime'> | null> {
  const [row] = await tx.query<{ id: string; ward_code: string; slot: number; name: string }>(
    `SELECT d.id, d.ward_code, d.slot, w.name FROM enrol_codes e
       JOIN devices d ON d.id = e.device_id AND d.status = 'active' AND d.public_key = $2
       JOIN wards w ON w.code = d.ward_code
     WHERE e.code_hash = $1`,
    [sha256(request.code), request.publicKey],
  );
  return row ? { deviceId: row.id, ward: { code: row.ward_code, name: row.name }, slot: row.slot } : null;
}

export async function challenge(db: CityDb, deviceId: string, now: Date): Promise<ChallengeResponse> {
  const [device] = await db.query<{ status: string }>('SELECT status FROM devices WHERE id = $1', [deviceId]);
  if (!device) throw new SyncError('unauthorized', 'challenge for an unknown device');
  if (device.status !== 'active') throw new SyncError('device_revoked', `device ${deviceId} is revoked`);
  const nonce = randomBase64Url(32);
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  await db.query('INSERT INTO auth_challenges (nonce_hash, device_id, expires_at) VALUES ($1, $2, $3)', [
    sha256(nonce),
    deviceId,
    expiresAt,
  ]);
  return { nonce, expiresAt: expiresAt.toISOString(), serverTime: now.toISOString() };
}

/** Trades a signed, unused, unexpired nonce for an access token. The nonce is spent even if the signature is wrong. */
export async function issueToken(db: CityDb, tokens: AccessTokens, request: TokenRequest, now: Date): Promise<TokenResponse> {
  const [row] = await db.query<{ status: string; public_key: string; ward_code: string; slot: number }>(
    `WITH spent AS (
       UPDATE auth_challenges SET used_at = $3 WHERE nonce_hash = $1 AND device_id = $2 AND used_at IS NULL AND expires_at > $3 RETURNING device_id
     )
     SELECT d.status, d.public_key, d.ward_code, d.slot FROM devices d JOIN spent s ON s.device_id = d.id`,
    [sha256(request.nonce), request.deviceId, now],
  );
  if (!row) throw new SyncError('challenge_invalid', 'challenge unknown, spent, expired or for another device');
  if (!verifyEd25519(row.public_key, challengeMessage(request.deviceId, request.nonce), request.signature))
    throw new SyncError('challenge_invalid', 'challenge signature does not verify');
  if (row.status !== 'active') throw new SyncError('device_revoked', `device ${request.deviceId} is revoked`);
  const { token, expiresAt } = tokens.sign({ device: request.deviceId, ward: row.ward_code, slot: row.slot }, now.getTime());
  return { accessToken: token, expiresAt: expiresAt.toISOString(), serverTime: now.toISOString() };
}
