import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Every table whose content the API can change. */
export const FINGERPRINT_TABLES = [
  'tickets',
  'ticket_events',
  'ticket_sequences',
  'outbox',
  'sync_state',
  'services',
  'counters',
  'counter_services',
  'priority_categories',
  'settings',
  'devices',
  'clerks',
  'account_settings',
  'dossiers',
  'dossier_events',
  'dossier_codes',
  'client_requests',
] as const;

export interface Fingerprint {
  counts: Record<string, number>;
  hash: string;
}

/** Row counts plus one hash over every row of every table, in a stable order. */
export function fingerprint(db: Database.Database): Fingerprint {
  const counts: Record<string, number> = {};
  const digest = createHash('sha256');
  for (const table of FINGERPRINT_TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    counts[table] = rows.length;
    digest.update(`${table}\n${JSON.stringify(rows)}\n`);
  }
  return { counts, hash: digest.digest('hex') };
}
