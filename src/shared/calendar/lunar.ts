import { newMoonJd, newMoonNumberBefore, sunLongitude } from './astronomy';
import { epochDay, epochDayOf, isoDayOf, JDN_OF_EPOCH_DAY_0, yearOf } from './civil-day';

// The Vietnamese lunar calendar as Hồ Ngọc Đức states its rules
// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html, one-stop-rules §3.3):
// a month starts on the local day of the new moon; the month holding the winter solstice is month 11;
// a year (solstice to solstice) with 13 months repeats the number of the first month after month 11
// that holds no principal solar term (a multiple of 30° of solar longitude); everything is reckoned on
// the 105°E meridian (UTC+7). China reckons at 120°E, which is why the two calendars sometimes disagree:
// never replace this with a Chinese-calendar library.

const ZONE_HOURS = 7;
const FIRST_YEAR = 1901;
const LAST_YEAR = 2100;

export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which its month 1 starts. */
  year: number;
  month: number;
  day: number;
  /** True for the repeated (nhuận) month. */
  leap: boolean;
}

interface LunarMonth {
  start: number;
  month: number;
  leap: boolean;
  year: number;
}

/** The months from month 11 of lunar year Y−1 up to (not including) the next month 11. */
interface SolsticeYear {
  months: LunarMonth[];
  end: number;
}

const solsticeYears = new Map<number, SolsticeYear>();

/** The local (UTC+7) calendar day holding new moon number k. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + ZONE_HOURS / 24) - JDN_OF_EPOCH_DAY_0;
}

/** The Sun's longitude at 00:00 Hanoi time at the start of a day. */
function longitudeAtDayStart(day: number): number {
  return sunLongitude(day + JDN_OF_EPOCH_DAY_0 - 0.5 - ZONE_HOURS / 24);
}

/** The new-moon number that starts month 11 of the lunar year running in December of `year`. */
function month11NewMoon(year: number): number {
  const k = newMoonNumberBefore(epochDay(year, 12, 31) + JDN_OF_EPOCH_DAY_0);
  // The solstice (270°) is already past when this month starts, so the month before holds it.
  return longitudeAtDayStart(newMoonDay(k)) >= 270 ? k - 1 : k;
}

function holdsNoPrincipalTerm(start: number, nextStart: number): boolean {
  return Math.floor(longitudeAtDayStart(start) / 30) === Math.floor(longitudeAtDayStart(nextStart) / 30);
}

function solsticeYear(year: number): SolsticeYear {
  const cached = solsticeYears.get(year);
  if (cached) return cached;
  const k0 = month11NewMoon(year - 1);
  const k1 = month11NewMoon(year);
  const starts: number[] = [];
  for (let k = k0; k <= k1; k++) starts.push(newMoonDay(k));
  const count = k1 - k0;
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (holdsNoPrincipalTerm(starts[i]!, starts[i + 1]!)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  let month = 11;
  let lunarYear = year - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      month = (month % 12) + 1;
      if (month === 1) lunarYear = year;
    }
    months.push({ start: starts[i]!, month, leap, year: lunarYear });
  }
  const table = { months, end: starts[count]! };
  solsticeYears.set(year, table);
  return table;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`the lunar calendar is computed for ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
  }
}

/** The lunar date of a Gregorian day ("YYYY-MM-DD"). */
export function solarToLunar(isoDay: string): LunarDate {
  const day = epochDayOf(isoDay);
  const gregorianYear = yearOf(day);
  checkYear(gregorianYear);
  let table = solsticeYear(gregorianYear);
  if (day >= table.end) table = solsticeYear(gregorianYear + 1);
  let found = table.months[0]!;
  for (const m of table.months) {
    if (m.start > day) break;
    found = m;
  }
  return { year: found.year, month: found.month, day: day - found.start + 1, leap: found.leap };
}

/** The Gregorian day ("YYYY-MM-DD") of a lunar date; a leap month or a 30th that does not exist is an error. */
export function lunarToSolar(date: LunarDate): string {
  checkYear(date.year);
  // Months 11 and 12 (and their leap twins) of lunar year Y run in the solstice year that ends in Y+1.
  const table = solsticeYear(date.month >= 11 ? date.year + 1 : date.year);
  const index = table.months.findIndex((m) => m.year === date.year && m.month === date.month && m.leap === date.leap);
  const found = table.months[index];
  if (!found) {
    throw new RangeError(`lunar year ${date.year} has no ${date.leap ? 'leap ' : ''}month ${date.month}`);
  }
  const length = (table.months[index + 1]?.start ?? table.end) - found.start;
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > length) {
    throw new RangeError(`lunar month ${date.month}/${date.year} has ${length} days, not day ${date.day}`);
  }
  return isoDayOf(found.start + date.day - 1);
}

/** The Gregorian day of Tết Nguyên đán (1/1 lunar) in a Gregorian year. */
export function tetDay(gregorianYear: number): string {
  return lunarToSolar({ year: gregorianYear, month: 1, day: 1, leap: false });
}

/** The Gregorian day of Giỗ Tổ Hùng Vương (10/3 lunar) in a Gregorian year. */
export function gioToDay(gregorianYear: number): string {
  return lunarToSolar({ year: gregorianYear, month: 3, day: 10, leap: false });
}

/** The leap month of a lunar year, or null if it has none. */
export function leapMonthOf(lunarYear: number): number | null {
  checkYear(lunarYear);
  const inYear = [...solsticeYear(lunarYear).months, ...solsticeYear(lunarYear + 1).months].find((m) => m.year === lunarYear && m.leap);
  return inYear ? inYear.month : null;
}
