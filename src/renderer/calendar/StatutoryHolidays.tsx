import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import type { HolidayDateRule } from '../../shared/calendar/calendar-data';
import {
  confidenceLabels,
  holidayRuleText as ruleText,
  holidayStatusLabels,
  statutoryHolidaysText as text,
} from '../../shared/i18n/vi/calendar';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';

type Rules = MethodOutput<'getStatutoryRules'>;

/** Settings › Lịch làm việc: the statutory holidays derived years follow, each with its rule, source and effective dates. */
export function StatutoryHolidays() {
  const revision = useSession((s) => s.revision);
  const [rules, setRules] = useState<Rules | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api('getStatutoryRules', {})
      .then((result) => current && setRules(result))
      .catch((failure: unknown) => current && setLoadError(failureMessage(failure)));
    return () => {
      current = false;
    };
  }, [revision]);

  return (
    <section className="settings-section" aria-labelledby="settings-statutory-title" data-testid="statutory-holidays">
      <h2 id="settings-statutory-title">{text.title}</h2>
      <p>{text.intro}</p>
      <div className="alert" role="alert">
        {loadError}
      </div>
      {rules && (
        <>
          <p>{rules.updatedAt ? text.updatedRules(new Date(rules.updatedAt).toLocaleString('vi-VN')) : text.shippedRules}</p>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.rule}</th>
                <th scope="col">{text.status}</th>
                <th scope="col">{text.effective}</th>
                <th scope="col">{text.source}</th>
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
                </tr>
              ))}
            </tbody>
          </table>
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
