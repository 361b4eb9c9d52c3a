import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../src/shared/catalog/catalogue-export';
import { parseCatalogueImport, type CatalogueImport } from '../../src/shared/catalog/catalogue-import';
import { seedCatalogue } from '../support/seed-catalogue';
import type { ImportIssue } from '../../src/shared/catalog/import-issue';
import { catalogueCsvHeaders as H } from '../../src/shared/i18n/vi/catalog';

// An import is all or nothing, and every refusal points at the spreadsheet row (header = row 1) or
// the JSON line the admin has to fix.

/** The first `count` seed procedures as spreadsheet rows; rows[0] is the header, so rows[n - 1] is row n. */
function seedRows(count: number): string[][] {
  return Papa.parse<string[]>(exportCatalogue(seedCatalogue.slice(0, count), 'csv').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

function setCell(rows: string[][], spreadsheetRow: number, column: keyof typeof H, value: string): void {
  const index = rows[0]!.indexOf(H[column]);
  if (index < 0) throw new Error(`no column ${column}`);
  rows[spreadsheetRow - 1]![index] = value;
}

function csv(rows: string[][], delimiter = ','): string {
  return Papa.unparse(rows, { delimiter, newline: '\r\n' });
}

function refused(result: CatalogueImport): ImportIssue[] {
  expect(result.ok).toBe(false);
  expect('procedures' in result).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('CSV import', () => {
  it('refuses the whole file for one bad amount and names its row and column', () => {
    const rows = seedRows(4);
    // Row 2 (the first procedure) has multi-line cells, which must not shift the count.
    setCell(rows, 3, 'fee', 'fixed amount=2.000');
    const issues = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: H.fee });
    expect(issues[0]!.reason).toBe('Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).');
  });

  it('reports every bad row at once, in row order', () => {
    const rows = seedRows(5);
    setCell(rows, 5, 'effective_from', '2025-02-30');
    setCell(rows, 2, 'national_code', '1.1193');
    setCell(rows, 4, 'name', '');
    const issues = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issues.map(({ line, field }) => [line, field])).toEqual([
      [2, H.national_code],
      [4, H.name],
      [5, H.effective_from],
    ]);
    expect(issues[1]!.reason).toBe('Chưa nhập giá trị bắt buộc.');
  });

  it('names a repeated national code and the row it repeats', () => {
    const rows = seedRows(4);
    setCell(rows, 4, 'national_code', seedCatalogue[0]!.nationalCode.code!);
    const issues = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issues).toEqual([
      expect.objectContaining({ line: 4, field: H.national_code, reason: 'Mã thủ tục 1.001193 trùng với thủ tục ở dòng 2.' }),
    ]);
  });

  it('names a repeated id', () => {
    const rows = seedRows(3);
    setCell(rows, 3, 'id', seedCatalogue[0]!.id);
    const issues = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issues).toEqual([expect.objectContaining({ line: 3, field: H.id, reason: 'Mã định danh trùng với thủ tục ở dòng 2.' })]);
  });

  it('says which document line in the cell is wrong', () => {
    const rows = seedRows(2);
    setCell(rows, 2, 'documents', 'Tờ khai | original | 1 | required\nGiấy chứng sinh | original | 1');
    const [issue, ...rest] = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 2, field: H.documents });
    expect(issue!.reason).toMatch(/^Mục thứ 2 trong ô: Mỗi dòng giấy tờ phải có dạng/);
  });

  it('refuses a value the schema rejects inside a list cell, naming the item', () => {
    const rows = seedRows(2);
    setCell(rows, 2, 'documents', 'Tờ khai | original | 1 | required\nGiấy chứng sinh | photocopy | 1 | required');
    const [issue] = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issue).toMatchObject({
      line: 2,
      field: H.documents,
      reason: 'Mục thứ 2 trong ô: Giá trị không hợp lệ. Chỉ nhận: original, copy, either.',
    });
  });

  it('refuses a fact with no value tagged as confirmed', () => {
    const rows = seedRows(2);
    setCell(rows, 2, 'deadline', '');
    const [issue] = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issue).toMatchObject({ line: 2, field: H.deadline_confidence });
    expect(issue!.reason).toContain('độ tin cậy phải là U');
  });

  it('refuses a deadline for a channel the procedure does not offer', () => {
    const rows = seedRows(2);
    setCell(rows, 2, 'deadline_online', 'working_days days=2');
    const [issue] = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issue).toMatchObject({ line: 2, field: H.deadline_online });
    expect(issue!.reason).toContain('kênh trực tuyến');
  });

  it('names a missing or unknown column on row 1 and reads no row', () => {
    const rows = seedRows(3).map((row) => row.slice(1));
    rows[0]![0] = 'ma_tthc';
    const issues = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issues).toEqual([
      expect.objectContaining({ line: 1, field: 'ma_tthc', reason: 'Cột này không thuộc định dạng danh mục.' }),
      expect.objectContaining({ line: 1, field: H.id, reason: 'Thiếu cột này trong dòng tiêu đề.' }),
      expect.objectContaining({ line: 1, field: H.national_code, reason: 'Thiếu cột này trong dòng tiêu đề.' }),
    ]);
  });

  it('refuses a row with more cells than columns', () => {
    const rows = seedRows(3);
    rows[2]!.push('extra');
    const issues = refused(parseCatalogueImport(csv(rows), 'csv'));
    expect(issues).toEqual([expect.objectContaining({ line: 3, field: null, reason: 'Dòng có 31 ô trong khi dòng tiêu đề có 30 cột.' })]);
  });

  it('refuses an unclosed quote', () => {
    const text = `${csv(seedRows(2))}\r\n"${seedCatalogue[1]!.id},1.000689`;
    const issues = refused(parseCatalogueImport(text, 'csv'));
    expect(issues[0]!.reason).toBe('Dấu ngoặc kép (") chưa được đóng hoặc đặt sai chỗ.');
  });

  it('reads a file saved by a spreadsheet with semicolons, no byte-order mark and blank rows at the end', () => {
    const rows = seedRows(3);
    const result = parseCatalogueImport(`${csv(rows, ';')}\r\n;;;\r\n\r\n`, 'csv');
    expect(result).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 3) });
  });

  it('keeps text that starts like a formula as text', () => {
    const procedure = { ...seedCatalogue[0]!, name: '=HYPERLINK("x")', field: "'Hộ tịch" };
    const text = exportCatalogue([procedure], 'csv');
    expect(text).toContain(`'=HYPERLINK`);
    expect(parseCatalogueImport(text, 'csv')).toEqual({ ok: true, procedures: [procedure] });
  });

  it('refuses a file with a header and no procedure', () => {
    const issues = refused(parseCatalogueImport(csv(seedRows(0)), 'csv'));
    expect(issues).toEqual([expect.objectContaining({ line: 1, reason: 'Tệp không có thủ tục nào.' })]);
  });
});

describe('JSON import', () => {
  const json = (procedures: unknown[]) => JSON.stringify({ format: 'motcua-catalogue', version: 1, procedures }, null, 2);

  it('refuses the whole file for one bad procedure and gives the line where it starts', () => {
    const second = { ...seedCatalogue[1]!, fee: { ...seedCatalogue[1]!.fee, rule: { kind: 'fixed', amount: 2.5 } } };
    const text = json([seedCatalogue[0], second, seedCatalogue[2]]);
    const lines = text.split('\n');
    const startLine = lines.findIndex((line) => line.includes(`"id": "${second.id}"`)); // 0-based index of the id line = 1-based line of "{"
    const issues = refused(parseCatalogueImport(text, 'json'));
    expect(issues).toEqual([
      expect.objectContaining({ line: startLine, field: 'procedures[1].fee.rule.amount', reason: 'Phải là số nguyên.' }),
    ]);
  });

  it('gives each procedure its own line even when written on one line', () => {
    const text = JSON.stringify({
      format: 'motcua-catalogue',
      version: 1,
      procedures: [seedCatalogue[0], { ...seedCatalogue[1], name: '' }],
    });
    const issues = refused(parseCatalogueImport(text, 'json'));
    expect(issues).toEqual([expect.objectContaining({ line: 1, field: 'procedures[1].name', reason: 'Chưa nhập nội dung.' })]);
  });

  it('refuses unknown properties', () => {
    const issues = refused(parseCatalogueImport(json([{ ...seedCatalogue[0], maTTHC: 'x' }]), 'json'));
    expect(issues).toEqual([
      expect.objectContaining({ line: 5, field: 'procedures[0]', reason: 'Có thông tin không thuộc định dạng: maTTHC.' }),
    ]);
  });

  it('points at the line of a syntax error', () => {
    const text = '{\n  "format": "motcua-catalogue",\n  "version": 1\n  "procedures": []\n}';
    const issues = refused(parseCatalogueImport(text, 'json'));
    expect(issues).toEqual([expect.objectContaining({ line: 4, field: null, reason: expect.stringContaining('không phải JSON hợp lệ') })]);
  });

  it('refuses another kind of file and another version', () => {
    expect(refused(parseCatalogueImport('[]', 'json'))).toEqual([expect.objectContaining({ line: 1, field: 'format' })]);
    const future = JSON.stringify({ format: 'motcua-catalogue', version: 2, procedures: [] });
    expect(refused(parseCatalogueImport(future, 'json'))).toEqual([
      expect.objectContaining({ field: 'version', reason: 'Phiên bản định dạng 2 chưa được hỗ trợ; ứng dụng này đọc phiên bản 1.' }),
    ]);
  });

  it('accepts a file with a byte-order mark', () => {
    expect(parseCatalogueImport(`\uFEFF${json([seedCatalogue[0]])}`, 'json')).toEqual({ ok: true, procedures: [seedCatalogue[0]] });
  });

  it('stores text as NFC, trimmed', () => {
    const decomposed = { ...seedCatalogue[0]!, name: '  Đăng ký khai sinh  '.normalize('NFD') };
    const result = parseCatalogueImport(json([decomposed]), 'json');
    expect(result.ok && result.procedures[0]!.name).toBe('Đăng ký khai sinh'.normalize('NFC'));
  });
});
