// Calendar days as integers (days since 1970-01-01, the "epoch day") so that holiday tables and
// due-date arithmetic index plain arrays instead of allocating Date objects.

const MS_PER_DAY = 86_400_000;
/** Julian Day Number of 1970-01-01; astronomical formulas count in Julian days. */
export const JDN_OF_EPOCH_DAY_0 = 2_440_588;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses "YYYY-MM-DD"; a day that does not exist (2026-02-30) is an error, not a silent roll-over. */
export function epochDayOf(isoDay: string): number {
  const m = ISO_DAY.exec(isoDay);
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${isoDay}`);
  const n = epochDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (isoDayOf(n) !== isoDay) throw new RangeError(`no such day: ${isoDay}`);
  return n;
}

export function isoDayOf(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay numbers them. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isValidIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  return isoDayOf(epochDay(Number(m[1]), Number(m[2]), Number(m[3]))) === value;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "HH:MM" → minutes after midnight. */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}
