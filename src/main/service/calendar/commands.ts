import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { OfficeSettings, type CalendarYear } from '../../../shared/calendar/calendar-data';
import { transportText } from '../../../shared/i18n/vi/common';
import { civilServiceSchedules } from '../../../shared/calendar/data/civil-service-schedules';
import { defaultOfficeSettings } from '../../../shared/calendar/data/office-defaults';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import { buildCalendar, FIRST_YEAR, LAST_YEAR, storedOffice, storedRules, storeOffice, writeRules } from './calendar-rows';
import type { CalendarReads } from './reads';
import { checkRules } from './rules-check';
import { checkYear } from './year-check';

/** Changes to the working calendar; each hands the rebuilt calendar to the reads once committed. */
export class CalendarCommands {
  constructor(
    private readonly write: WritePath,
    private readonly reads: CalendarReads,
  ) {}

  /** A new install starts from the schedules and office hours shipped with the app. */
  seedIfEmpty(caller: Caller): void {
    this.write.run(caller, (tx) => {
      if (stmt(tx.db, 'SELECT 1 FROM calendar_office WHERE id = 1').get()) return;
      writeOffice(tx, defaultOfficeSettings);
      for (const schedule of civilServiceSchedules) writeYear(tx, schedule);
    });
  }

  /** The cross-field checks (session order, day-off openings) are the settings' own schema's. */
  saveOfficeSettings(input: ParsedInput<'saveOfficeSettings'>, caller: Caller): MethodOutput<'saveOfficeSettings'> {
    const parsed = OfficeSettings.safeParse(input.office);
    if (!parsed.success)
      throw new ApiError('office_settings_invalid', transportText.invalidField(parsed.error.issues[0]?.path.join('.') ?? ''));
    const office = parsed.data;
    const calendar = this.write.run(caller, (tx) => {
      writeOffice(tx, office);
      return buildCalendar(tx.db);
    });
    this.reads.install(calendar);
    return { office };
  }

  saveCalendarYear(input: ParsedInput<'saveCalendarYear'>, caller: Caller): MethodOutput<'saveCalendarYear'> {
    if (input.year < FIRST_YEAR || input.year > LAST_YEAR) throw new ApiError('calendar_year_out_of_range');
    const calendar = this.write.run(caller, (tx) => {
      writeYear(tx, checkYear(input, storedOffice(tx.db), storedRules(tx.db).rules));
      // Built inside the transaction: a year the calendar cannot use is rolled back, never stored.
      return buildCalendar(tx.db);
    });
    this.reads.install(calendar);
    return { year: this.reads.listCalendarYears().years.find((y) => y.year === input.year)! };
  }

  saveStatutoryRules(input: ParsedInput<'saveStatutoryRules'>, caller: Caller): MethodOutput<'saveStatutoryRules'> {
    const calendar = this.write.run(caller, (tx) => {
      const rules = checkRules(input.rules, storedRules(tx.db).rules);
      writeRules(tx.db, rules, tx.now.toISOString());
      tx.record({ entity: 'statutory_rules', entityId: 'ward', op: 'statutory_rules.save@1', payload: rules });
      return buildCalendar(tx.db);
    });
    this.reads.install(calendar);
    return this.reads.getStatutoryRules();
  }
}

function writeOffice(tx: WriteContext, office: OfficeSettings): void {
  storeOffice(tx.db, office, tx.now.toISOString());
  tx.record({ entity: 'calendar_office', entityId: 'ward', op: 'calendar_office.save@1', payload: office });
}

function writeYear(tx: WriteContext, schedule: CalendarYear): void {
  stmt(
    tx.db,
    `INSERT INTO calendar_years (year, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(schedule.year, JSON.stringify(schedule), tx.now.toISOString());
  tx.record({ entity: 'calendar_year', entityId: String(schedule.year), op: 'calendar_year.save@1', payload: schedule });
}
