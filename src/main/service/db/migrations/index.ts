import { initial } from './0001-initial';
import { clockProofQueue } from './0002-clock-proof-queue';
import { calendarAndDossierCodes } from './0003-calendar-and-dossier-codes';
import { procedureCatalogue } from './0004-procedure-catalogue';
import { sync } from './0005-sync';
import { accounts } from './0006-accounts';
import { statutoryRules } from './0007-statutory-rules';
import { dossiers } from './0008-dossiers';
import { outboxAcknowledged } from './0009-outbox-acknowledged';
import { dossierCitySteps } from './0010-dossier-city-steps';
import { dossierSearch } from './0011-dossier-search';
import { queueWaitingCounts } from './0012-queue-waiting-counts';
import { dossiersReceivedLate } from './0013-dossiers-received-late';
import type { Migration } from './migration';

// Every migration, in order. PRAGMA user_version holds the last one applied.
export const migrations: readonly Migration[] = [
  initial,
  clockProofQueue,
  calendarAndDossierCodes,
  procedureCatalogue,
  sync,
  accounts,
  statutoryRules,
  dossiers,
  outboxAcknowledged,
  dossierCitySteps,
  dossierSearch,
  queueWaitingCounts,
  dossiersReceivedLate,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
export type { Migration };
