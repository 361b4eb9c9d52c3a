import { clerkSession } from '../support/clerk-sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCatalogueCsv } from '../../src/shared/catalog/catalogue-csv';
import { encodeCatalogueJson } from '../../src/shared/catalog/catalogue-json';
import type { Procedure } from '../../src/shared/catalog/procedure';
import { catalogueCsvHeaders } from '../../src/shared/i18n/vi/catalog';
import { fingerprint } from '../support/db-fingerprint';
import { openCounters } from '../support/queue-setup';
import { seedCatalogue } from '../support/seed-catalogue';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// A city-sized catalogue over the real HTTP transport: the import methods take a body of several
// megabytes, every other method keeps the small limit, and only a caller allowed to import can make
// the service read such a body at all.

const SIZE = 2_000;
const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Bảo trợ xã hội'];

/** Procedure n of a generated city catalogue: every fact filled, a few documents each. */
function cityProcedure(n: number): Procedure {
  const hex = n.toString(16).padStart(12, '0');
  return {
    id: `019c0000-0000-7000-8000-${hex}`,
    nationalCode: { code: `8.${String(n).padStart(6, '0')}`, confidence: 'C', source: `Quyết định số ${n}/QĐ-UBND thành phố Hà Nội` },
    field: FIELDS[n % FIELDS.length]!,
    name: `Thủ tục thử nghiệm số ${n} về việc đăng ký và cấp giấy xác nhận`,
    receivingUnit: 'Bộ phận Một cửa Ủy ban nhân dân phường',
    competentUnit: 'Chủ tịch Ủy ban nhân dân phường',
    channels: ['in_person', 'online', 'postal'],
    deadline: {
      rule: { kind: 'working_days', days: 1 + (n % 20) },
      byChannel: { online: { kind: 'working_days', days: 2 + (n % 20) } },
      confidence: 'C',
      source: 'Cổng dịch vụ công quốc gia, hồ sơ thủ tục',
    },
    fee: {
      rule: { kind: 'per_copy', amount: 1_000 * (1 + (n % 50)) },
      exemptions: ['Người thuộc hộ nghèo', 'Người khuyết tật'],
      confidence: 'S',
      source: 'Nghị quyết của Hội đồng nhân dân thành phố',
    },
    requiredDocuments: {
      items: [1, 2, 3, 4].map((k) => ({
        name: `Giấy tờ thứ ${k} của hồ sơ số ${n}`,
        kind: k % 2 === 0 ? 'copy' : 'original',
        count: k,
        optional: k === 4,
        formTemplate: k === 1 ? `Mẫu tờ khai số ${n}` : null,
      })),
      confidence: 'C',
      source: 'Cổng dịch vụ công quốc gia, hồ sơ thủ tục',
    },
    resultDocument: { name: `Giấy xác nhận số ${n}`, confidence: 'C', source: 'Cổng dịch vụ công quốc gia' },
    legalBasis: { items: ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'], confidence: 'C', source: 'Cổng dịch vụ công quốc gia' },
    publicationDecision: `Quyết định số ${n}/QĐ-UBND`,
    effectiveFrom: '2025-07-01',
  };
}

const city = Array.from({ length: SIZE }, (_, n) => cityProcedure(n + 1));

let service: TestWardService;

beforeAll(async () => {
  service = await startTestWardService();
});

afterAll(async () => {
  await service?.close();
});

function post(method: string, body: string, token: string | null = service.token) {
  return service.client.raw({
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
}

function outboxCount(): number {
  return (service.running.ward.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
}

describe('a 2,000-procedure catalogue over HTTP', () => {
  it('is refused before its body is read when the caller has no token, and changes nothing', async () => {
    const before = fingerprint(service.running.ward.db);
    const response = await post('importCatalogue', JSON.stringify({ format: 'json', text: encodeCatalogueJson(city) }), null);
    expect(response.status).toBe(401);
    expect((response.json as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(fingerprint(service.running.ward.db)).toEqual(before);
  });

  it('previews a 4 MB JSON file, then imports it in one transaction with one outbox operation per procedure', async () => {
    const body = JSON.stringify({ format: 'json', text: encodeCatalogueJson(city) });
    expect(body.length).toBeGreaterThan(3_500_000);
    const before = outboxCount();

    const preview = await post('previewCatalogueImport', body);
    expect(preview.status).toBe(200);
    const diff = preview.json as { ok: true; added: unknown[]; changed: unknown[]; missing: unknown[]; clashes: unknown[] };
    expect([diff.ok, diff.added.length, diff.changed.length, diff.missing.length, diff.clashes.length]).toEqual([
      true,
      SIZE,
      0,
      seedCatalogue.length,
      0,
    ]);
    expect(outboxCount()).toBe(before);

    const started = performance.now();
    const imported = await post('importCatalogue', body);
    const elapsed = performance.now() - started;
    expect(imported.status).toBe(200);
    expect(imported.json).toEqual({ ok: true, added: SIZE, changed: 0, unchanged: 0, removed: 0 });
    expect(outboxCount()).toBe(before + SIZE);
    // Generous: the bench holds the real target; this only catches an import that went quadratic.
    expect(elapsed).toBeLessThan(15_000);

    const listed = await service.client.ok('listProcedures', { query: 'thu tuc thu nghiem so 1999' }, service.token);
    expect(listed.procedures.map((p) => p.nationalCode.code)).toEqual(['8.001999']);
  });

  it('reads the CSV form of the same catalogue as no change', async () => {
    const body = JSON.stringify({ format: 'csv', text: encodeCatalogueCsv(city) });
    const preview = await post('previewCatalogueImport', body);
    expect(preview.status).toBe(200);
    const diff = preview.json as { ok: true; added: unknown[]; changed: unknown[]; unchanged: unknown[] };
    expect([diff.ok, diff.added.length, diff.changed.length, diff.unchanged.length]).toEqual([true, 0, 0, SIZE]);
  });

  it('refuses a 2,000-procedure file with bad lines as a whole, naming each line', async () => {
    const broken = city.map((p, i) => (i === 10 || i === 1500 ? { ...p, effectiveFrom: '2025-13-01' } : p));
    const csv = encodeCatalogueCsv(broken as Procedure[]);
    const before = fingerprint(service.running.ward.db);
    const response = await post('importCatalogue', JSON.stringify({ format: 'csv', text: csv }));
    expect(response.status).toBe(200);
    const result = response.json as { ok: boolean; problems: { line: number; field: string }[] };
    expect(result.ok).toBe(false);
    // The header is row 1: procedure i is row i + 2.
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [12, catalogueCsvHeaders.effective_from],
      [1502, catalogueCsvHeaders.effective_from],
    ]);
    expect(fingerprint(service.running.ward.db)).toEqual(before);
  });

  it('answers 413 for a body over 16 MiB, and other methods keep the 256 KiB limit', async () => {
    const before = fingerprint(service.running.ward.db);
    const huge = JSON.stringify({ format: 'json', text: 'x'.repeat(17 * 1024 * 1024) });
    const tooLarge = await post('importCatalogue', huge);
    expect(tooLarge.status).toBe(413);
    expect((tooLarge.json as { error: { code: string } }).error.code).toBe('payload_too_large');

    const procedure = cityProcedure(SIZE + 1);
    const padded = JSON.stringify({ procedure: { ...procedure, padding: 'x'.repeat(300 * 1024) } });
    const small = await post('saveProcedure', padded);
    expect(small.status).toBe(413);
    expect(fingerprint(service.running.ward.db)).toEqual(before);
  });

  it('lets a paired counter PC read the catalogue but neither change it nor send a catalogue file', async () => {
    const { client, token } = service;
    await openCounters(client, token, 1);
    const { code } = await client.ok('createPairingCode', { role: 'counter', counterNumber: 1, deviceName: 'Máy quầy 1' }, token);
    const device = (await client.ok('pairDevice', { code }, null)).token;
    const counter = (await clerkSession(client, token, device)).token;
    const before = fingerprint(service.running.ward.db);

    const listed = await client.ok('listProcedures', { query: 'khai sinh' }, counter);
    expect(listed.procedures[0]!.name).toBe('Đăng ký khai sinh');
    expect((await client.call('saveProcedure', { procedure: cityProcedure(SIZE + 2) }, counter)).status).toBe(403);
    const big = await post('importCatalogue', JSON.stringify({ format: 'json', text: encodeCatalogueJson(city) }), counter);
    expect(big.status).toBe(403);
    expect((big.json as { error: { code: string } }).error.code).toBe('forbidden');
    expect(fingerprint(service.running.ward.db)).toEqual(before);
  });
});
