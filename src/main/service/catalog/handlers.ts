import type { catalogMethods } from '../../../shared/api/catalog';
import type { HandlerSlice } from '../handler-slice';
import type { CatalogueCommands } from './commands';
import type { CatalogueReads } from './reads';

export function catalogHandlers(commands: CatalogueCommands, reads: CatalogueReads): HandlerSlice<typeof catalogMethods> {
  return {
    listProcedures: (input) => reads.listProcedures(input),
    getProcedure: (input) => reads.getProcedure(input),
    saveProcedure: (input, caller) => commands.saveProcedure(input, caller),
    previewCatalogueImport: (input) => reads.previewCatalogueImport(input),
    importCatalogue: (input, caller) => commands.importCatalogue(input, caller),
    exportCatalogue: (input) => reads.exportCatalogue(input),
  };
}
