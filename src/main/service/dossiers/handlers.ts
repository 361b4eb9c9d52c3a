import type { dossierMethods } from '../../../shared/api/dossiers';
import type { HandlerSlice } from '../handler-slice';
import type { DossierCommands } from './commands';
import type { DossierReads } from './reads';

export function dossierHandlers(commands: DossierCommands, reads: DossierReads): HandlerSlice<typeof dossierMethods> {
  return {
    createDossier: (input, caller) => commands.create(input, caller),
    recordDossierStep: (input, caller) => commands.step(input, caller),
    getDossier: (input, caller) => reads.get(input, caller),
    listDossiers: (input, caller) => reads.list(input, caller),
    searchDossiers: (input, caller) => reads.search(input, caller),
  };
}
