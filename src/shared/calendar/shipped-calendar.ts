import type { OfficeSettings } from './calendar-data';
import { civilServiceSchedules } from './data/civil-service-schedules';
import { defaultOfficeSettings } from './data/office-defaults';
import { statutoryRules } from './data/statutory-holidays';
import { WorkingCalendar } from './working-calendar';

// The calendar built from the data shipped with the app, for a ward that has not edited it yet.
// 2021 is when the Labour Code 2019 holiday list took effect; 2060 leaves room for a 10-year
// deadline received decades from now.
export const SHIPPED_FIRST_YEAR = 2021;
export const SHIPPED_LAST_YEAR = 2060;

export function shippedCalendar(office: OfficeSettings = defaultOfficeSettings): WorkingCalendar {
  return WorkingCalendar.build({
    rules: statutoryRules,
    schedules: civilServiceSchedules,
    office,
    firstYear: SHIPPED_FIRST_YEAR,
    lastYear: SHIPPED_LAST_YEAR,
  });
}
