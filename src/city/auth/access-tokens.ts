import crypto from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../db/adapter';

export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;

const Claims = z.strictObject({
  kid: z.string(),
  device: z.uuid(),
  ward: z.string(),
  slot: z.number().int(),
  exp: z.number().int(),
});
export type AccessClaims = z.infer<typeof Claims>;

export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

/**
 * HMAC-SHA256 access tokens, `at1.<claims>.<mac>`. The keys live in the database so every copy of the
 * server verifies what any copy signed; a copy caches keys it has already read.
 */
export class AccessTokens {
  private readonly keys = new Map<string, Buffer>();
  private current: { kid: string; secret: Buffer } | null = null;

  constructor(private readonly db: Queryable) {}

  /** Loads the newest key, creating the first one if the database has none. */
  async init(): Promise<void> {
    await this.db.query('INSERT INTO signing_keys (kid, secret) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM signing_keys)', [
      crypto.randomUUID(),
      crypto.randomBytes(32),
    ]);
    const [row] = await this.db.query<{ kid: string; secret: Uint8Array }>(
      'SELECT kid, secret FROM signing_keys ORDER BY created_at DESC LIMIT 1',
    );
    this.current = { kid: row!.kid, secret: Buffer.from(row!.secret) };
    this.keys.set(row!.kid, this.current.secret);
  }

  sign(claims: Omit<AccessClaims, 'kid' | 'exp'>, nowMs: number): { token: string; expiresAt: Date } {
    if (!this.current) throw new Error('AccessTokens.init() not called');
    const exp = nowMs + ACCESS_TOKEN_TTL_MS;
    const body = Buffer.from(JSON.stringify({ kid: this.current.kid, ...claims, exp })).toString('base64url');
    return { token: `at1.${body}.${mac(this.current.secret, body)}`, expiresAt: new Date(exp) };
  }

  async verify(token: string, nowMs: number): Promise<VerifyResult> {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== 'at1') return { ok: false, reason: 'malformed' };
    const [, body, signature] = parts as [string, string, string];
    let claims: AccessClaims;
    try {
      claims = Claims.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const secret = await this.key(claims.kid);
    if (!secret) return { ok: false, reason: 'bad_signature' };
    const expected = Buffer.from(mac(secret, body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };
    if (claims.exp <= nowMs) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private async key(kid: string): Promise<Buffer | undefined> {
    const cached = this.keys.get(kid);
    if (cached) return cached;
    const [row] = await this.db.query<{ secret: Uint8Array }>('SELECT secret FROM signing_keys WHERE kid = $1', [kid]);
    if (!row) return undefined;
    const secret = Buffer.from(row.secret);
    this.keys.set(kid, secret);
    return secret;
  }
}

function mac(secret: Buffer, body: string): string {
  return crypto.createHmac('sha256', secret).update(body).digest('base64url');
}
