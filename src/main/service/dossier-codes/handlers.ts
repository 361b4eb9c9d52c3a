import type { dossierCodeMethods } from '../../../shared/api/dossier-codes';
import type { DatingClock } from '../clock/city-clock';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import type { DossierCodeCommands } from './commands';
import { dossierCodeSettings } from './reads';

export function dossierCodeHandlers(commands: DossierCodeCommands, db: Db, clock: DatingClock): HandlerSlice<typeof dossierCodeMethods> {
  return {
    allocateDossierCode: (_input, caller) => commands.allocate(caller),
    getDossierCodeSettings: () => dossierCodeSettings(db, clock.now(), clock.knowsCityTime()),
    saveDossierCodeSettings: (input, caller) => commands.saveSettings(input, caller),
  };
}
