import { formatDateTime, formatDay } from '../../shared/time/format';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import { weekdayOf, epochDayOf } from '../../shared/calendar/civil-day';
import { calendarSettingsText as text, confidenceLabels, dayKindLabels, weekdayNames } from '../../shared/i18n/vi/calendar';
import { localDay } from '../../shared/time/local-time';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';
import { useSubmit } from '../state/use-submit';
import { DayForm } from './DayForm';
import { MonthGrid } from './MonthGrid';
import { SourcesEditor } from './SourcesEditor';
import { draftOf, sameDraft, withDay, withoutDay, withSource, type DraftDay, type YearDraft } from './year-draft';

type Listing = MethodOutput<'listCalendarYears'>;
type Editing = { initial: DraftDay; isNew: boolean };

/** Settings › Lịch làm việc: a year's days off and swapped working days, month by month, edited and saved whole. */
export function CalendarSection() {
  const revision = useSession((s) => s.revision);
  const today = localDay(Date.now());
  const [listing, setListing] = useState<Listing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [draft, setDraft] = useState<YearDraft | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    let current = true;
    api('listCalendarYears', {})
      .then((result) => current && setListing(result))
      .catch((failure: unknown) => current && setLoadError(failureMessage(failure)));
    return () => {
      current = false;
    };
  }, [revision]);

  const view = listing?.years.find((y) => y.year === year) ?? null;
  useEffect(() => {
    setDraft(view ? draftOf(view) : null);
    setEditing(null);
  }, [view]);

  if (!listing || !draft || !view)
    return (
      <section className="settings-section" aria-labelledby="settings-calendar-title">
        <h2 id="settings-calendar-title">{text.title}</h2>
        <div className="alert" role="alert">
          {loadError}
        </div>
      </section>
    );

  const changed = !sameDraft(draft, draftOf(view));
  const pick = (date: string) => {
    const existing = draft.days.find((d) => d.date === date);
    const weeklyRest = !listing.workingWeekdays.includes(weekdayOf(epochDayOf(date)));
    setEditing(
      existing
        ? { initial: existing, isNew: false }
        : {
            initial: { date, kind: weeklyRest ? 'swapped_work' : 'holiday', name: '', source: draft.sources[0]!.id, confidence: 'C' },
            isNew: true,
          },
    );
  };
  const moveMonth = (step: number) => {
    const index = year * 12 + month - 1 + step;
    const nextYear = Math.floor(index / 12);
    if (nextYear < listing.firstYear || nextYear > listing.lastYear) return;
    setYear(nextYear);
    setMonth((index % 12) + 1);
  };
  const save = () =>
    void submit.run(async () => {
      const saved = (await api('saveCalendarYear', draft)).year;
      setListing({ ...listing, years: listing.years.map((y) => (y.year === saved.year ? saved : y)) });
    });

  return (
    <section className="settings-section calendar-section" aria-labelledby="settings-calendar-title" data-testid="calendar-section">
      <h2 id="settings-calendar-title">{text.title}</h2>
      <p>{text.intro}</p>
      <div className="row calendar-controls">
        <label>
          {text.year}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="calendar-year">
            {listing.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.derived ? `${y.year} ${text.derivedTag}` : y.year}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => moveMonth(-1)} aria-label={text.previousMonth} data-testid="calendar-previous-month">
          ‹
        </button>
        <label>
          {text.month}
          <select value={month} onChange={(e) => setMonth(Number(e.target.value))} data-testid="calendar-month">
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {text.monthName(i + 1)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => moveMonth(1)} aria-label={text.nextMonth} data-testid="calendar-next-month">
          ›
        </button>
      </div>
      <p className={view.derived ? 'calendar-derived' : 'calendar-stored'} data-testid="calendar-year-status">
        {view.derived ? text.derivedYear : view.updatedAt ? text.storedYear(formatDateTime(view.updatedAt)) : null}
      </p>
      <div className="calendar-layout">
        <MonthGrid
          year={year}
          month={month}
          days={draft.days}
          workingWeekdays={listing.workingWeekdays}
          selected={editing?.initial.date ?? null}
          onPick={pick}
        />
        <CalendarLegend />
      </div>
      {editing && (
        <DayForm
          key={`${editing.initial.date}|${editing.isNew}`}
          draft={draft}
          initial={editing.initial}
          isNew={editing.isNew}
          onSave={(day, replacing) => {
            setDraft(withDay(draft, day, replacing));
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <h3>{text.daysOfYear}</h3>
      <DaysTable
        draft={draft}
        onEdit={(day) => setEditing({ initial: day, isNew: false })}
        onRemove={(date) => setDraft(withoutDay(draft, date))}
      />
      <div className="row">
        <button type="button" onClick={() => pick(`${year}-${String(month).padStart(2, '0')}-01`)} data-testid="calendar-add-day">
          {text.addDay}
        </button>
      </div>
      <SourcesEditor draft={draft} onAdd={(title, url) => setDraft(withSource(draft, title, url))} />
      <div className="row">
        <button type="button" className="primary" disabled={submit.busy || !changed} onClick={save} data-testid="calendar-save-year">
          {submit.busy ? text.saving : text.saveYear}
        </button>
        <span className="notice" data-testid="calendar-unsaved">
          {changed ? text.unsaved : null}
        </span>
      </div>
      <FormStatus error={submit.error} saved={submit.saved && !changed} testId="calendar-year" />
    </section>
  );
}

function CalendarLegend() {
  return (
    <ul className="calendar-legend" aria-label={text.legend}>
      {(['holiday', 'compensatory', 'swapped_off', 'swapped_work'] as const).map((kind) => (
        <li key={kind}>
          <span className={`calendar-swatch calendar-day-${kind}`} aria-hidden="true" /> {dayKindLabels[kind]}
        </li>
      ))}
      <li>
        <span className="calendar-swatch calendar-day-weekly_rest" aria-hidden="true" /> {text.weeklyRest}
      </li>
    </ul>
  );
}

function DaysTable({ draft, onEdit, onRemove }: { draft: YearDraft; onEdit: (day: DraftDay) => void; onRemove: (date: string) => void }) {
  const sourceTitle = new Map(draft.sources.map((s) => [s.id, s.title]));
  if (draft.days.length === 0) return <p>{text.noDays}</p>;
  return (
    <table className="settings-table calendar-days" data-testid="calendar-days">
      <thead>
        <tr>
          <th scope="col">{text.date}</th>
          <th scope="col">{text.kind}</th>
          <th scope="col">{text.name}</th>
          <th scope="col">{text.source}</th>
          <th scope="col">{text.confidence}</th>
          <th scope="col">{text.actions}</th>
        </tr>
      </thead>
      <tbody>
        {draft.days.map((d) => (
          <tr key={d.date} data-testid={`calendar-row-${d.date}`}>
            <td>
              {weekdayNames[weekdayOf(epochDayOf(d.date))]} {formatDay(d.date)}
            </td>
            <td>{dayKindLabels[d.kind]}</td>
            <td>{d.name}</td>
            <td>{sourceTitle.get(d.source) ?? d.source}</td>
            <td title={confidenceLabels[d.confidence]} className={`calendar-confidence calendar-confidence-${d.confidence}`}>
              {`${d.confidence} — ${confidenceLabels[d.confidence]}`}
            </td>
            <td className="row-actions">
              <button type="button" onClick={() => onEdit(d)} data-testid={`calendar-edit-${d.date}`}>
                {text.editDay}
              </button>
              <button type="button" onClick={() => onRemove(d.date)} data-testid={`calendar-remove-${d.date}`}>
                {text.removeDay}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
