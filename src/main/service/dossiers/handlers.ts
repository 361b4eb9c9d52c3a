import type { dossierMethods } from '../../../shared/api/dossiers';
import type { HandlerSlice } from '../handler-slice';
import type { DossierCommands } from './commands';
import type { DossierReads } from './reads';
import type { SlipPrints } from './slip-prints';

export function dossierHandlers(commands: DossierCommands, reads: DossierReads, slips: SlipPrints): HandlerSlice<typeof dossierMethods> {
  return {
    createDossier: (input, caller) => commands.create(input, caller),
    recordDossierStep: (input, caller) => commands.step(input, caller),
    getDossier: (input, caller) => reads.get(input, caller),
    listDossiers: (input, caller) => reads.list(input, caller),
    searchDossiers: (input, caller) => reads.search(input, caller),
    recordSlipPrinted: (input, caller) => slips.record(input, caller),
    recordNoticePrinted: (input, caller) => slips.recordNotice(input, caller),
  };
}
