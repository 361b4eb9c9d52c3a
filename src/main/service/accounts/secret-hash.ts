import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Clerk PINs and passwords are stored as scrypt hashes from node:crypto: no native dependency for the
// Windows installer to build. N = 2^15, r = 8, p = 1 (32 MiB, about 60–100 ms on an office PC; the
// figure `npm run bench` measures): slow enough that a stolen database costs a guesser that much per
// try, fast enough that a clerk does not wait. The parameters are stored with each hash, so they can be
// raised later without invalidating the hashes already stored.

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const SECRET_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
/** scrypt needs 128·N·r bytes; Node's default ceiling is exactly that, so leave room. */
const MAX_MEMORY = 64 * 1024 * 1024;

export class SecretHasher {
  /**
   * A hash no secret matches, at this cost: verified when the username is unknown so that a wrong
   * username costs the same time as a wrong PIN and does not tell which usernames exist.
   */
  readonly unknownUserHash: string;

  /** `cost` other than SECRET_COST only in tests, where hundreds of sign-ins must run in seconds. */
  constructor(private readonly cost: ScryptCost = SECRET_COST) {
    this.unknownUserHash = format(cost, Buffer.alloc(SALT_BYTES), Buffer.alloc(KEY_LENGTH));
  }

  async hash(secret: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    return format(this.cost, salt, await derive(secret, salt, this.cost));
  }
}

/** Checks a secret against a stored hash with the cost stored in it. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(secret, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function format(cost: ScryptCost, salt: Buffer, key: Buffer): string {
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return null;
  return { cost: { N, r, p }, salt: Buffer.from(parts[4]!, 'base64'), key: Buffer.from(parts[5]!, 'base64') };
}
