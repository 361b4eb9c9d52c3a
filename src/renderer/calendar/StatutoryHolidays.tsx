import { formatDateTime } from '../../shared/time/format';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import type { HolidayDateRule, StatutoryHoliday } from '../../shared/calendar/calendar-data';
import {
  confidenceLabels,
  holidayRuleText as ruleText,
  holidayStatusLabels,
  statutoryHolidaysText as text,
} from '../../shared/i18n/vi/calendar';
import { localDay } from '../../shared/time/local-time';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';
import { useSubmit } from '../state/use-submit';
import { HolidayForm } from './HolidayForm';
import { newHoliday, withHoliday } from './statutory-draft';

type Rules = MethodOutput<'getStatutoryRules'>;
type Editing = { initial: StatutoryHoliday; isNew: boolean };

/**
 * Settings › Lịch làm việc: the statutory holidays derived years follow, each with its rule, source and
 * effective dates; the admin changes one, or adds a new fixed-day holiday, and the list is saved whole.
 */
export function StatutoryHolidays() {
  const revision = useSession((s) => s.revision);
  const [rules, setRules] = useState<Rules | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    let current = true;
    api('getStatutoryRules', {})
      .then((result) => current && setRules(result))
      .catch((failure: unknown) => current && setLoadError(failureMessage(failure)));
    return () => {
      current = false;
    };
  }, [revision]);

  const save = (holiday: StatutoryHoliday) =>
    void submit.run(async () => {
      setRules(await api('saveStatutoryRules', { rules: withHoliday(rules!.rules, holiday) }));
      setEditing(null);
    });

  return (
    <section className="settings-section" aria-labelledby="settings-statutory-title" data-testid="statutory-holidays">
      <h2 id="settings-statutory-title">{text.title}</h2>
      <p>{text.intro}</p>
      <div className="alert" role="alert">
        {loadError}
      </div>
      {rules && (
        <>
          <p>{rules.updatedAt ? text.updatedRules(formatDateTime(rules.updatedAt)) : text.shippedRules}</p>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.rule}</th>
                <th scope="col">{text.status}</th>
                <th scope="col">{text.effective}</th>
                <th scope="col">{text.source}</th>
                <th scope="col">{text.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rules.rules.holidays.map((h) => (
                <tr key={h.id} data-testid={`statutory-${h.id}`}>
                  <td>{h.name}</td>
                  <td>{describeRule(h.date)}</td>
                  <td>{holidayStatusLabels[h.status]}</td>
                  <td>{text.effectiveRange(h.effectiveFrom, h.effectiveTo)}</td>
                  <td>
                    {h.source.url && /^https?:\/\//.test(h.source.url) ? (
                      <a href={h.source.url} target="_blank" rel="noreferrer">
                        {h.source.title}
                      </a>
                    ) : (
                      h.source.title
                    )}{' '}
                    — {`${h.source.confidence}: ${confidenceLabels[h.source.confidence]}`}
                  </td>
                  <td>
                    <button type="button" onClick={() => setEditing({ initial: h, isNew: false })} data-testid={`statutory-edit-${h.id}`}>
                      {text.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {editing ? (
            <HolidayForm
              key={editing.initial.id}
              initial={editing.initial}
              isNew={editing.isNew}
              busy={submit.busy}
              onSave={save}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div className="row">
              <button
                type="button"
                onClick={() => setEditing({ initial: newHoliday(rules.rules, localDay(Date.now())), isNew: true })}
                data-testid="statutory-add"
              >
                {text.add}
              </button>
            </div>
          )}
          <FormStatus error={submit.error} saved={submit.saved && !editing} testId="statutory" />
        </>
      )}
    </section>
  );
}

function describeRule(rule: HolidayDateRule): string {
  switch (rule.type) {
    case 'solar':
      return ruleText.solar(rule.day, rule.month);
    case 'lunar':
      return ruleText.lunar(rule.day, rule.month);
    case 'lunar_new_year':
      return ruleText.lunarNewYear(rule.daysBefore, rule.daysFrom);
    case 'adjacent_to_solar':
      return ruleText.adjacentToSolar(rule.day, rule.month);
  }
}
