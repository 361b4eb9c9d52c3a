import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../src/shared/catalog/catalogue-export';
import { parseCatalogueImport } from '../../src/shared/catalog/catalogue-import';
import { seedCatalogue } from '../support/seed-catalogue';
import { catalogueCsvHeaders as H } from '../../src/shared/i18n/vi/catalog';

// The spreadsheet side of the catalogue: what survives a round trip (bars and backslashes in document
// names, cells a spreadsheet would run as formulas), the delimiters Vietnamese spreadsheets save with,
// and the words the import page shows for a header or a document line it cannot read.

const grid = (procedures = seedCatalogue.slice(0, 2)) =>
  Papa.parse<string[]>(exportCatalogue(procedures, 'csv').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const column = (name: keyof typeof H) => grid()[0]!.indexOf(H[name]);
const refusal = (text: string) => {
  const result = parseCatalogueImport(text, 'csv');
  return result.ok ? null : result.issues.map((i) => [i.line, i.field, i.reason]);
};
const LINE_FORMAT = 'Mỗi dòng giấy tờ phải có dạng: tên | original/copy/either | số lượng | required/optional | tên mẫu đơn (nếu có).';

describe('a round trip through a spreadsheet', () => {
  it('keeps bars and backslashes in document names, and cells that start like a formula', () => {
    const first = seedCatalogue[0]!;
    const tricky = {
      ...first,
      name: '=Đăng ký khai sinh',
      competentUnit: "'Ủy ban' nhân dân",
      field: 'Hộ tịch = dân sự',
      requiredDocuments: {
        ...first.requiredDocuments,
        items: [
          { name: 'Bản sao | bản chính \\ có chứng thực', kind: 'copy' as const, count: 2, optional: false, formTemplate: 'Mẫu | 01' },
        ],
      },
    };
    const text = exportCatalogue([tricky], 'csv');
    const cells = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data[1]!;
    expect(cells[column('name')]).toBe("'=Đăng ký khai sinh");
    expect(cells[column('competent_unit')]).toBe("''Ủy ban' nhân dân");
    expect(cells[column('field')]).toBe('Hộ tịch = dân sự');
    expect(cells[column('documents')]).toBe('Bản sao \\| bản chính \\\\ có chứng thực | copy | 2 | required | Mẫu \\| 01');
    expect(parseCatalogueImport(text, 'csv')).toEqual({ ok: true, procedures: [tricky] });
  });

  it('reads files saved with semicolons or tabs, quoted header names included', () => {
    for (const options of [{ delimiter: ';' }, { delimiter: '\t' }, { delimiter: ';', quotes: true }])
      expect(parseCatalogueImport(Papa.unparse(grid(), options), 'csv')).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 2) });
  });
});

describe('a spreadsheet refused, in the administrator’s words', () => {
  it('names an unknown, a repeated and a missing column in the header', () => {
    const unknown = grid();
    unknown[0]![3] = 'ghi chú';
    expect(refusal(Papa.unparse(unknown))).toEqual([
      [1, 'ghi chú', 'Cột này không thuộc định dạng danh mục.'],
      [1, H.national_code_source, 'Thiếu cột này trong dòng tiêu đề.'],
    ]);
    const repeated = grid();
    repeated[0]![3] = repeated[0]![2]!;
    expect(refusal(Papa.unparse(repeated))).toEqual([
      [1, H.national_code_confidence, 'Cột này xuất hiện hai lần trong dòng tiêu đề.'],
      [1, H.national_code_source, 'Thiếu cột này trong dòng tiêu đề.'],
    ]);
  });

  it('names the document line at fault and what is wrong with it', () => {
    const withDocuments = (cell: string) => {
      const rows = grid();
      rows[2]![column('documents')] = cell;
      return refusal(Papa.unparse(rows));
    };
    expect(withDocuments('Tờ khai | original | 1 | bắt buộc')).toEqual([
      [3, H.documents, 'Mục thứ 1 trong ô: Ô thứ tư của dòng giấy tờ phải là required (bắt buộc) hoặc optional (tùy trường hợp).'],
    ]);
    expect(withDocuments('Tờ khai | original | 1')).toEqual([[3, H.documents, `Mục thứ 1 trong ô: ${LINE_FORMAT}`]]);
    expect(withDocuments('Tờ khai | original | 1 | required | Mẫu | thừa')).toEqual([
      [3, H.documents, `Mục thứ 1 trong ô: ${LINE_FORMAT}`],
    ]);
    expect(withDocuments('Tờ khai | original | 2 bản | required')).toEqual([
      [3, H.documents, 'Mục thứ 1 trong ô: Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).'],
    ]);
    expect(withDocuments('Tờ khai | original | 1 | required\n\n  Giấy | copy | 1  ')).toEqual([
      [3, H.documents, `Mục thứ 2 trong ô: ${LINE_FORMAT}`],
    ]);
  });

  it('skips blank rows but keeps counting them, and names a row with cells missing or an open quote', () => {
    const blank = grid();
    blank.splice(
      2,
      0,
      blank[0]!.map(() => ' '),
    );
    blank[3]![column('documents')] = 'x';
    expect(refusal(Papa.unparse(blank))).toEqual([[4, H.documents, `Mục thứ 1 trong ô: ${LINE_FORMAT}`]]);
    const short = grid();
    short[2]!.pop();
    expect(refusal(Papa.unparse(short))).toEqual([[3, null, 'Dòng có 29 ô trong khi dòng tiêu đề có 30 cột.']]);
    expect(refusal(`${Papa.unparse(grid())}\r\n"abc,def\r\n`)).toEqual([[4, null, 'Dấu ngoặc kép (") chưa được đóng hoặc đặt sai chỗ.']]);
  });
});

describe('a spreadsheet written by hand', () => {
  const withCell = (name: keyof typeof H, value: string) => {
    const rows = grid(seedCatalogue.slice(0, 1));
    rows[1]![column(name)] = value;
    return Papa.unparse(rows);
  };
  const documents = () => grid(seedCatalogue.slice(0, 1))[1]![column('documents')]!;

  it('reads a semicolon file with spaces around every header name and cell', () => {
    // Written as by hand: plain cells padded, the others quoted as a spreadsheet quotes them.
    const cell = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : ` ${text} `);
    const text = grid()
      .map((row) => row.map(cell).join(';'))
      .join('\r\n');
    expect(parseCatalogueImport(text, 'csv')).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 2) });
  });

  it('skips blank lines and indentation inside a list cell', () => {
    const spaced = documents().split('\n').join('\n\n   ');
    expect(parseCatalogueImport(withCell('documents', spaced), 'csv')).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 1) });
  });

  it('reads an indented item of a list cell', () => {
    const result = parseCatalogueImport(withCell('channels', 'in_person\n   online'), 'csv');
    expect(result.ok && result.procedures[0]!.channels).toEqual(['in_person', 'online']);
  });

  it('reads a protected cell whose apostrophe is followed by spaces', () => {
    const first = seedCatalogue[0]!;
    expect(parseCatalogueImport(withCell('effective_from', `'  ${first.effectiveFrom}`), 'csv')).toEqual({ ok: true, procedures: [first] });
  });

  it('keeps a backslash that ends a document line', () => {
    const result = parseCatalogueImport(withCell('documents', 'Tờ khai | original | 1 | required | Mẫu 01\\'), 'csv');
    expect(result.ok && result.procedures[0]!.requiredDocuments.items).toEqual([
      { name: 'Tờ khai', kind: 'original', count: 1, optional: false, formTemplate: 'Mẫu 01\\' },
    ]);
  });

  it('refuses a count that is not plain digits', () => {
    for (const count of ['+2', '2.0'])
      expect(refusal(withCell('documents', `Tờ khai | original | ${count} | required`)), count).toEqual([
        [2, H.documents, 'Mục thứ 1 trong ô: Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).'],
      ]);
  });

  it('counts lines as the file has them, an empty line included', () => {
    const rows = grid();
    rows[2]![column('effective_from')] = '2025-02-30';
    const [header, first, second] = Papa.unparse(rows).split('\r\n');
    expect(refusal([header, first, '', second].join('\r\n'))).toEqual([
      [4, H.effective_from, 'Ngày phải có dạng năm-tháng-ngày (ví dụ 2025-07-01) và là ngày có thật.'],
    ]);
  });

  it('lists its problems in line order, repeated ids with the rest', () => {
    const rows = grid(seedCatalogue.slice(0, 3));
    rows[2]![column('id')] = rows[1]![column('id')]!;
    rows[3]![column('effective_from')] = '2025-02-30';
    expect(refusal(Papa.unparse(rows))?.map(([line, field]) => [line, field])).toEqual([
      [3, H.id],
      [4, H.effective_from],
    ]);
  });

  it('says an empty sheet saved as CSV misses every column, and names no column it does not have', () => {
    const problems = refusal('\uFEFF');
    expect(problems?.length).toBeGreaterThan(10);
    expect(problems?.every(([line, , reason]) => line === 1 && reason === 'Thiếu cột này trong dòng tiêu đề.')).toBe(true);
  });
});

describe('a header row the import does not recognise', () => {
  const UNKNOWN = 'Cột này không thuộc định dạng danh mục.';
  const unknownColumns = (text: string) =>
    refusal(text)
      ?.filter(([, , reason]) => reason === UNKNOWN)
      .map(([, field]) => field);
  const missingColumns = (text: string) => refusal(text)?.filter(([, , reason]) => reason !== UNKNOWN).length;

  it('names each of its columns, whichever delimiter the spreadsheet saved with', () => {
    for (const delimiter of [',', ';', '\t']) {
      const text = ['Số TT', 'Tên TTHC', 'Ghi chú'].join(delimiter) + '\r\nx';
      expect(unknownColumns(text)).toEqual(['Số TT', 'Tên TTHC', 'Ghi chú']);
      expect(missingColumns(text)).toBe(grid()[0]!.length);
    }
  });

  it('keeps the comma when no other delimiter splits it into more columns', () => {
    expect(unknownColumns('Số TT,Tên;Ghi chú\r\nx')).toEqual(['Số TT', 'Tên;Ghi chú']);
  });

  it('splits on the delimiter that finds known names, spaced or not, even when a title holds more of another delimiter', () => {
    const commas = 'Tên, lĩnh vực, mức phí, ghi chú';
    const semicolons = 'Tên; lĩnh vực; mức phí; ghi chú';
    for (const [delimiter, title] of [
      [';', commas],
      ['\t', commas],
      [' ; ', commas],
      [' \t ', commas],
      [',', semicolons],
    ] as const) {
      const text = ['id', 'national_code', title].join(delimiter) + '\r\nx';
      expect(unknownColumns(text)).toEqual([title]);
      expect(missingColumns(text)).toBe(grid()[0]!.length - 2);
    }
  });

  it('reads a semicolon file whose header names are quoted with spaces inside the quotes', () => {
    const [header, ...rows] = grid();
    const text = [header!.map((name) => `" ${name} "`).join(';'), ...rows.map((row) => Papa.unparse([row], { delimiter: ';' }))].join(
      '\r\n',
    );
    expect(parseCatalogueImport(text, 'csv')).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 2) });
  });
});

describe('the columns of the exchange file', () => {
  it('writes the Vietnamese titles docs/catalog-format.md documents, column by column', () => {
    expect(grid()[0]).toEqual([
      'Mã định danh',
      'Mã thủ tục',
      'Độ tin cậy của mã thủ tục',
      'Nguồn của mã thủ tục',
      'Lĩnh vực',
      'Tên thủ tục',
      'Nơi tiếp nhận',
      'Cơ quan giải quyết',
      'Kênh tiếp nhận',
      'Thời hạn giải quyết',
      'Thời hạn khi nộp trực tiếp',
      'Thời hạn khi nộp trực tuyến',
      'Thời hạn khi nộp qua bưu chính',
      'Độ tin cậy của thời hạn',
      'Nguồn của thời hạn',
      'Lệ phí',
      'Đối tượng miễn giảm lệ phí',
      'Độ tin cậy của lệ phí',
      'Nguồn của lệ phí',
      'Thành phần hồ sơ',
      'Độ tin cậy của thành phần hồ sơ',
      'Nguồn của thành phần hồ sơ',
      'Kết quả giải quyết',
      'Độ tin cậy của kết quả',
      'Nguồn của kết quả',
      'Căn cứ pháp lý',
      'Độ tin cậy của căn cứ pháp lý',
      'Nguồn của căn cứ pháp lý',
      'Quyết định công bố',
      'Áp dụng từ ngày',
    ]);
  });

  it('reads a file whose header uses the English names of the earlier format, and names its columns in English', () => {
    const english = grid();
    english[0] = english[0]!.map((title) => Object.entries(H).find(([, vi]) => vi === title)![0]);
    expect(english[0]!.slice(0, 3)).toEqual(['id', 'national_code', 'national_code_confidence']);
    expect(parseCatalogueImport(Papa.unparse(english), 'csv')).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 2) });
    english[2]![english[0]!.indexOf('effective_from')] = '2025-02-30';
    expect(refusal(Papa.unparse(english))).toEqual([
      [3, 'effective_from', 'Ngày phải có dạng năm-tháng-ngày (ví dụ 2025-07-01) và là ngày có thật.'],
    ]);
  });

  it('reads Vietnamese titles retyped in another case, spacing or Unicode form', () => {
    const retyped = grid();
    retyped[0] = retyped[0]!.map((title) => `  ${title.toUpperCase().normalize('NFD').replace(/ /g, '  ')} `);
    expect(parseCatalogueImport(Papa.unparse(retyped), 'csv')).toEqual({ ok: true, procedures: seedCatalogue.slice(0, 2) });
  });

  it('refuses a header that mixes the two languages, naming each odd column and the title it should have', () => {
    const mixed = grid();
    mixed[0]![column('fee')] = 'fee';
    mixed[0]![column('effective_from')] = 'effective_from';
    expect(refusal(Papa.unparse(mixed))).toEqual([
      [
        1,
        'fee',
        `Tên cột này không cùng ngôn ngữ với các cột khác trong dòng tiêu đề (tiếng Việt hoặc tiếng Anh cho cả dòng); hãy đặt tên là "Lệ phí".`,
      ],
      [
        1,
        'effective_from',
        `Tên cột này không cùng ngôn ngữ với các cột khác trong dòng tiêu đề (tiếng Việt hoặc tiếng Anh cho cả dòng); hãy đặt tên là "Áp dụng từ ngày".`,
      ],
    ]);
  });

  it('names an unknown column, and the missing ones in the language of the rest of the header', () => {
    const english = grid();
    english[0] = english[0]!.map((title) => Object.entries(H).find(([, vi]) => vi === title)![0]);
    english[0]![column('fee')] = 'Mức phí';
    expect(refusal(Papa.unparse(english))).toEqual([
      [1, 'Mức phí', 'Cột này không thuộc định dạng danh mục.'],
      [1, 'fee', 'Thiếu cột này trong dòng tiêu đề.'],
    ]);
  });

  it('refuses an empty channels cell as a list that needs an item, and reads an empty fee_exemptions cell as no exemption', () => {
    const emptied = (name: keyof typeof H) => {
      const rows = grid(seedCatalogue.slice(0, 1));
      rows[1]![column(name)] = '';
      return Papa.unparse(rows);
    };
    expect(refusal(emptied('channels'))).toEqual([[2, H.channels, 'Cần ít nhất 1 mục.']]);
    const read = parseCatalogueImport(emptied('fee_exemptions'), 'csv');
    expect(read.ok && read.procedures[0]!.fee.exemptions).toEqual([]);
  });
});
