import crypto from 'node:crypto';
import { challengeMessage } from '../../../shared/sync/wire';
import { CityCallError, type CityClient } from './city-client';
import type { DeviceCredential } from './credential-store';

// Access tokens by challenge and signature (docs/sync-protocol.md, "Enrolment and sessions"). The token
// is kept in memory only and renewed a minute before it expires, or when the city says it has.

const RENEW_BEFORE_MS = 60_000;

export class CitySession {
  private current: { token: string; expiresAtMs: number } | null = null;

  constructor(
    private readonly client: CityClient,
    private readonly credential: DeviceCredential,
    private readonly now: () => Date,
  ) {}

  async token(): Promise<string> {
    if (this.current && this.current.expiresAtMs - RENEW_BEFORE_MS > this.now().getTime()) return this.current.token;
    return this.login();
  }

  invalidate(): void {
    this.current = null;
  }

  /** Runs `call` with a token; a token the city no longer accepts is renewed once and the call made again. */
  async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    try {
      return await call(await this.token());
    } catch (error) {
      if (!(error instanceof CityCallError) || (error.kind !== 'token_expired' && error.kind !== 'unauthorized')) throw error;
      this.invalidate();
      return call(await this.token());
    }
  }

  private async login(): Promise<string> {
    const key = crypto.createPrivateKey(this.credential.privateKey);
    // A nonce is spent by the first attempt; one fresh challenge covers a nonce that expired on the way.
    for (let attempt = 0; ; attempt++) {
      const { nonce } = await this.client.challenge(this.credential.deviceId);
      const signature = crypto
        .sign(null, Buffer.from(challengeMessage(this.credential.deviceId, nonce), 'utf8'), key)
        .toString('base64url');
      try {
        const issued = await this.client.token({ deviceId: this.credential.deviceId, nonce, signature });
        // Expiry by the city's clock, turned into this PC's: a PC a day off would otherwise renew never or always.
        const lifetime = Date.parse(issued.expiresAt) - Date.parse(issued.serverTime);
        this.current = { token: issued.accessToken, expiresAtMs: this.now().getTime() + lifetime };
        return issued.accessToken;
      } catch (error) {
        if (attempt > 0 || !(error instanceof CityCallError) || error.kind !== 'challenge_invalid') throw error;
      }
    }
  }
}

/** A new Ed25519 key pair: the raw public key as the wire wants it, the private key as PKCS#8 PEM. */
export function newDeviceKey(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { publicKey: jwk.x!, privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}
