import type { Channel } from '../catalog/procedure';
import { VN_OFFSET_MS } from '../time/local-time';
import { clockMinutes } from './civil-day';
import type { WorkingCalendar } from './working-calendar';

// The day a dossier counts as received, by the reception rule of the channel it came by (the
// calendar's office settings, one-stop-rules §3.2). Deadlines in days count from the day after it.

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export interface ReceptionMoment {
  /** Hanoi calendar day of the instant, as an epoch day. */
  day: number;
  /** Minutes after Hanoi midnight. */
  minute: number;
  /** The epoch day the dossier counts as received. */
  receivedOn: number;
}

export function receptionMoment(calendar: WorkingCalendar, receivedMs: number, channel: Channel): ReceptionMoment {
  const local = receivedMs + VN_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  const rule = calendar.reception[channel];
  let thatDay: boolean;
  if (calendar.isWorkingOn(day)) {
    const cutoff = rule.cutoff === undefined ? calendar.closingMinute : Math.min(clockMinutes(rule.cutoff), calendar.closingMinute);
    thatDay = minute < cutoff;
  } else {
    thatDay = rule.dayOff === 'that_day' && calendar.counterOpenOnDayOff(day, minute);
  }
  return { day, minute, receivedOn: thatDay ? day : calendar.nthWorkingDayAfter(day, 1) };
}
