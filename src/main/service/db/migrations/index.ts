import { initial } from './0001-initial';
import { clockProofQueue } from './0002-clock-proof-queue';
import type { Migration } from './migration';

// Every migration, in order. PRAGMA user_version holds the last one applied.
export const migrations: readonly Migration[] = [initial, clockProofQueue];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
export type { Migration };
