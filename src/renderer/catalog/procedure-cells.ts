import Papa from 'papaparse';
import { encodeCatalogueCsv } from '../../shared/catalog/catalogue-csv';
import { parseCatalogueImport } from '../../shared/catalog/catalogue-import';
import type { Procedure } from '../../shared/catalog/procedure';

// The edit form holds a procedure as the cells of one CSV row, so that it speaks the notation of the
// spreadsheet the admin already knows (rules, document lines) and is checked by exactly the rules an
// import applies, with the same Vietnamese reasons attached to the same column names.

export type Cells = Record<string, string>;

export const COLUMN_NAMES: readonly string[] = rowsOf(encodeCatalogueCsv([]))[0] ?? [];

export function cellsOf(procedure: Procedure): Cells {
  const [header = [], row = []] = rowsOf(encodeCatalogueCsv([procedure]));
  return Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']));
}

/** A new procedure: nothing known yet, so every fact is unconfirmed until the admin cites a source. */
export function blankCells(id: string, today: string): Cells {
  const cells: Cells = Object.fromEntries(COLUMN_NAMES.map((name) => [name, '']));
  for (const name of COLUMN_NAMES) if (name.endsWith('_confidence')) cells[name] = 'U';
  return { ...cells, id, channels: 'in_person', effective_from: today };
}

export type CellsResult = { ok: true; procedure: Procedure } | { ok: false; problems: { field: string | null; reason: string }[] };

export function procedureFromCells(cells: Cells): CellsResult {
  const text = Papa.unparse({ fields: [...COLUMN_NAMES], data: [COLUMN_NAMES.map((name) => cells[name] ?? '')] });
  const result = parseCatalogueImport(text, 'csv');
  if (!result.ok) return { ok: false, problems: result.issues.map(({ field, reason }) => ({ field, reason })) };
  return { ok: true, procedure: result.procedures[0]! };
}

function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}
