import type { FileDownload } from '../../../shared/api/method';
import type { REGISTER_FORMATS } from '../../../shared/api/register';
import { slipsText } from '../../../shared/i18n/vi/slips';
import { registerCells, type RegisterRow } from '../../../shared/slips/register';
import { localClock, localDay } from '../../../shared/time/local-time';
import { tableFile } from '../export-files/table-file';
import type { RegisterRange } from './reads';

// The register as a spreadsheet file, one line per dossier.

const text = slipsText.register;

/** Sortable and unambiguous in a spreadsheet: "2026-12-07 09:35", Hanoi time. */
function moment(instant: string): string {
  return `${localDay(instant)} ${localClock(instant)}`;
}

export function registerFile(
  rows: readonly RegisterRow[],
  range: RegisterRange,
  format: (typeof REGISTER_FORMATS)[number],
): Promise<FileDownload> {
  return tableFile(
    { columns: text.columns, rows: rows.map((row, i) => registerCells(row, i, moment)) },
    format,
    text.fileName(range.from, range.to, format),
    text.sheetName,
  );
}
