import { useState } from 'react';
import { HolidayStatus, type StatutoryHoliday } from '../../shared/calendar/calendar-data';
import { holidayStatusLabels, statutoryHolidaysText as text } from '../../shared/i18n/vi/calendar';
import { ConfidenceSelect } from './ConfidenceSelect';
import { DateInput } from '../components/DateInput';

interface HolidayFormProps {
  initial: StatutoryHoliday;
  isNew: boolean;
  busy: boolean;
  onSave: (holiday: StatutoryHoliday) => void;
  onCancel: () => void;
}

/**
 * One statutory holiday: its status, effective dates and source; a new one also its fixed solar day.
 * An existing holiday's date rule stays as the law set it (Tết's block, the 2/9 bridge day).
 */
export function HolidayForm({ initial, isNew, busy, onSave, onCancel }: HolidayFormProps) {
  const [holiday, setHoliday] = useState<StatutoryHoliday>(initial);
  // The two optional fields are typed as text; empty means absent.
  const [effectiveTo, setEffectiveTo] = useState(initial.effectiveTo ?? '');
  const [url, setUrl] = useState(initial.source.url ?? '');
  const set = (patch: Partial<StatutoryHoliday>) => setHoliday((h) => ({ ...h, ...patch }));
  const setSource = (patch: Partial<StatutoryHoliday['source']>) => setHoliday((h) => ({ ...h, source: { ...h.source, ...patch } }));
  const solar = holiday.date.type === 'solar' ? holiday.date : null;
  return (
    <form
      className="settings-form"
      data-testid="statutory-form"
      onSubmit={(event) => {
        event.preventDefault();
        const { effectiveTo: _to, source, ...rest } = holiday;
        const { url: _url, ...cited } = source;
        onSave({
          ...rest,
          name: holiday.name.trim(),
          ...(effectiveTo ? { effectiveTo } : {}),
          source: { ...cited, title: source.title.trim(), ...(url.trim() ? { url: url.trim() } : {}) },
        });
      }}
    >
      <h3>{isNew ? text.addTitle : text.editTitle(initial.name)}</h3>
      <label>
        {text.name}
        <input
          required
          autoFocus
          maxLength={200}
          value={holiday.name}
          onChange={(e) => set({ name: e.target.value })}
          data-testid="statutory-name"
        />
      </label>
      {isNew && solar && (
        <>
          <label>
            {text.day}
            <input
              type="number"
              required
              min={1}
              max={31}
              value={solar.day}
              onChange={(e) => set({ date: { ...solar, day: Number(e.target.value) } })}
              data-testid="statutory-day"
            />
          </label>
          <label>
            {text.month}
            <input
              type="number"
              required
              min={1}
              max={12}
              value={solar.month}
              onChange={(e) => set({ date: { ...solar, month: Number(e.target.value) } })}
              data-testid="statutory-month"
            />
          </label>
        </>
      )}
      <label>
        {text.status}
        <select
          value={holiday.status}
          onChange={(e) => set({ status: HolidayStatus.parse(e.target.value) })}
          data-testid="statutory-status"
        >
          {HolidayStatus.options.map((s) => (
            <option key={s} value={s}>
              {holidayStatusLabels[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.effectiveFrom}
        <DateInput
          required
          value={holiday.effectiveFrom}
          onChange={(effectiveFrom) => set({ effectiveFrom })}
          data-testid="statutory-effective-from"
        />
      </label>
      <label>
        {text.effectiveTo}
        <DateInput value={effectiveTo} onChange={setEffectiveTo} data-testid="statutory-effective-to" />
      </label>
      <label>
        {text.sourceTitle}
        <input
          required
          maxLength={500}
          value={holiday.source.title}
          onChange={(e) => setSource({ title: e.target.value })}
          data-testid="statutory-source-title"
        />
      </label>
      <label>
        {text.sourceUrl}
        <input type="url" maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="statutory-source-url" />
      </label>
      <ConfidenceSelect
        label={text.confidence}
        value={holiday.source.confidence}
        onChange={(confidence) => setSource({ confidence })}
        testId="statutory-confidence"
      />
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="statutory-save">
          {busy ? text.saving : text.save}
        </button>
        <button type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
