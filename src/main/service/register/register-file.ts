import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FileDownload } from '../../../shared/api/method';
import { slipsText } from '../../../shared/i18n/vi/slips';
import { registerCells, type RegisterRow } from '../../../shared/slips/register';
import { neutraliseSpreadsheetCell } from '../../../shared/text/spreadsheet-cell';
import { localClock, localDay } from '../../../shared/time/local-time';
import type { RegisterRange } from './reads';

// The register as a spreadsheet file. Every cell is text a spreadsheet will not run: a name such as
// "=HYPERLINK(…)" typed at the counter stays a name.

const text = slipsText.register;

/** Sortable and unambiguous in a spreadsheet: "2026-12-07 09:35", Hanoi time. */
function moment(instant: string): string {
  return `${localDay(instant)} ${localClock(instant)}`;
}

function table(rows: readonly RegisterRow[]): string[][] {
  return rows.map((row, i) => registerCells(row, i, moment).map(neutraliseSpreadsheetCell));
}

export function registerCsv(rows: readonly RegisterRow[], range: RegisterRange): FileDownload {
  // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
  const csv = `\uFEFF${Papa.unparse({ fields: [...text.columns], data: table(rows) }, { newline: '\r\n' })}\r\n`;
  return {
    fileName: text.fileName(range.from, range.to, 'csv'),
    contentType: 'text/csv; charset=utf-8',
    body: new TextEncoder().encode(csv),
  };
}

export async function registerXlsx(rows: readonly RegisterRow[], range: RegisterRange): Promise<FileDownload> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(text.sheetName);
  sheet.addRow([...text.columns]).font = { bold: true };
  // Strings are written as shared strings, never as formulas: a cell starting with "=" is still text,
  // and the apostrophe keeps it so when the sheet is saved again as CSV.
  for (const cells of table(rows)) sheet.addRow(cells);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const body = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    fileName: text.fileName(range.from, range.to, 'xlsx'),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
