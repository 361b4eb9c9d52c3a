import { describe, expect, it } from 'vitest';
import { SecretHasher, verifySecret } from '../../src/main/service/accounts/secret-hash';

// The stored form of a PIN: scrypt with its cost and salt written beside it, checked with that cost.

const cheap = new SecretHasher({ N: 2 ** 10, r: 8, p: 1 });

describe('a secret hash', () => {
  it('verifies the secret it was made from and nothing else, with a fresh salt each time', async () => {
    const stored = await cheap.hash('246810');
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifySecret('246810', stored)).toBe(true);
    expect(await verifySecret('246811', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
    expect(await cheap.hash('246810')).not.toBe(stored);
  });

  it('takes the same password typed in composed or decomposed Vietnamese', async () => {
    const stored = await cheap.hash('Mật khẩu');
    expect(await verifySecret('Mật khẩu'.normalize('NFD'), stored)).toBe(true);
  });

  it('checks with the cost stored in the hash, whatever the hasher now uses', async () => {
    const older = await new SecretHasher({ N: 2 ** 11, r: 8, p: 1 }).hash('246810');
    expect(older.startsWith('scrypt$2048$8$1$')).toBe(true);
    expect(await verifySecret('246810', older)).toBe(true);
  });

  it('matches nothing with the unknown-user hash, at the hasher cost', async () => {
    expect(cheap.unknownUserHash.startsWith('scrypt$1024$8$1$')).toBe(true);
    for (const secret of ['', '246810', '\u0000'.repeat(32)]) expect(await verifySecret(secret, cheap.unknownUserHash)).toBe(false);
    expect(new SecretHasher().unknownUserHash.startsWith('scrypt$32768$8$1$')).toBe(true);
  });

  it('refuses a stored value it cannot read rather than throwing', async () => {
    const good = await cheap.hash('246810');
    const parts = good.split('$');
    for (const bad of [
      '',
      `bcrypt$${parts.slice(1).join('$')}`,
      parts.slice(0, 5).join('$'),
      `${good}$extra`,
      ['scrypt', '1024.5', ...parts.slice(2)].join('$'),
      ['scrypt', '0', ...parts.slice(2)].join('$'),
      ['scrypt', '1024', 'x', ...parts.slice(3)].join('$'),
      ['scrypt', '1024', '8', '-1', ...parts.slice(4)].join('$'),
      [...parts.slice(0, 5), ''].join('$'),
    ])
      expect([bad, await verifySecret('246810', bad)]).toEqual([bad, false]);
  });
});
