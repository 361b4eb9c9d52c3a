import type { Settings } from '../../../shared/api/schemas';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { DEFAULT_SETTINGS } from './default-config';

/** Settings are one JSON value per key, so adding a setting needs no migration. */
export class SettingsStore {
  constructor(private readonly db: Db) {}

  /** Reads through the read-only handle, or through a command's transaction to see its own writes. */
  get(db: Db = this.db): Settings {
    const rows = stmt(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    return { ...DEFAULT_SETTINGS, ...pick(stored) };
  }

  /** Writes inside the command's transaction. */
  static write(db: Db, patch: Partial<Settings>): void {
    const upsert = stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}

function pick(stored: Record<string, unknown>): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key in stored) (out as Record<string, unknown>)[key] = stored[key];
  }
  return out;
}
