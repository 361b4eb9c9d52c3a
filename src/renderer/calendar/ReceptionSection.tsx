import { useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import { CHANNELS, type Channel } from '../../shared/catalog/procedure';
import { confidenceLabels, weekdayNames } from '../../shared/i18n/vi/calendar';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { receptionText as text } from '../../shared/i18n/vi/reception';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';
import { useSubmit } from '../state/use-submit';

type Listing = MethodOutput<'listCalendarYears'>;
type Office = MethodInput<'saveOfficeSettings'>['office'];
type Rule = Office['reception'][Channel];

const CONFIDENCES = ['C', 'S', 'U'] as const;

function officeOf(listing: Listing): Office {
  return {
    workingWeekdays: listing.workingWeekdays,
    sessions: listing.sessions,
    dayOffOpening: listing.dayOffOpening,
    reception: listing.reception,
    source: listing.officeSource,
  };
}

/** Settings › Tiếp nhận hồ sơ: the counter's day-off opening and each channel's reception rule, saved whole. */
export function ReceptionSection() {
  const revision = useSession((s) => s.revision);
  const [stored, setStored] = useState<Office | null>(null);
  const [draft, setDraft] = useState<Office | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    let current = true;
    api('listCalendarYears', {})
      .then((listing) => {
        if (!current) return;
        setStored(officeOf(listing));
        setDraft(officeOf(listing));
      })
      .catch((failure: unknown) => current && setLoadError(failureMessage(failure)));
    return () => {
      current = false;
    };
  }, [revision]);

  if (!stored || !draft)
    return (
      <section className="settings-section" aria-labelledby="settings-reception-title">
        <h2 id="settings-reception-title">{text.title}</h2>
        <div className="alert" role="alert">
          {loadError}
        </div>
      </section>
    );

  const changed = JSON.stringify(draft) !== JSON.stringify(stored);
  const restDays = [0, 1, 2, 3, 4, 5, 6].filter((d) => !draft.workingWeekdays.includes(d));
  const opening = (weekday: number) => draft.dayOffOpening.find((o) => o.weekday === weekday) ?? null;
  const setOpening = (weekday: number, session: { start: string; end: string } | null) =>
    setDraft({
      ...draft,
      dayOffOpening: [
        ...draft.dayOffOpening.filter((o) => o.weekday !== weekday),
        ...(session ? [{ weekday, sessions: [session] }] : []),
      ].sort((a, b) => a.weekday - b.weekday),
    });
  const setRule = (channel: Channel, rule: Rule) => setDraft({ ...draft, reception: { ...draft.reception, [channel]: rule } });
  const save = () =>
    void submit.run(async () => {
      const saved = (await api('saveOfficeSettings', { office: draft })).office;
      const next = { ...draft, dayOffOpening: saved.dayOffOpening, reception: saved.reception };
      setStored(next);
      setDraft(next);
    });

  return (
    <section className="settings-section" aria-labelledby="settings-reception-title" data-testid="reception-section">
      <h2 id="settings-reception-title">{text.title}</h2>
      <p>{text.intro}</p>
      <fieldset>
        <legend>{text.dayOffOpening}</legend>
        {restDays.map((weekday) => {
          const open = opening(weekday);
          const session = open?.sessions[0] ?? null;
          return (
            <div className="row" key={weekday}>
              <label>
                <input
                  type="checkbox"
                  checked={open !== null}
                  onChange={(e) => setOpening(weekday, e.target.checked ? { start: '08:00', end: '12:00' } : null)}
                  data-testid={`reception-open-${weekday}`}
                />{' '}
                {text.openOn(weekdayNames[weekday]!)}
              </label>
              {session &&
                (['start', 'end'] as const).map((edge) => (
                  <label key={edge}>
                    {edge === 'start' ? text.from : text.to}{' '}
                    <input
                      type="time"
                      required
                      value={session[edge]}
                      onChange={(e) => setOpening(weekday, { ...session, [edge]: e.target.value })}
                      data-testid={`reception-open-${weekday}-${edge}`}
                    />
                  </label>
                ))}
            </div>
          );
        })}
      </fieldset>
      <table className="settings-table" data-testid="reception-rules">
        <thead>
          <tr>
            <th scope="col">{text.channel}</th>
            <th scope="col">{text.dayOff}</th>
            <th scope="col">{text.cutoff}</th>
            <th scope="col">{text.basis}</th>
            <th scope="col">{text.confidence}</th>
          </tr>
        </thead>
        <tbody>
          {CHANNELS.map((channel) => (
            <RuleRow key={channel} channel={channel} rule={draft.reception[channel]} onChange={(rule) => setRule(channel, rule)} />
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" className="primary" disabled={submit.busy || !changed} onClick={save} data-testid="reception-save">
          {submit.busy ? text.saving : text.save}
        </button>
        <span className="notice">{changed ? text.unsaved : null}</span>
      </div>
      <FormStatus error={submit.error} saved={submit.saved && !changed} testId="reception" />
    </section>
  );
}

function RuleRow({ channel, rule, onChange }: { channel: Channel; rule: Rule; onChange: (rule: Rule) => void }) {
  const name = catalogText.channelNames[channel];
  const { cutoff: _cutoff, ...withoutCutoff } = rule;
  return (
    <tr data-testid={`reception-rule-${channel}`}>
      <th scope="row">{name}</th>
      <td>
        <select
          aria-label={text.dayOffFor(name)}
          value={rule.dayOff}
          onChange={(e) => onChange({ ...rule, dayOff: e.target.value as Rule['dayOff'] })}
          data-testid={`reception-day-off-${channel}`}
        >
          {(['that_day', 'next_working_day'] as const).map((choice) => (
            <option key={choice} value={choice}>
              {text.dayOffChoices[choice]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="time"
          aria-label={text.cutoffFor(name)}
          value={rule.cutoff ?? ''}
          onChange={(e) => onChange(e.target.value ? { ...rule, cutoff: e.target.value } : withoutCutoff)}
          data-testid={`reception-cutoff-${channel}`}
        />
      </td>
      <td>
        {/* A new basis replaces the old one whole: its link and note belong to the old text. */}
        {/* Three lines tall so a whole article title is read, not cut; still one line of text, so Enter adds no break. */}
        <textarea
          required
          rows={3}
          maxLength={500}
          className="reception-basis"
          aria-label={text.basisFor(name)}
          value={rule.source.title}
          onChange={(e) => onChange({ ...rule, source: { title: e.target.value, confidence: rule.source.confidence } })}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          data-testid={`reception-basis-${channel}`}
        />
        {rule.source.url && (
          <>
            {' '}
            <a href={rule.source.url} target="_blank" rel="noreferrer">
              {rule.source.url}
            </a>
          </>
        )}
        {rule.source.note && <p className="notice">{rule.source.note}</p>}
      </td>
      <td>
        <select
          aria-label={text.confidenceFor(name)}
          value={rule.source.confidence}
          onChange={(e) => onChange({ ...rule, source: { ...rule.source, confidence: e.target.value as Rule['source']['confidence'] } })}
          data-testid={`reception-confidence-${channel}`}
        >
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {`${c} — ${confidenceLabels[c]}`}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
