import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableFile, type Table } from '../../src/main/service/export-files/table-file';

// The register and the sync log report download as CSV or XLSX through this one function: what a
// spreadsheet program shows when IT or the head opens the file.

const TABLE: Table = {
  columns: ['Mã hồ sơ', 'Người nộp', 'Ghi chú'],
  rows: [
    ['000.A0.01.H26-260101-0001', 'Nguyễn Thị Đào', '=HYPERLINK("http://x")'],
    ['000.A0.01.H26-260101-0002', 'Trần Văn Ánh', 'bình thường'],
  ],
};

describe('a table as a CSV download', () => {
  it('is UTF-8 with a byte-order mark, one CRLF line per row, its type and name given, formulas kept as text', async () => {
    const file = await tableFile(TABLE, 'csv', 'so-tiep-nhan.csv', 'Sổ');
    expect(file.fileName).toBe('so-tiep-nhan.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.body)).toBe(
      '\uFEFFMã hồ sơ,Người nộp,Ghi chú\r\n' +
        '000.A0.01.H26-260101-0001,Nguyễn Thị Đào,"\'=HYPERLINK(""http://x"")"\r\n' +
        '000.A0.01.H26-260101-0002,Trần Văn Ánh,bình thường\r\n',
    );
  });
});

describe('a table as an XLSX download', () => {
  it('has the named sheet with a bold header row frozen above the rows, every cell text, formulas kept as text', async () => {
    const file = await tableFile(TABLE, 'xlsx', 'so-tiep-nhan.xlsx', 'Sổ tiếp nhận');
    expect(file.fileName).toBe('so-tiep-nhan.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sổ tiếp nhận']);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      ['Mã hồ sơ', 'Người nộp', 'Ghi chú'],
      ['000.A0.01.H26-260101-0001', 'Nguyễn Thị Đào', '\'=HYPERLINK("http://x")'],
      ['000.A0.01.H26-260101-0002', 'Trần Văn Ánh', 'bình thường'],
    ]);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).font?.bold).toBeFalsy();
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
  });
});
