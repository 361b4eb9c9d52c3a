import type { Db } from '../open-database';

/** One schema step. Never edited once released: a change is a new migration with the next version. */
export interface Migration {
  version: number;
  /** Runs inside the upgrade transaction, after every earlier migration. */
  up(db: Db, context: { now: Date }): void;
}
