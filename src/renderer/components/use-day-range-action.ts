import { useState } from 'react';
import { dayRangeProblem } from '../../shared/calendar/day-range';
import { localDay } from '../../shared/time/local-time';
import { failureMessage } from '../state/failure';

/** What the page says of a range it will not send: ends before it starts, or longer than the report allows. */
export interface DayRangeMessages {
  reversed: string;
  tooLong: string;
}

/**
 * A report's range of days and the one action at a time run on it (show, print, download): the range is
 * checked before the service is asked, the action's outcome or failure is kept for the page to show.
 */
export function useDayRangeAction(maxDays: number, messages: DayRangeMessages, firstDay: (today: string) => string) {
  const today = localDay(new Date());
  const [from, setFrom] = useState(() => firstDay(today));
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  /** The action answers what to tell when done, or null for nothing. */
  const run = (action: () => Promise<string | null>): void => {
    const problem = dayRangeProblem(from, to, maxDays);
    setStatus(null);
    setError(problem === 'reversed' ? messages.reversed : problem === 'too_long' ? messages.tooLong : null);
    if (problem) return;
    setBusy(true);
    action()
      .then(setStatus)
      .catch((failure: unknown) => setError(failureMessage(failure)))
      .finally(() => setBusy(false));
  };

  return { from, setFrom, to, setTo, busy, error, status, run };
}
