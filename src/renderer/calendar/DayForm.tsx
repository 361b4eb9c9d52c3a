import { formatDay } from '../../shared/time/format';
import { useState } from 'react';
import { CalendarDayKind } from '../../shared/calendar/calendar-data';
import { calendarSettingsText as text, dayKindLabels } from '../../shared/i18n/vi/calendar';
import { ConfidenceSelect } from './ConfidenceSelect';
import type { DraftDay, YearDraft } from './year-draft';
import { DateInput } from '../components/DateInput';

interface DayFormProps {
  draft: YearDraft;
  /** The day being edited, or a new day's defaults. */
  initial: DraftDay;
  isNew: boolean;
  onSave: (day: DraftDay, replacing: string | null) => void;
  onCancel: () => void;
}

/** Adds or edits one day of the year being edited; the year is saved separately. */
export function DayForm({ draft, initial, isNew, onSave, onCancel }: DayFormProps) {
  const [day, setDay] = useState<DraftDay>(initial);
  const set = (patch: Partial<DraftDay>) => setDay((d) => ({ ...d, ...patch }));
  return (
    <form
      className="settings-form"
      data-testid="calendar-day-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ ...day, name: day.name.trim() }, isNew ? null : initial.date);
      }}
    >
      <h3>{isNew ? text.addDay : `${text.editDay}: ${formatDay(initial.date)}`}</h3>
      <label>
        {text.date}
        <DateInput
          required
          autoFocus
          min={`${draft.year}-01-01`}
          max={`${draft.year}-12-31`}
          value={day.date}
          onChange={(date) => set({ date })}
          data-testid="calendar-day-date"
        />
      </label>
      <label>
        {text.kind}
        <select value={day.kind} onChange={(e) => set({ kind: CalendarDayKind.parse(e.target.value) })} data-testid="calendar-day-kind">
          {CalendarDayKind.options.map((k) => (
            <option key={k} value={k}>
              {dayKindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.name}
        <input required maxLength={200} value={day.name} onChange={(e) => set({ name: e.target.value })} data-testid="calendar-day-name" />
      </label>
      <label>
        {text.source}
        <select value={day.source} onChange={(e) => set({ source: e.target.value })} data-testid="calendar-day-source">
          {draft.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <ConfidenceSelect
        label={text.confidence}
        value={day.confidence}
        onChange={(confidence) => set({ confidence })}
        testId="calendar-day-confidence"
      />
      <div className="row">
        <button type="submit" className="primary" data-testid="calendar-day-save">
          {text.saveDay}
        </button>
        <button type="button" onClick={onCancel}>
          {text.cancelEdit}
        </button>
      </div>
    </form>
  );
}
