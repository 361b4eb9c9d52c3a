// The dashboard administrator's password (scrypt) and sign-in sessions (random tokens stored hashed).
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { CityDb } from '../db/adapter';
import { randomBase64Url, sha256 } from '../auth/secrets';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
export const SESSION_TTL_MS = 8 * 3600_000;
export const MIN_PASSWORD_LENGTH = 12;

export async function setDashboardPassword(db: CityDb, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`password shorter than ${MIN_PASSWORD_LENGTH} characters`);
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, 32);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO dashboard_password (id, hash, set_at) VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, set_at = now()`,
      [`scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`],
    );
    // A new password signs everyone out.
    await tx.query('DELETE FROM dashboard_sessions');
  });
}

/** A session token when the password is right, else null. */
export async function signIn(db: CityDb, password: string, now: Date): Promise<string | null> {
  const [row] = await db.query<{ hash: string }>('SELECT hash FROM dashboard_password WHERE id = 1');
  if (!row) return null;
  const [, salt, expected] = row.hash.split('$') as [string, string, string];
  const given = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), 32);
  if (!crypto.timingSafeEqual(given, Buffer.from(expected, 'base64url'))) return null;
  const token = randomBase64Url(32);
  await db.query('DELETE FROM dashboard_sessions WHERE expires_at < $1', [now]);
  await db.query('INSERT INTO dashboard_sessions (token_hash, expires_at) VALUES ($1, $2)', [
    sha256(token),
    new Date(now.getTime() + SESSION_TTL_MS),
  ]);
  return token;
}

export async function isSignedIn(db: CityDb, token: string | undefined, now: Date): Promise<boolean> {
  if (!token) return false;
  const rows = await db.query('SELECT 1 FROM dashboard_sessions WHERE token_hash = $1 AND expires_at > $2', [sha256(token), now]);
  return rows.length > 0;
}

export async function signOut(db: CityDb, token: string | undefined): Promise<void> {
  if (token) await db.query('DELETE FROM dashboard_sessions WHERE token_hash = $1', [sha256(token)]);
}
