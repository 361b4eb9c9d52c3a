// The Vietnamese message catalogue, one file per module; this joins the error messages so that every
// error code has exactly one text, whichever module raises it.
import { accountErrors } from './accounts';
import { calendarApiErrors } from './calendar';
import { catalogErrors } from './catalog';
import { commonErrors } from './common';
import { configErrors } from './config';
import { deviceErrors } from './devices';
import { dossierCodeErrors } from './dossier-codes';
import { dossierErrors } from './dossiers';
import { maintenanceErrors } from './maintenance';
import { queueErrors } from './queue';
import { registerErrors } from './register';
import { setupErrors } from './setup';

export * from './accounts';
export * from './catalog';
export * from './common';
export * from './config';
export * from './devices';
export * from './display';
export * from './dossiers';
export * from './maintenance';
export * from './printing';
export * from './queue';
export * from './register';
export * from './setup';
export * from './shell';
export * from './slips';

export const errorMessages = {
  ...commonErrors,
  ...queueErrors,
  ...configErrors,
  ...deviceErrors,
  ...calendarApiErrors,
  ...dossierCodeErrors,
  ...dossierErrors,
  ...registerErrors,
  ...catalogErrors,
  ...accountErrors,
  ...maintenanceErrors,
  ...setupErrors,
} as const;
export type ErrorCode = keyof typeof errorMessages;
