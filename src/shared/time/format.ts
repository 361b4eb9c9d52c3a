import { dateInputText } from '../i18n/vi/common';
import { localParts } from './local-time';

// Every date and time a clerk, head or citizen reads, written the one way it is written in Vietnam
// (dd/mm/yyyy, 24-hour Hanoi time), whatever the locale of the browser or PC showing it.

type Instant = Date | number | string;

function pad2(n: number): string {
  return n.toString().padStart(2, '0');
}

/** A local day "2026-12-07" as "07/12/2026". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/** A local day "2026-12-07" spelled out: "ngày 7 tháng 12 năm 2026". */
export function formatDayLong(day: string): string {
  return dateInputText.spelledOut(Number(day.slice(8, 10)), Number(day.slice(5, 7)), Number(day.slice(0, 4)));
}

/** "07/12/2026", the Hanoi day an instant falls on. */
export function formatDate(instant: Instant): string {
  const p = localParts(instant);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "14:05", Hanoi time. */
export function formatTime(instant: Instant): string {
  const p = localParts(instant);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** "14:05 07/12/2026", Hanoi time. */
export function formatDateTime(instant: Instant): string {
  return `${formatTime(instant)} ${formatDate(instant)}`;
}

/** "14:05:09 07/12/2026", Hanoi time, for logs a head reads to the second. */
export function formatDateTimeSeconds(instant: Instant): string {
  const p = localParts(instant);
  return `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)} ${formatDate(instant)}`;
}

export type ParsedDay = { ok: true; day: string } | { ok: false; reason: 'format' | 'impossible' };

/**
 * A day typed as people write it in Vietnam ("07/12/2026", "7/12/2026") as "2026-12-07"; "format"
 * when it is not day/month/year, "impossible" when no such day exists (31/02/2026).
 */
export function parseDayText(typed: string): ParsedDay {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [date, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, date));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, day: `${year}-${pad2(month)}-${pad2(date)}` };
}
