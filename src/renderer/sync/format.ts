import { syncPageText as text } from '../../shared/i18n/vi/sync';
import { formatDateTime } from '../../shared/time/format';

/** An instant as the clerk reads it: Hà Nội date and time, or "Chưa có". */
export function when(instant: string | null): string {
  return instant ? formatDateTime(instant) : text.never;
}

export function age(seconds: number | null): string {
  return seconds === null ? text.never : text.ageMinutes(Math.floor(seconds / 60));
}
