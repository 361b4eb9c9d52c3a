import { localClock, localDateVi } from '../../shared/time/local-time';

/** "2026-03-12" as the counter writes it: "12/03/2026". */
export function dayVi(day: string): string {
  return day.split('-').reverse().join('/');
}

/** An instant in Hanoi time: "14:05 12/03/2026". */
export function momentVi(instant: string): string {
  return `${localClock(instant)} ${localDateVi(instant)}`;
}
