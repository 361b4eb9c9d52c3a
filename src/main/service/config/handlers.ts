import type { configMethods } from '../../../shared/api/config';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import type { ConfigCommands } from './commands';
import { readConfig } from './reads';
import type { SettingsStore } from './settings-store';

export function configHandlers(commands: ConfigCommands, db: Db, settings: SettingsStore): HandlerSlice<typeof configMethods> {
  return {
    getConfig: () => readConfig(db, settings),
    saveService: (input, caller) => commands.saveService(input, caller),
    saveCounter: (input, caller) => commands.saveCounter(input, caller),
    savePriorityCategory: (input, caller) => commands.savePriorityCategory(input, caller),
    updateSettings: (input, caller) => commands.updateSettings(input, caller),
  };
}
