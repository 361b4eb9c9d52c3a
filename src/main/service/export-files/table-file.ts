import Papa from 'papaparse';
import type { FileDownload } from '../../../shared/api/method';
import { neutraliseSpreadsheetCell } from '../../../shared/text/spreadsheet-cell';

// A report's one table as a file to download, CSV or XLSX. Every cell is text a spreadsheet will not
// run: a name such as "=HYPERLINK(…)" typed at the counter stays a name.

export interface Table {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export type TableFormat = 'csv' | 'xlsx';

const CONTENT_TYPE: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function cells(table: Table): string[][] {
  return table.rows.map((row) => row.map(neutraliseSpreadsheetCell));
}

/** The table as CSV text, byte-order mark first so that spreadsheet programs read Vietnamese as UTF-8. */
export function tableCsv(table: Table): string {
  return `\uFEFF${Papa.unparse({ fields: [...table.columns], data: cells(table) }, { newline: '\r\n' })}\r\n`;
}

export async function tableFile(table: Table, format: TableFormat, fileName: string, sheetName: string): Promise<FileDownload> {
  const body = format === 'csv' ? new TextEncoder().encode(tableCsv(table)) : await tableXlsx(table, sheetName);
  return { fileName, contentType: CONTENT_TYPE[format], body };
}

async function tableXlsx(table: Table, sheetName: string): Promise<Uint8Array> {
  // Loaded at the first spreadsheet asked for: its modules are a quarter of the service's start-up CPU.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...table.columns]).font = { bold: true };
  // Strings are written as shared strings, never as formulas: a cell starting with "=" is still text,
  // and the apostrophe keeps it so when the sheet is saved again as CSV.
  for (const row of cells(table)) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
