import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CATALOGUE_FILE_BODY_LIMIT } from '../../src/shared/api/catalog';
import { methodNames, methods } from '../../src/shared/api/contract';
import { errorMessages } from '../../src/shared/i18n/vi';
import { fingerprint, type Fingerprint } from '../support/db-fingerprint';
import { fillEveryTable } from '../support/every-table';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// A body that is not UTF-8 is refused whole, on every method, before it is parsed: read leniently its
// bad bytes would become U+FFFD and be stored as if a clerk had typed them.

/** Byte sequences no UTF-8 decoder may accept, each inside what would otherwise be a JSON string. */
const NOT_UTF8: [string, Buffer][] = [
  ['a lead byte without its continuation', Buffer.from([0x53, 0xc3, 0x28])],
  ['an overlong encoding of "/"', Buffer.from([0xc0, 0xaf])],
  ['an encoded lone surrogate (U+D800)', Buffer.from([0xed, 0xa0, 0x80])],
  ['a code point above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80])],
  ['a sequence cut short ("Ạ" without its last byte)', Buffer.from([0x50, 0xe1, 0xba])],
  ['a byte that never occurs in UTF-8', Buffer.from([0xff])],
  ['text in a single-byte code page ("café" in Windows-1252)', Buffer.from([0x63, 0x61, 0x66, 0xe9])],
];

const json = (key: string, bad: Buffer) => Buffer.concat([Buffer.from(`{"${key}":"`), bad, Buffer.from('"}')]);

let service: TestWardService;
let before: Fingerprint;

beforeAll(async () => {
  service = await startTestWardService();
  await fillEveryTable(service);
  before = fingerprint(service.running.ward.db);
});
afterAll(async () => {
  await service?.close();
});

function post(name: string, body: Buffer | string, contentType = 'application/json') {
  return service.client.raw({
    path: `/api/${name}`,
    headers: { 'content-type': contentType, authorization: `Bearer ${service.token}` },
    body,
  });
}

function expectBadEncoding(response: { status: number; json: unknown; text: string }, what: string): void {
  expect(response.status, `${what}: ${response.text}`).toBe(400);
  expect(response.json, what).toEqual({ error: { code: 'bad_encoding', message: errorMessages.bad_encoding } });
}

describe.each(methodNames)('POST /api/%s with a body that is not UTF-8', (name) => {
  // The method's own first field, so a lenient reading would get as far as its schema.
  const key = Object.keys((methods[name].input as z.ZodObject).shape)[0] ?? 'name';

  it.each(NOT_UTF8)('refuses %s with 400 bad_encoding', async (what, bad) => {
    expectBadEncoding(await post(name, json(key, bad)), what);
  });
});

describe('bodies that are not UTF-8', () => {
  it('are refused where a lenient reading would have stored them', async () => {
    const wardName = Buffer.concat([Buffer.from('{"wardName":"Phư'), Buffer.from([0xc6]), Buffer.from('ờng"}')]);
    expectBadEncoding(await post('updateSettings', wardName), 'a ward name with a stray byte');
    const counter = Buffer.concat([
      Buffer.from('{"number":9,"name":"Qu'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","serviceIds":[],"active":true}'),
    ]);
    expectBadEncoding(await post('saveCounter', counter), 'a counter name with a broken sequence');
  });

  it('are refused past the small body limit on the catalogue methods, which read up to 16 MiB', async () => {
    const body = Buffer.concat([
      Buffer.from(`{"format":"csv","removeMissing":false,"text":"${'Thủ tục '.repeat(40_000)}`),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);
    expect(body.length).toBeGreaterThan(256 * 1024);
    for (const name of ['previewCatalogueImport', 'importCatalogue']) expectBadEncoding(await post(name, body), name);
  });

  it('are refused as text/plain too', async () => {
    expectBadEncoding(await post('updateSettings', Buffer.from([0x7b, 0xc0, 0xaf, 0x7d]), 'text/plain; charset=utf-8'), 'text/plain');
  });

  it('left the database exactly as it was', () => {
    expect(fingerprint(service.running.ward.db)).toEqual(before);
    expect(service.running.ward.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('what is unchanged', () => {
  it('keeps the body limits: 413 past the small limit, and past 16 MiB on the catalogue methods', async () => {
    const small = await post('updateSettings', `{"wardName":"${'Đ'.repeat(128 * 1024)}"}`);
    expect(small.json).toMatchObject({ error: { code: 'payload_too_large' } });
    const large = await post('previewCatalogueImport', `{"format":"csv","text":"${'x'.repeat(CATALOGUE_FILE_BODY_LIMIT)}"}`);
    expect(large.json).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers bad_json for UTF-8 text that is not JSON, and for an empty or poisoned body', async () => {
    for (const body of ['{', '', '{"wardName":"Phường",}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}']) {
      const response = await post('updateSettings', body);
      expect(response.status, body).toBe(400);
      expect(response.json, body).toMatchObject({ error: { code: 'bad_json' } });
    }
  });

  it('reads a long Vietnamese body whole, whatever TCP chunks it arrives in', async () => {
    // Far longer than one chunk: multi-byte characters are cut at chunk boundaries, which must not
    // look like broken UTF-8. The text is too long for the field, so the schema is what refuses it.
    const response = await post('updateSettings', `{"wardName":"${'Phường Ba Đình, Hà Nội. '.repeat(6_000)}"}`);
    expect(response.json).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('stores a valid Vietnamese body as sent, and accepts one that starts with a byte-order mark', async () => {
    const wardName = 'Phường Hoàn Kiếm 🏛';
    expect((await post('updateSettings', JSON.stringify({ wardName }))).status).toBe(200);
    expect((await service.client.ok('getConfig', {}, service.token)).settings.wardName).toBe(wardName);

    // Some Windows editors and scripts write one; it is not part of the JSON and is dropped.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ wardName: 'Phường Cửa Nam' }))]);
    expect((await post('updateSettings', bom)).status).toBe(200);
    expect((await service.client.ok('getConfig', {}, service.token)).settings.wardName).toBe('Phường Cửa Nam');
  });
});
