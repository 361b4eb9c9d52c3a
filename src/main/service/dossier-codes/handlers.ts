import type { dossierCodeMethods } from '../../../shared/api/dossier-codes';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import type { DossierCodeCommands } from './commands';
import { dossierCodeSettings } from './reads';

export function dossierCodeHandlers(commands: DossierCodeCommands, db: Db, now: () => Date): HandlerSlice<typeof dossierCodeMethods> {
  return {
    allocateDossierCode: (_input, caller) => commands.allocate(caller),
    getDossierCodeSettings: () => dossierCodeSettings(db, now()),
    saveDossierCodeSettings: (input, caller) => commands.saveSettings(input, caller),
  };
}
