import { encodeCatalogueCsv } from './catalogue-csv';
import type { CatalogueFormat } from './catalogue-import';
import { encodeCatalogueJson } from './catalogue-json';
import type { Procedure } from './procedure';

/** The file `parseCatalogueImport` reads back to the same procedures. */
export function exportCatalogue(procedures: readonly Procedure[], format: CatalogueFormat): string {
  return format === 'json' ? encodeCatalogueJson(procedures) : encodeCatalogueCsv(procedures);
}
