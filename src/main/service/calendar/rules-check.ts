import type { ParsedInput } from '../../../shared/api/contract';
import { StatutoryRules } from '../../../shared/calendar/calendar-data';
import { statutoryRulesProblems as problem } from '../../../shared/i18n/vi/calendar';
import { transportText } from '../../../shared/i18n/vi/common';
import { ApiError } from '../api-error';

// Statutory rules the admin saves. A holiday leaves the law from a date on, it is not erased: deleting
// its rule would silently rewrite every derived year before that date too, so the rule must stay with
// an effectiveTo (and the source that ended it) instead.

export function checkRules(input: ParsedInput<'saveStatutoryRules'>['rules'], current: StatutoryRules): StatutoryRules {
  const parsed = StatutoryRules.safeParse(input);
  if (!parsed.success) {
    throw new ApiError('statutory_rules_invalid', transportText.invalidField(parsed.error.issues[0]?.path.join('.') ?? ''));
  }
  const kept = new Set(parsed.data.holidays.map((h) => h.id));
  const dropped = current.holidays.find((h) => !kept.has(h.id));
  if (dropped) throw new ApiError('statutory_rules_invalid', problem.holidayDropped(dropped.name));
  return parsed.data;
}
