// The PC's session with the city: it logs in by signing the city's challenge with its own key, keeps the
// token until a minute before it expires (by the city's clock, whatever this PC's says), logs in again
// once when the city refuses a token, and fetches one fresh challenge when the first has gone stale.
// Against the scripted fake city over real sockets; this PC's clock is moved by hand.
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { challengeMessage } from '../../src/shared/sync/wire';
import { CityCallError, CityClient } from '../../src/main/service/sync/city-client';
import { CitySession, newDeviceKey } from '../../src/main/service/sync/city-session';
import type { DeviceCredential } from '../../src/main/service/sync/credential-store';
import { startFakeCity, type FakeCity } from './fake-city';

const DEVICE_ID = '6f1d3c2a-8b7e-4f5a-9c0d-1e2f3a4b5c6d';
const T0 = Date.parse('2026-11-23T02:00:00.000Z');

let city: FakeCity;
let key: { publicKey: string; privateKey: string };
let pcNow: number;

function credential(): DeviceCredential {
  return {
    cityUrl: city.url,
    deviceId: DEVICE_ID,
    ward: { code: '00001', name: 'Phường thử' },
    slot: 2,
    privateKey: key.privateKey,
    enrolledAt: '2026-11-20T02:00:00.000Z',
  };
}

function session(): CitySession {
  const client = new CityClient({ baseUrl: city.url, appVersion: '1.0.0-test', timeoutMs: 5_000, onServerTime: () => undefined });
  return new CitySession(client, credential(), () => new Date(pcNow));
}

const calls = (path: string) => city.requests.filter((r) => r.path === path).length;

beforeEach(async () => {
  city = await startFakeCity();
  key = newDeviceKey();
  pcNow = T0;
  // The city's clock agrees with this PC's unless a test says otherwise.
  city.serverNow = () => pcNow;
});
afterEach(async () => {
  await city.close();
});

describe('logging in to the city', () => {
  it("signs the city's challenge for this device with the PC's own key, and the city can check it with the public key", async () => {
    expect(await session().token()).toBe('t1');
    const challenge = city.requests.find((r) => r.path === '/v1/auth/challenge')!;
    expect(challenge.body).toEqual({ deviceId: DEVICE_ID });
    const sent = city.requests.find((r) => r.path === '/v1/auth/token')!.body as { deviceId: string; nonce: string; signature: string };
    expect(sent.deviceId).toBe(DEVICE_ID);
    expect(sent.nonce).toBe(Buffer.alloc(32, 7).toString('base64url'));
    const publicKey = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.publicKey }, format: 'jwk' });
    const message = Buffer.from(`motcua-sync-auth/v1\n${DEVICE_ID}\n${sent.nonce}`, 'utf8');
    expect(crypto.verify(null, message, publicKey, Buffer.from(sent.signature, 'base64url'))).toBe(true);
    // Signed by this device for this nonce only: another device id does not verify.
    expect(
      crypto.verify(
        null,
        Buffer.from(challengeMessage(crypto.randomUUID(), sent.nonce)),
        publicKey,
        Buffer.from(sent.signature, 'base64url'),
      ),
    ).toBe(false);
  });

  it('keeps the token for its 15 minutes less one, then logs in again', async () => {
    const s = session();
    expect(await s.token()).toBe('t1');
    pcNow = T0 + 14 * 60_000 - 1;
    expect(await s.token()).toBe('t1');
    expect(calls('/v1/auth/token')).toBe(1);
    pcNow = T0 + 14 * 60_000;
    expect(await s.token()).toBe('t2');
    expect(calls('/v1/auth/challenge')).toBe(2);
  });

  it("counts the token's lifetime by the city's clock, so a PC a day fast or slow neither renews at every call nor never", async () => {
    for (const offset of [86_400_000, -86_400_000]) {
      city.serverNow = () => pcNow + offset;
      city.logins = 0;
      const s = session();
      expect(await s.token()).toBe('t1');
      pcNow += 10 * 60_000;
      expect(await s.token(), `city ${offset > 0 ? 'ahead' : 'behind'}`).toBe('t1');
      pcNow += 4 * 60_000;
      expect(await s.token()).toBe('t2');
    }
  });

  it('forgets its token when told to, and logs in again at the next call', async () => {
    const s = session();
    await s.token();
    s.invalidate();
    expect(await s.token()).toBe('t2');
  });

  it('asks for one fresh challenge when the city finds the first one stale, and no more', async () => {
    city.script.push({ path: '/v1/auth/token', status: 401, code: 'challenge_invalid' });
    expect(await session().token()).toBe('t1');
    expect(calls('/v1/auth/challenge')).toBe(2);

    city.script.push(
      { path: '/v1/auth/token', status: 401, code: 'challenge_invalid' },
      { path: '/v1/auth/token', status: 401, code: 'challenge_invalid' },
    );
    const before = calls('/v1/auth/challenge');
    await expect(session().token()).rejects.toMatchObject({ kind: 'challenge_invalid' });
    expect(calls('/v1/auth/challenge') - before).toBe(2);
  });

  it('gives up at once when the city refuses the device itself, without a second challenge', async () => {
    city.script.push({ path: '/v1/auth/token', status: 403, code: 'device_revoked' });
    await expect(session().token()).rejects.toMatchObject({ kind: 'device_revoked' });
    expect(calls('/v1/auth/challenge')).toBe(1);
  });
});

describe('a call made with the token', () => {
  for (const kind of ['token_expired', 'unauthorized'] as const) {
    it(`is made once more with a new token when the city answers ${kind}`, async () => {
      const s = session();
      const seen: string[] = [];
      const result = await s.withToken(async (token) => {
        seen.push(token);
        if (seen.length === 1) throw new CityCallError(kind, 401, 'Phiên đã hết hạn');
        return 'đã gửi';
      });
      expect(result).toBe('đã gửi');
      expect(seen).toEqual(['t1', 't2']);
    });
  }

  it('is not made again when the new token is refused too: the error reaches the run', async () => {
    const s = session();
    let tries = 0;
    await expect(
      s.withToken(() => {
        tries++;
        return Promise.reject(new CityCallError('token_expired', 401, null));
      }),
    ).rejects.toMatchObject({ kind: 'token_expired' });
    expect(tries).toBe(2);
  });

  it('is not made again for any other failure, and keeps the token', async () => {
    const s = session();
    for (const error of [
      new CityCallError('network', null, null),
      new CityCallError('forbidden', 403, 'Không có quyền'),
      new Error('disk'),
    ]) {
      let tries = 0;
      await expect(
        s.withToken(() => {
          tries++;
          return Promise.reject(error);
        }),
      ).rejects.toBe(error);
      expect(tries).toBe(1);
    }
    expect(calls('/v1/auth/token')).toBe(1);
    expect(await s.token()).toBe('t1');
  });
});

describe("a new device's key", () => {
  it('is an Ed25519 pair: the raw public key in base64url for the wire, the private key as PKCS#8 PEM', () => {
    const pair = newDeviceKey();
    expect(pair.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    const signature = crypto.sign(null, Buffer.from('thử'), crypto.createPrivateKey(pair.privateKey));
    const publicKey = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pair.publicKey }, format: 'jwk' });
    expect(crypto.verify(null, Buffer.from('thử'), publicKey, signature)).toBe(true);
    expect(newDeviceKey().publicKey).not.toBe(pair.publicKey);
  });
});
