import { dayKindLabels, weekdayShortNames } from '../../shared/i18n/vi/calendar';
import { calendarSettingsText as text } from '../../shared/i18n/vi/calendar';
import { dayByDate, monthWeeks, type DraftDay } from './year-draft';

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

interface MonthGridProps {
  year: number;
  month: number;
  days: DraftDay[];
  workingWeekdays: number[];
  selected: string | null;
  onPick: (date: string) => void;
}

/** One month: days off, compensatory days and swapped working Saturdays marked; each day is a button. */
export function MonthGrid({ year, month, days, workingWeekdays, selected, onPick }: MonthGridProps) {
  const special = dayByDate(days);
  const working = new Set(workingWeekdays);
  return (
    <table className="calendar-grid" aria-label={text.gridLabel(month, year)} data-testid="calendar-grid">
      <thead>
        <tr>
          {MONDAY_FIRST.map((w) => (
            <th key={w} scope="col">
              {weekdayShortNames[w]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, i) => (
          <tr key={i}>
            {week.map((cell, j) =>
              cell === null ? (
                <td key={j} />
              ) : (
                <td key={cell.date}>
                  <DayButton
                    date={cell.date}
                    dayOfMonth={cell.dayOfMonth}
                    entry={special.get(cell.date)}
                    weeklyRest={!working.has(cell.weekday)}
                    selected={selected === cell.date}
                    onPick={onPick}
                  />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface DayButtonProps {
  date: string;
  dayOfMonth: number;
  entry: DraftDay | undefined;
  weeklyRest: boolean;
  selected: boolean;
  onPick: (date: string) => void;
}

function DayButton({ date, dayOfMonth, entry, weeklyRest, selected, onPick }: DayButtonProps) {
  const status = entry ? text.dayName(dayKindLabels[entry.kind], entry.name) : weeklyRest ? text.weeklyRest : text.workingDay;
  const kind = entry?.kind ?? (weeklyRest ? 'weekly_rest' : 'working');
  return (
    <button
      type="button"
      className={`calendar-day calendar-day-${kind}`}
      aria-pressed={selected}
      aria-label={`${dayOfMonth}/${date.slice(5, 7)}: ${status}`}
      title={entry ? `${status} (${entry.source}, ${entry.confidence})` : status}
      data-testid={`calendar-day-${date}`}
      data-kind={kind}
      onClick={() => onPick(date)}
    >
      <span className="calendar-day-number">{dayOfMonth}</span>
      {entry && <span className="calendar-day-name">{entry.name}</span>}
    </button>
  );
}
