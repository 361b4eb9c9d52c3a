import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { exportCatalogue } from '../../../shared/catalog/catalogue-export';
import { searchCatalogue, searchWords } from '../../../shared/catalog/catalogue-search';
import type { Procedure } from '../../../shared/catalog/procedure';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { parseFile, planImport, previewOf } from './import-plan';
import { readAllProcedures, readProcedure } from './procedure-rows';

const DEFAULT_LIMIT = 500;

/** The catalogue as the counter and the settings page see it; read through the read-only handle. */
export class CatalogueReads {
  constructor(private readonly db: Db) {}

  listProcedures(input: ParsedInput<'listProcedures'>): MethodOutput<'listProcedures'> {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (input.field !== undefined) {
      clauses.push('field = ?');
      params.push(input.field);
    }
    const query = input.query ?? '';
    const words = searchWords(query);
    const limit = input.limit ?? DEFAULT_LIMIT;
    // The stored folded text narrows the rows in SQL; searchCatalogue then ranks what remains, on the
    // same haystack and words. Without words the catalogue order stands, and SQL can cut the list itself.
    for (const word of words) {
      clauses.push(`search_text LIKE ? ESCAPE '\\'`);
      params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = stmt(this.db, `SELECT data FROM procedures ${where} ORDER BY position ${words.length === 0 ? 'LIMIT ?' : ''}`).all(
      ...params,
      ...(words.length === 0 ? [limit] : []),
    ) as { data: string }[];
    const parsed = rows.map((r) => JSON.parse(r.data) as Procedure);
    const matches = words.length === 0 ? parsed : searchCatalogue(parsed, query);
    const total =
      words.length === 0
        ? (stmt(this.db, `SELECT COUNT(*) AS n FROM procedures ${where}`).get(...params) as { n: number }).n
        : matches.length;
    const fields = (stmt(this.db, 'SELECT DISTINCT field FROM procedures').all() as { field: string }[])
      .map((r) => r.field)
      .sort((a, b) => a.localeCompare(b, 'vi'));
    return { procedures: matches.slice(0, limit), total, fields };
  }

  getProcedure(input: ParsedInput<'getProcedure'>): MethodOutput<'getProcedure'> {
    const procedure = readProcedure(this.db, input.id);
    if (!procedure) throw new ApiError('procedure_not_found');
    return { procedure };
  }

  previewCatalogueImport(input: ParsedInput<'previewCatalogueImport'>): MethodOutput<'previewCatalogueImport'> {
    const file = parseFile(input.text, input.format);
    if (!file.ok) return file;
    return previewOf(planImport(readAllProcedures(this.db), file.procedures, input.removeMissing ?? false));
  }

  exportCatalogue(input: ParsedInput<'exportCatalogue'>): MethodOutput<'exportCatalogue'> {
    return { text: exportCatalogue(readAllProcedures(this.db), input.format) };
  }
}
