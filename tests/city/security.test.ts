// Credentials, revocation and ward isolation, in process on the embedded database.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolCode, createProcessingToken, revokeDevice } from '../../src/city/admin';
import { AccessTokens } from '../../src/city/auth/access-tokens';
import { migratedPglite } from '../support/test-pglite';
import type { CityDb } from '../../src/city/db/adapter';
import { cityFixture, count, type CityFixture } from './city-fixture';
import { protocolHeaders, TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

let db: CityDb;
let city: CityFixture;

beforeAll(async () => {
  db = await migratedPglite();
  city = await cityFixture(db);
}, 60_000);
afterAll(async () => {
  await city?.close();
  await db?.close();
});

function withToken(device: TestDevice, token: string) {
  return { ...protocolHeaders, authorization: `Bearer ${token}` };
}

describe('enrolment', () => {
  it('accepts a code once, then refuses it', async () => {
    const ward = await city.newWard();
    const { code } = await createEnrolCode(db, ward, 3, new Date());
    const device = await TestDevice.enrol(city.transport, code);
    expect(device.slot).toBe(3);
    const again = await city.transport.send('POST', '/v1/enrol', {
      headers: protocolHeaders,
      body: { code, publicKey: crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x, appVersion: '1' },
    });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('enrol_code_invalid');
  });

  it('refuses a code older than 10 minutes', async () => {
    const ward = await city.newWard();
    const { code } = await createEnrolCode(db, ward, 0, new Date(Date.now() - 11 * 60_000));
    await expect(TestDevice.enrol(city.transport, code)).rejects.toThrow(/401/);
  });

  it('will not issue a code for a slot an active device holds', async () => {
    const ward = await city.newWard();
    await city.newDevice(ward, 0);
    await expect(createEnrolCode(db, ward, 0, new Date())).rejects.toThrow(/revoke it first/);
  });

  it('stores neither the code nor anything but the public key', async () => {
    const ward = await city.newWard();
    const { code } = await createEnrolCode(db, ward, 1, new Date());
    await TestDevice.enrol(city.transport, code);
    const dump = JSON.stringify(await db.query('SELECT * FROM enrol_codes WHERE ward_code = $1', [ward]));
    expect(dump).not.toContain(code);
  });
});

describe('session credentials', () => {
  it('refuses a replayed challenge answer', async () => {
    const device = await city.newDevice(await city.newWard());
    const ch = await city.transport.send('POST', '/v1/auth/challenge', { headers: protocolHeaders, body: { deviceId: device.deviceId } });
    const answer = { deviceId: device.deviceId, nonce: ch.body.nonce, signature: device.sign(ch.body.nonce) };
    const first = await city.transport.send('POST', '/v1/auth/token', { headers: protocolHeaders, body: answer });
    const replay = await city.transport.send('POST', '/v1/auth/token', { headers: protocolHeaders, body: answer });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('challenge_invalid');
  });

  it('refuses a challenge signed by another key, or answered for another device', async () => {
    const ward = await city.newWard();
    const a = await city.newDevice(ward);
    const b = await city.newDevice(ward);
    const ch = await city.transport.send('POST', '/v1/auth/challenge', { headers: protocolHeaders, body: { deviceId: a.deviceId } });
    const forged = await city.transport.send('POST', '/v1/auth/token', {
      headers: protocolHeaders,
      body: {
        deviceId: a.deviceId,
        nonce: ch.body.nonce,
        signature: crypto.sign(null, Buffer.from('x'), crypto.generateKeyPairSync('ed25519').privateKey).toString('base64url'),
      },
    });
    expect(forged.status).toBe(401);
    const ch2 = await city.transport.send('POST', '/v1/auth/challenge', { headers: protocolHeaders, body: { deviceId: a.deviceId } });
    const stolen = await city.transport.send('POST', '/v1/auth/token', {
      headers: protocolHeaders,
      body: { deviceId: b.deviceId, nonce: ch2.body.nonce, signature: b.sign(ch2.body.nonce) },
    });
    expect(stolen.status).toBe(401);
  });

  it('refuses a token whose claims were edited, one signed with another key, and an expired one', async () => {
    const ward = await city.newWard();
    const other = await city.newWard();
    const device = await city.newDevice(ward);
    const [prefix, body, mac] = device.token!.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const edited = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, ward: other })).toString('base64url')}.${mac}`;
    const foreignMac = crypto.createHmac('sha256', crypto.randomBytes(32)).update(body).digest('base64url');
    for (const token of [edited, `${prefix}.${body}.${foreignMac}`, 'at1.e30.AAAA', 'garbage']) {
      const res = await city.transport.send('GET', '/v1/status', { headers: withToken(device, token) });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
    const tokens = new AccessTokens(db);
    await tokens.init();
    const old = tokens.sign({ device: device.deviceId, ward, slot: 0 }, Date.now() - 16 * 60_000);
    const expired = await city.transport.send('GET', '/v1/status', { headers: withToken(device, old.token) });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('token_expired');
  });

  it('answers 426 to a request without the protocol version it speaks', async () => {
    const device = await city.newDevice(await city.newWard());
    const res = await city.transport.send('GET', '/v1/status', {
      headers: { authorization: `Bearer ${device.token}`, 'x-motcua-protocol': '2' },
    });
    expect(res.status).toBe(426);
    expect(res.body.error).toMatchObject({ code: 'upgrade_required', supportedProtocols: [1] });
  });
});

describe('revocation', () => {
  it('refuses a revoked device on every endpoint with 403 device_revoked, its token included', async () => {
    const device = await city.newDevice(await city.newWard());
    const outbox = new WardOutbox(device.deviceId);
    await revokeDevice(db, device.deviceId, new Date());
    const answers = [await device.push([outbox.issue('A001')]), await device.pull(0), await device.status(), await device.login()];
    for (const res of answers) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('device_revoked');
      expect(res.body.error.message).toMatch(/thu hồi/);
    }
    expect(await count(db, 'SELECT 1 FROM mutations WHERE device_id = $1', [device.deviceId])).toBe(0);
  });
});

describe('ward isolation', () => {
  it('a device of ward A can neither read nor change ward B', async () => {
    const wardA = await city.newWard();
    const wardB = await city.newWard();
    const a = await city.newDevice(wardA);
    const b = await city.newDevice(wardB);
    const outB = new WardOutbox(b.deviceId);
    const ticketB = outB.issue('A001');
    await b.push([ticketB]);

    const outA = new WardOutbox(a.deviceId);
    const pulledB = (await b.pull(0)).body.changes[0].data;
    outA.adopt(ticketB.entityId, pulledB);
    const reissue = { ...outA.issue('A001'), entityId: ticketB.entityId };
    (reissue.payload as { ticket: { id: string } }).ticket.id = ticketB.entityId;
    const res = await a.push([reissue, outA.act(ticketB.entityId, 'cancel', 'waiting', 'cancelled', null)]);
    // Ids are per ward: A's copy of B's id is A's own ticket, answered as any fresh one, and B's is untouched.
    expect(res.body.results.map((r: { status: string; code: string }) => [r.status, r.code])).toEqual([
      ['applied', null],
      ['applied', null],
    ]);
    const rows = await db.query<{ state: string; ward_code: string }>('SELECT state, ward_code FROM tickets WHERE id = $1 ORDER BY state', [
      ticketB.entityId,
    ]);
    expect(rows).toEqual([
      { state: 'cancelled', ward_code: wardA },
      { state: 'waiting', ward_code: wardB },
    ]);

    // A sees its own copy only, never B's waiting ticket.
    expect((await a.pull(0)).body.changes.map((c: { data: { state: string } }) => c.data.state)).toEqual(['cancelled']);
    expect((await a.snapshot()).body.items.map((i: { data: { state: string } }) => i.data.state)).toEqual(['cancelled']);
    expect((await a.status()).body.ward.code).toBe(wardA);

    const naming = await a.transport.send('POST', '/v1/sync/push', {
      headers: a.headers(),
      body: { wardCode: wardB, mutations: [new WardOutbox(a.deviceId).issue('A002')] },
    });
    expect(naming.status).toBe(400);

    const token = await createProcessingToken(db, wardA);
    const post = await city.transport.send('POST', '/v1/processing/status', {
      headers: { authorization: `Bearer ${token}` },
      body: {
        eventId: crypto.randomUUID(),
        dossierId: crypto.randomUUID(),
        dossierCode: `${wardB}-261123-0001`,
        status: 'processing',
        at: '2026-11-23T03:00:00Z',
      },
    });
    expect(post.status).toBe(403);
    expect((await b.pull(1)).body.changes).toEqual([]);

    // A parked keyed entity in ward A does not hold back ward B's entity with the same key.
    const parkedA = await a.push([outA.unknown('2025', 'survey_form.save@1')]);
    const parkedB = await b.push([outB.unknown('2025', 'survey_form.save@1')]);
    expect([parkedA.body.results[0].code, parkedB.body.results[0].code]).toEqual(['unknown_op', 'unknown_op']);
  });
});
