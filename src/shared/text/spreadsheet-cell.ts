/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is kept as text by
 * a leading apostrophe. The audit log's and the city dashboard's CSV exports pass every cell through
 * this; the catalogue CSV has its own rule, which also marks a leading apostrophe so its import can
 * read the cell back unchanged.
 */
export function neutraliseSpreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
