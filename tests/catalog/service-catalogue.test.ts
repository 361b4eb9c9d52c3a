import { describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { encodeCatalogueJson } from '../../src/shared/catalog/catalogue-json';
import type { Procedure } from '../../src/shared/catalog/procedure';
import { catalogueCsvHeaders } from '../../src/shared/i18n/vi/catalog';
import { seedCatalogue } from '../support/seed-catalogue';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';

// The catalogue module through the service's handlers, on a real SQLite file: what the settings page
// and the counter see, and what the sync log receives.

const BIRTH = '019a0000-5eed-7000-8000-000000000010';
const MARRIAGE = '019a0000-5eed-7000-8000-000000000060';
const NEW_ID = '019b1111-0000-7000-8000-000000000001';
/** How many procedures a new ward starts with: the shipped seed file. */
const SEEDED = seedCatalogue.length;
const CIVIL_STATUS = seedCatalogue.filter((p) => p.field === 'Hộ tịch').length;

/** A procedure written out in full, independent of the seed data. */
function procedure(overrides: Partial<Procedure> = {}): Procedure {
  return {
    id: NEW_ID,
    nationalCode: { code: '2.000001', confidence: 'C', source: 'Quyết định công bố số 1/QĐ-UBND' },
    field: 'Văn hóa',
    name: 'Thông báo tổ chức lễ hội',
    receivingUnit: 'Bộ phận Một cửa',
    competentUnit: 'Ủy ban nhân dân phường',
    channels: ['in_person', 'online'],
    deadline: { rule: { kind: 'working_days', days: 5 }, byChannel: {}, confidence: 'C', source: 'Quyết định công bố số 1/QĐ-UBND' },
    fee: { rule: { kind: 'free' }, exemptions: [], confidence: 'S', source: 'Trang thông tin phường' },
    requiredDocuments: {
      items: [{ name: 'Văn bản thông báo', kind: 'original', count: 1, optional: false, formTemplate: null }],
      confidence: 'U',
      source: 'Chưa đối chiếu',
    },
    resultDocument: { name: null, confidence: 'U', source: 'Chưa tìm thấy' },
    legalBasis: { items: null, confidence: 'U', source: 'Chưa tìm thấy' },
    publicationDecision: null,
    effectiveFrom: '2025-07-01',
    ...overrides,
  };
}

function outboxOps(fx: WardFixture): { op: string; entity_id: string }[] {
  return fx.ward.db.prepare(`SELECT op, entity_id FROM outbox WHERE entity = 'procedure' ORDER BY seq`).all() as {
    op: string;
    entity_id: string;
  }[];
}

function outboxCount(fx: WardFixture): number {
  return (fx.ward.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
}

function storedRows(fx: WardFixture): unknown[] {
  return fx.ward.db.prepare('SELECT * FROM procedures ORDER BY position').all();
}

/** A JSON catalogue file with one procedure per line: procedure i (0-based) is on line i + 2. */
function jsonFileOneLineEach(procedures: readonly unknown[]): string {
  return ['{"format":"motcua-catalogue","version":1,"procedures":[', procedures.map((p) => JSON.stringify(p)).join(',\n'), ']}'].join('\n');
}

function storedCatalogue(fx: WardFixture): Procedure[] {
  return fx.call('listProcedures', { limit: 5000 }).procedures;
}

describe('the seed catalogue', () => {
  it('is in place after the first start, each seed procedure sent to sync once, and not seeded again at restart', () => {
    const fx = wardFixture();
    const listed = fx.call('listProcedures', {});
    expect(listed.total).toBe(SEEDED);
    expect(listed.procedures[0]!.name).toBe('Đăng ký khai sinh');
    expect(listed.fields).toContain('Hộ tịch');
    expect(listed.fields).toContain('Chứng thực');
    const birth = fx.call('getProcedure', { id: BIRTH }).procedure;
    expect(birth.nationalCode).toMatchObject({ code: '1.001193', confidence: 'S' });
    // Hanoi's fee for a late registration is not known yet: no other province's amount stands in for it.
    expect(birth.fee).toMatchObject({ rule: null, confidence: 'U' });
    expect(birth.deadline).toMatchObject({ rule: { kind: 'same_day_cutoff', cutoff: '15:00' }, confidence: 'C' });

    const ops = outboxOps(fx);
    expect(ops).toHaveLength(SEEDED);
    expect(new Set(ops.map((o) => o.op))).toEqual(new Set(['procedure.save@1']));

    const again = fx.reopen();
    expect(again.call('listProcedures', {}).total).toBe(SEEDED);
    expect(outboxOps(again)).toHaveLength(SEEDED);
    // The mark lives in the database under a name every later version must keep reading, or an
    // upgraded ward would get the seed back over its own catalogue.
    expect(again.ward.db.prepare("SELECT value FROM settings WHERE key = 'catalogueSeededAt'").get()).toBeDefined();
  });

  it('does not come back at restart once the admin has emptied the catalogue', () => {
    const fx = wardFixture();
    const only = procedure();
    const result = fx.call('importCatalogue', { format: 'json', text: encodeCatalogueJson([only]), removeMissing: true });
    expect(result).toEqual({ ok: true, added: 1, changed: 0, unchanged: 0, removed: SEEDED });
    const again = fx.reopen();
    expect(again.call('listProcedures', {}).procedures.map((p) => p.name)).toEqual(['Thông báo tổ chức lễ hội']);
  });
});

describe('saveProcedure, getProcedure, listProcedures', () => {
  it('creates a procedure, reads it back with its confidence tags, then updates it in place', () => {
    const fx = wardFixture();
    const before = outboxCount(fx);
    const created = fx.call('saveProcedure', { procedure: procedure() });
    expect(created.created).toBe(true);
    expect(fx.call('getProcedure', { id: NEW_ID }).procedure).toEqual(procedure());

    const listed = fx.call('listProcedures', { field: 'Văn hóa' });
    expect(listed.procedures.map((p) => [p.name, p.deadline.confidence, p.fee.confidence, p.requiredDocuments.confidence])).toEqual([
      ['Thông báo tổ chức lễ hội', 'C', 'S', 'U'],
    ]);
    expect(listed.total).toBe(1);

    const renamed = procedure({ name: 'Thông báo tổ chức lễ hội truyền thống' });
    expect(fx.call('saveProcedure', { procedure: renamed }).created).toBe(false);
    expect(fx.call('getProcedure', { id: NEW_ID }).procedure.name).toBe('Thông báo tổ chức lễ hội truyền thống');
    expect(fx.call('listProcedures', {}).total).toBe(SEEDED + 1);
    // Still last in catalogue order after the update.
    expect(fx.call('listProcedures', {}).procedures.at(-1)!.id).toBe(NEW_ID);

    expect(outboxCount(fx)).toBe(before + 2);
    expect(outboxOps(fx).slice(-2)).toEqual([
      { op: 'procedure.save@1', entity_id: NEW_ID },
      { op: 'procedure.save@1', entity_id: NEW_ID },
    ]);
    const payload = JSON.parse(
      (fx.ward.db.prepare('SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1').get() as { payload: string }).payload,
    ) as { procedure: Procedure };
    expect(payload.procedure.name).toBe('Thông báo tổ chức lễ hội truyền thống');
  });

  it('tells the pages the catalogue changed, after the commit', () => {
    const fx = wardFixture();
    const seen: string[] = [];
    fx.ward.events.subscribe((name) => seen.push(name));
    fx.call('saveProcedure', { procedure: procedure() });
    expect(seen).toEqual(['catalogue.changed']);
  });

  it('refuses an unknown id with a Vietnamese message', () => {
    const fx = wardFixture();
    const error = expectApiError(() => fx.call('getProcedure', { id: NEW_ID }), 'procedure_not_found');
    expect(error.status).toBe(404);
    expect(error.message).toBe('Không tìm thấy thủ tục trong danh mục.');
  });

  it('refuses a national code that belongs to another procedure, and changes nothing', () => {
    const fx = wardFixture();
    const before = { rows: storedRows(fx), outbox: outboxCount(fx) };
    const clash = procedure({ nationalCode: { code: '1.001193', confidence: 'C', source: 'Cổng dịch vụ công' } });
    const error = expectApiError(() => fx.call('saveProcedure', { procedure: clash }), 'duplicate_national_code');
    expect(error.message).toContain('"Đăng ký khai sinh"');
    expect(storedRows(fx)).toEqual(before.rows);
    expect(outboxCount(fx)).toBe(before.outbox);
    // The procedure that owns the code may of course be saved with it.
    const birth = fx.call('getProcedure', { id: BIRTH }).procedure;
    expect(fx.call('saveProcedure', { procedure: { ...birth, name: 'Đăng ký khai sinh (sửa)' } }).created).toBe(false);
  });

  it('lets many procedures go without a national code', () => {
    const fx = wardFixture();
    const unknownCode = { code: null, confidence: 'U' as const, source: 'Chưa tìm thấy' };
    fx.call('saveProcedure', { procedure: procedure({ nationalCode: unknownCode }) });
    fx.call('saveProcedure', { procedure: procedure({ id: '019b1111-0000-7000-8000-000000000002', nationalCode: unknownCode }) });
    expect(fx.call('listProcedures', { field: 'Văn hóa' }).total).toBe(2);
  });
});

describe('search without accents', () => {
  it('"ho tich" finds the civil-status (Hộ tịch) procedures, and only them', () => {
    const fx = wardFixture();
    const found = fx.call('listProcedures', { query: 'ho tich' });
    expect(found.total).toBe(CIVIL_STATUS);
    expect(found.procedures.map((p) => p.field)).toEqual(Array(CIVIL_STATUS).fill('Hộ tịch'));
    expect(found.procedures.map((p) => p.name)).toContain('Đăng ký khai sinh');
  });

  it('finds by a few folded words, by đ typed as d, and by national code first', () => {
    const fx = wardFixture();
    expect(fx.call('listProcedures', { query: 'DANG KY KET HON' }).procedures.map((p) => p.name)).toEqual([
      'Đăng ký kết hôn',
      'Đăng ký kết hôn lưu động',
      'Đăng ký kết hôn có yếu tố nước ngoài',
      'Đăng ký lại kết hôn',
    ]);
    expect(fx.call('listProcedures', { query: '1.001193' }).procedures.map((p) => p.id)).toEqual([BIRTH]);
    expect(fx.call('listProcedures', { query: 'khai sinh', field: 'Chứng thực' }).total).toBe(0);
    // LIKE wildcards typed by the clerk are plain characters.
    expect(fx.call('listProcedures', { query: '%' }).total).toBe(0);
    expect(fx.call('listProcedures', { query: '_' }).total).toBe(0);
  });

  it('ranks a name that starts with the words before the catalogue order, even for a procedure added last', () => {
    const fx = wardFixture();
    fx.call('saveProcedure', { procedure: procedure({ name: 'Kết hôn tập thể (thử)' }) }, LOCAL_CALLER);
    expect(fx.call('listProcedures', { query: 'ket hon' }).procedures.map((p) => p.name)[0]).toBe('Kết hôn tập thể (thử)');
  });

  it('cuts a long list at the limit but still says how many matched', () => {
    const fx = wardFixture();
    const found = fx.call('listProcedures', { limit: 5 });
    expect(found.procedures).toHaveLength(5);
    expect(found.total).toBe(SEEDED);
  });
});

describe('importing a catalogue file', () => {
  it('refuses a file with bad lines, names every one of them, and changes nothing', () => {
    const fx = wardFixture();
    const before = { rows: storedRows(fx), outbox: outboxCount(fx) };
    const catalogue = storedCatalogue(fx);
    const file = jsonFileOneLineEach([
      catalogue[0],
      { ...catalogue[1], effectiveFrom: '2025-02-30' },
      procedure(),
      { ...catalogue[3], fee: { ...catalogue[3]!.fee, rule: { kind: 'fixed', amount: 0 } } },
    ]);
    const expected = {
      ok: false,
      problems: [
        {
          line: 3,
          field: 'procedures[1].effectiveFrom',
          reason: 'Ngày phải có dạng năm-tháng-ngày (ví dụ 2025-07-01) và là ngày có thật.',
        },
        { line: 5, field: 'procedures[3].fee.rule.amount', reason: 'Phải từ 1 trở lên.' },
      ],
    };
    expect(fx.call('previewCatalogueImport', { format: 'json', text: file })).toEqual(expected);
    expect(fx.call('importCatalogue', { format: 'json', text: file })).toEqual(expected);
    expect(storedRows(fx)).toEqual(before.rows);
    expect(outboxCount(fx)).toBe(before.outbox);
  });

  it('names the spreadsheet row of a bad CSV line', () => {
    const fx = wardFixture();
    const before = storedRows(fx);
    const csv = fx.call('exportCatalogue', { format: 'csv' }).text;
    // Row 1 is the header, so the third procedure is row 4; its deadline cell loses its unit.
    const bad = csv.replace('working_days days=15', 'working_days days=mười lăm');
    expect(bad).not.toBe(csv);
    const result = fx.call('importCatalogue', { format: 'csv', text: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([[5, catalogueCsvHeaders.deadline]]);
    expect(storedRows(fx)).toEqual(before);
  });

  it('previews the diff without writing, then applies exactly that diff with one outbox operation per changed procedure', () => {
    const fx = wardFixture();
    const catalogue = storedCatalogue(fx);
    const edited = catalogue.map((p) =>
      p.id === MARRIAGE
        ? { ...p, fee: { rule: { kind: 'fixed' as const, amount: 10_000 }, exemptions: [], confidence: 'C' as const, source: 'NQ HĐND' } }
        : p,
    );
    const file = encodeCatalogueJson([...edited, procedure()]);
    const before = { rows: storedRows(fx), outbox: outboxCount(fx) };

    const preview = fx.call('previewCatalogueImport', { format: 'json', text: file });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.added.map((p) => p.name)).toEqual(['Thông báo tổ chức lễ hội']);
    expect(preview.changed).toEqual([
      { procedure: { id: MARRIAGE, nationalCode: '1.000894', field: 'Hộ tịch', name: 'Đăng ký kết hôn' }, fields: ['fee'] },
    ]);
    expect(preview.unchanged).toHaveLength(SEEDED - 1);
    expect(preview.missing).toEqual([]);
    expect(preview.clashes).toEqual([]);
    expect(storedRows(fx)).toEqual(before.rows);
    expect(outboxCount(fx)).toBe(before.outbox);

    expect(fx.call('importCatalogue', { format: 'json', text: file })).toEqual({
      ok: true,
      added: 1,
      changed: 1,
      unchanged: SEEDED - 1,
      removed: 0,
    });
    expect(fx.call('getProcedure', { id: MARRIAGE }).procedure.fee.rule).toEqual({ kind: 'fixed', amount: 10_000 });
    expect(fx.call('getProcedure', { id: NEW_ID }).procedure).toEqual(procedure());
    expect(outboxOps(fx).slice(SEEDED)).toEqual([
      { op: 'procedure.save@1', entity_id: MARRIAGE },
      { op: 'procedure.save@1', entity_id: NEW_ID },
    ]);

    // The same file again changes nothing and records nothing.
    const outboxAfter = outboxCount(fx);
    expect(fx.call('importCatalogue', { format: 'json', text: file })).toEqual({
      ok: true,
      added: 0,
      changed: 0,
      unchanged: SEEDED + 1,
      removed: 0,
    });
    expect(outboxCount(fx)).toBe(outboxAfter);
  });

  it('keeps procedures the file leaves out unless asked to remove them, and records each removal', () => {
    const fx = wardFixture();
    const catalogue = storedCatalogue(fx);
    const file = encodeCatalogueJson(catalogue.filter((p) => p.id !== BIRTH && p.id !== MARRIAGE));

    const heard: [string, unknown][] = [];
    fx.ward.events.subscribe((name, payload) => heard.push([name, payload]));
    const kept = fx.call('previewCatalogueImport', { format: 'json', text: file });
    expect(kept.ok && kept.missing.map((p) => p.name)).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
    expect(fx.call('importCatalogue', { format: 'json', text: file })).toEqual({
      ok: true,
      added: 0,
      changed: 0,
      unchanged: SEEDED - 2,
      removed: 0,
    });
    expect(fx.call('listProcedures', {}).total).toBe(SEEDED);
    // Nothing changed: the open pages are not told to reload.
    expect(heard.filter(([name]) => name === 'catalogue.changed')).toEqual([]);

    expect(fx.call('importCatalogue', { format: 'json', text: file, removeMissing: true })).toEqual({
      ok: true,
      added: 0,
      changed: 0,
      unchanged: SEEDED - 2,
      removed: 2,
    });
    expect(fx.call('listProcedures', {}).total).toBe(SEEDED - 2);
    expectApiError(() => fx.call('getProcedure', { id: BIRTH }), 'procedure_not_found');
    expect(outboxOps(fx).slice(SEEDED)).toEqual([
      { op: 'procedure.remove@1', entity_id: BIRTH },
      { op: 'procedure.remove@1', entity_id: MARRIAGE },
    ]);
    expect(
      (fx.ward.db.prepare(`SELECT payload FROM outbox WHERE op = 'procedure.remove@1' ORDER BY seq`).all() as { payload: string }[]).map(
        (r) => JSON.parse(r.payload),
      ),
    ).toEqual([{ id: BIRTH }, { id: MARRIAGE }]);
    expect(heard.filter(([name]) => name === 'catalogue.changed')).toEqual([['catalogue.changed', { at: fx.clock.now().toISOString() }]]);
  });

  it('tells the open pages to reload after an import that only adds a procedure, and after one that only changes one', () => {
    const fx = wardFixture();
    const catalogue = storedCatalogue(fx);
    const heard: string[] = [];
    fx.ward.events.subscribe((name) => heard.push(name));

    expect(fx.call('importCatalogue', { format: 'json', text: encodeCatalogueJson([...catalogue, procedure()]) })).toMatchObject({
      added: 1,
      changed: 0,
      removed: 0,
    });
    expect(heard).toEqual(['catalogue.changed']);

    const renamed = procedure({ name: 'Thông báo tổ chức lễ hội truyền thống' });
    expect(fx.call('importCatalogue', { format: 'json', text: encodeCatalogueJson([...catalogue, renamed]) })).toMatchObject({
      added: 0,
      changed: 1,
      removed: 0,
    });
    expect(heard).toEqual(['catalogue.changed', 'catalogue.changed']);
  });

  it('refuses a national code held by a stored procedure the file leaves out, and changes nothing', () => {
    const fx = wardFixture();
    const catalogue = storedCatalogue(fx);
    const thief = procedure({ nationalCode: { code: '1.001193', confidence: 'C', source: 'Cổng dịch vụ công' } });
    const file = encodeCatalogueJson([...catalogue.filter((p) => p.id !== BIRTH), thief]);
    const before = { rows: storedRows(fx), outbox: outboxCount(fx) };

    const preview = fx.call('previewCatalogueImport', { format: 'json', text: file });
    expect(preview.ok && preview.clashes).toEqual([
      {
        nationalCode: '1.001193',
        incoming: { id: NEW_ID, nationalCode: '1.001193', field: 'Văn hóa', name: 'Thông báo tổ chức lễ hội' },
        stored: { id: BIRTH, nationalCode: '1.001193', field: 'Hộ tịch', name: 'Đăng ký khai sinh' },
      },
    ]);
    const error = expectApiError(() => fx.call('importCatalogue', { format: 'json', text: file }), 'catalogue_code_clash');
    expect(error.message).toContain('1.001193');
    expect(storedRows(fx)).toEqual(before.rows);
    expect(outboxCount(fx)).toBe(before.outbox);

    // Removing the procedures the file leaves out resolves the clash.
    const removing = fx.call('previewCatalogueImport', { format: 'json', text: file, removeMissing: true });
    expect(removing.ok && removing.clashes).toEqual([]);
    expect(fx.call('importCatalogue', { format: 'json', text: file, removeMissing: true })).toMatchObject({
      ok: true,
      added: 1,
      removed: 1,
    });
    expect(fx.call('listProcedures', { query: '1.001193' }).procedures.map((p) => p.id)).toEqual([NEW_ID]);
  });

  it('lets two procedures swap national codes in one file', () => {
    const fx = wardFixture();
    const catalogue = storedCatalogue(fx);
    const swapped = catalogue.map((p) =>
      p.id === BIRTH
        ? { ...p, nationalCode: { ...p.nationalCode, code: '1.000894' } }
        : p.id === MARRIAGE
          ? { ...p, nationalCode: { ...p.nationalCode, code: '1.001193' } }
          : p,
    );
    expect(fx.call('importCatalogue', { format: 'json', text: encodeCatalogueJson(swapped) })).toMatchObject({ ok: true, changed: 2 });
    expect(fx.call('listProcedures', { query: '1.000894' }).procedures.map((p) => p.name)).toEqual(['Đăng ký khai sinh']);
  });

  it('exports a file that imports back as no change at all', () => {
    const fx = wardFixture();
    fx.call('saveProcedure', { procedure: procedure() }, LOCAL_CALLER);
    for (const format of ['json', 'csv'] as const) {
      const text = fx.call('exportCatalogue', { format }).text;
      expect(fx.call('previewCatalogueImport', { format, text })).toMatchObject({ ok: true, added: [], changed: [], missing: [] });
    }
    expect(fx.call('exportCatalogue', { format: 'json' }).text).toContain('"name": "Thông báo tổ chức lễ hội"');
  });
});

describe('listProcedures: search, limit and the field list', () => {
  it('lists the fields in Vietnamese alphabetical order, Đ after D and before H', () => {
    expect(wardFixture().call('listProcedures', {}).fields).toEqual([
      'Bảo trợ xã hội',
      'Chứng thực',
      'Cư trú',
      'Đất đai',
      'Hòa giải ở cơ sở',
      'Hộ tịch',
      'Người có công',
      'Nuôi con nuôi',
      'Thành lập và hoạt động của hộ kinh doanh',
      'Xây dựng',
    ]);
  });

  it('cuts search results to the limit and still counts them all', () => {
    const fx = wardFixture();
    const all = fx.call('listProcedures', { query: 'dang ky' });
    expect(all.total).toBeGreaterThan(3);
    const cut = fx.call('listProcedures', { query: 'dang ky', limit: 3 });
    expect(cut.total).toBe(all.total);
    expect(cut.procedures.map((p) => p.id)).toEqual(all.procedures.slice(0, 3).map((p) => p.id));
  });

  it('takes % and _ in a query as the characters themselves', () => {
    const fx = wardFixture();
    fx.call('saveProcedure', { procedure: procedure({ name: 'Hỗ trợ 100% học phí' }) });
    fx.call('saveProcedure', {
      procedure: procedure({
        id: '019b1111-0000-7000-8000-000000000002',
        nationalCode: { code: '2.000002', confidence: 'C', source: 'x' },
        name: 'Mẫu so_sánh',
      }),
    });
    expect(fx.call('listProcedures', { query: '100%' }).procedures.map((p) => p.name)).toEqual(['Hỗ trợ 100% học phí']);
    expect(fx.call('listProcedures', { query: 'so_sanh' }).procedures.map((p) => p.name)).toEqual(['Mẫu so_sánh']);
    expect(fx.call('listProcedures', { query: '   ', limit: 2 }).procedures).toHaveLength(2);
  });
});
