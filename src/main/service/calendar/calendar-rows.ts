import { CalendarYear, OfficeSettings, StatutoryRules } from '../../../shared/calendar/calendar-data';
import { defaultOfficeSettings } from '../../../shared/calendar/data/office-defaults';
import { statutoryRules as shippedRules } from '../../../shared/calendar/data/statutory-holidays';
import { SHIPPED_FIRST_YEAR, SHIPPED_LAST_YEAR } from '../../../shared/calendar/shipped-calendar';
import { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// The calendar's stored data, read through whichever handle the caller holds: the read-only one, or a
// command's transaction to see the year it has just written.

export const FIRST_YEAR = SHIPPED_FIRST_YEAR;
export const LAST_YEAR = SHIPPED_LAST_YEAR;

export interface StoredYear {
  schedule: CalendarYear;
  updatedAt: string;
}

export function storedYears(db: Db): StoredYear[] {
  const rows = stmt(db, 'SELECT data, updated_at FROM calendar_years ORDER BY year').all() as { data: string; updated_at: string }[];
  return rows.map((r) => ({ schedule: CalendarYear.parse(JSON.parse(r.data)), updatedAt: r.updated_at }));
}

export function storedOffice(db: Db): OfficeSettings {
  const row = stmt(db, 'SELECT data FROM calendar_office WHERE id = 1').get() as { data: string } | undefined;
  return row ? OfficeSettings.parse(JSON.parse(row.data)) : defaultOfficeSettings;
}

/** Replaces the office row; the caller's transaction records it for sync when it is the ward's own change. */
export function storeOffice(db: Db, office: OfficeSettings, updatedAt: string): void {
  replaceSingleRow(db, 'calendar_office', office, updatedAt);
}

export interface StoredRules {
  rules: StatutoryRules;
  /** Null while the ward runs on the rules shipped with the app (nobody has saved or published any). */
  updatedAt: string | null;
}

export function storedRules(db: Db): StoredRules {
  const row = stmt(db, 'SELECT data, updated_at FROM statutory_rules WHERE id = 1').get() as
    { data: string; updated_at: string } | undefined;
  return row ? { rules: StatutoryRules.parse(JSON.parse(row.data)), updatedAt: row.updated_at } : { rules: shippedRules, updatedAt: null };
}

/** Replaces the rules; the caller has checked them (the admin's save) or parsed them (the city's). */
export function writeRules(db: Db, rules: StatutoryRules, at: string): void {
  replaceSingleRow(db, 'statutory_rules', rules, at);
}

/** The office and the statutory rules are each one JSON row (id 1) of their own table. */
function replaceSingleRow(db: Db, table: 'calendar_office' | 'statutory_rules', data: unknown, updatedAt: string): void {
  stmt(
    db,
    `INSERT INTO ${table} (id, data, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(data), updatedAt);
}

/**
 * Every stored year has passed `CalendarYear`, the stored rules `StatutoryRules`, and the table holds
 * each year once, which is all the working calendar's build checks: it cannot refuse what is stored.
 */
export function buildCalendar(db: Db): WorkingCalendar {
  return WorkingCalendar.build({
    rules: storedRules(db).rules,
    schedules: storedYears(db).map((y) => y.schedule),
    office: storedOffice(db),
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
  });
}
