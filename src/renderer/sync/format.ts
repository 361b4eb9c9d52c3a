import { syncPageText as text } from '../../shared/i18n/vi/sync';
import { localClock, localDateVi } from '../../shared/time/local-time';

/** An instant as the clerk reads it: Hà Nội date and time, or "Chưa có". */
export function when(instant: string | null): string {
  return instant ? `${localClock(instant)} ${localDateVi(instant)}` : text.never;
}

export function age(seconds: number | null): string {
  return seconds === null ? text.never : text.ageMinutes(Math.floor(seconds / 60));
}

/** A local day (YYYY-MM-DD) the way it is written in Vietnam: 23/11/2026. */
export function dayVi(day: string): string {
  return day.split('-').reverse().join('/');
}
