import crypto from 'node:crypto';

/** Only hashes of one-time codes, nonces and tokens are stored: a database leak does not hand them out. */
export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

export function randomBase64Url(bytes: number): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

// No 0/O or 1/I: the code is read off a screen and typed by hand.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `XXXX-XXXX`, 40 bits: enough for a single-use code that lives 10 minutes. */
export function enrolCode(): string {
  const bytes = crypto.randomBytes(8);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** Ed25519 verification with the raw 32-byte public key the device sent at enrolment. */
export function verifyEd25519(publicKeyB64Url: string, message: string, signatureB64Url: string): boolean {
  try {
    const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyB64Url }, format: 'jwk' });
    return crypto.verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signatureB64Url, 'base64url'));
  } catch {
    return false;
  }
}

export function isValidEd25519PublicKey(publicKeyB64Url: string): boolean {
  try {
    crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyB64Url }, format: 'jwk' });
    return true;
  } catch {
    return false;
  }
}
