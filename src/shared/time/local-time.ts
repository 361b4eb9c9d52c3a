// Hanoi has used UTC+7 without daylight saving since 1975, so a fixed offset is exact and needs no tz database.
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localParts(instant: Date | number | string): LocalParts {
  const shifted = new Date(toMillis(instant) + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The calendar day in Hanoi (YYYY-MM-DD) that an instant falls on. */
export function localDay(instant: Date | number | string): string {
  const p = localParts(instant);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** "14:05" in Hanoi time. */
export function localClock(instant: Date | number | string): string {
  const p = localParts(instant);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** The UTC instant of a Hanoi day and clock time ("2026-03-17", "16:30"). */
export function instantOfLocal(day: string, clock: string): string {
  return new Date(Date.parse(`${day}T${clock}:00Z`) - VN_OFFSET_MS).toISOString();
}

/** "14:05 ngày 23/11/2026" style pieces: "23/11/2026". */
export function localDateVi(instant: Date | number | string): string {
  const p = localParts(instant);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

function toMillis(instant: Date | number | string): number {
  if (typeof instant === 'number') return instant;
  return typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
}

function pad2(n: number): string {
  return n.toString().padStart(2, '0');
}
