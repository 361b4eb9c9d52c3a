/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is kept as text by
 * a leading apostrophe: every CSV the app or the city exports passes its cells through this.
 */
export function neutraliseSpreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
