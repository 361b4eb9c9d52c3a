import type { z } from 'zod';
import { catalogueImportReasons as reasons } from '../i18n/vi/catalog';
import { readCatalogueCsv } from './catalogue-csv';
import { readCatalogueJson } from './catalogue-json';
import { detailForSchemaIssue, importIssue, reasonForSchemaIssue, type ImportIssue } from './import-issue';
import type { ImportRow } from './import-row';
import { Procedure } from './procedure';

// All or nothing: one bad line refuses the whole file, and the admin gets every bad line at once so
// that a spreadsheet is fixed in one pass.

export type CatalogueFormat = 'json' | 'csv';

export type CatalogueImport = { ok: true; procedures: Procedure[] } | { ok: false; issues: ImportIssue[] };

export function parseCatalogueImport(text: string, format: CatalogueFormat): CatalogueImport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const read = format === 'json' ? readCatalogueJson(body) : readCatalogueCsv(body);
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, issues: [importIssue(1, null, reasons.empty_catalogue(), 'no procedures in the file')] };

  const issues: ImportIssue[] = [];
  const accepted: Accepted[] = [];
  for (const row of read.rows) {
    if (row.problems.length > 0) {
      issues.push(...row.problems);
      continue;
    }
    // The input is kept on each issue only to tell a missing value from one of the wrong type.
    const result = Procedure.safeParse(row.draft, { reportInput: true });
    if (result.success) accepted.push({ row, procedure: result.data });
    else issues.push(...result.error.issues.map((issue) => schemaIssue(row, issue)));
  }
  issues.push(...duplicates(accepted));
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.line - b.line) };
  return { ok: true, procedures: accepted.map((entry) => entry.procedure) };
}

interface Accepted {
  row: ImportRow;
  procedure: Procedure;
}

function schemaIssue(row: ImportRow, issue: z.core.$ZodIssue): ImportIssue {
  const { field, item } = row.locate(issue.path);
  const reason = (item === null ? '' : reasons.list_item(item)) + reasonForSchemaIssue(issue);
  return importIssue(row.line, field, reason, `${field ?? 'procedure'}: ${detailForSchemaIssue(issue)}`);
}

/** Repeated ids or national codes, each reported on the later line with the line it repeats. */
function duplicates(accepted: readonly Accepted[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const lineOfId = new Map<string, number>();
  const lineOfCode = new Map<string, number>();
  for (const { row, procedure } of accepted) {
    const firstWithId = lineOfId.get(procedure.id);
    if (firstWithId === undefined) lineOfId.set(procedure.id, row.line);
    else issues.push(importIssue(row.line, row.locate(['id']).field, reasons.duplicate_id(firstWithId), `id repeats line ${firstWithId}`));
    const code = procedure.nationalCode.code;
    if (code === null) continue;
    const firstWithCode = lineOfCode.get(code);
    if (firstWithCode === undefined) lineOfCode.set(code, row.line);
    else {
      const field = row.locate(['nationalCode', 'code']).field;
      issues.push(
        importIssue(row.line, field, reasons.duplicate_national_code(code, firstWithCode), `national code repeats line ${firstWithCode}`),
      );
    }
  }
  return issues;
}
