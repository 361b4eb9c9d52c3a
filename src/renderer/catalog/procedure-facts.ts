import type { DeadlineRule } from '../../shared/catalog/deadline-rule';
import type { FeeRule } from '../../shared/catalog/fee-rule';
import { catalogText } from '../../shared/i18n/vi/catalog';

// A procedure's deadline and fee in the clerk's words, for the catalogue list.

const dong = (amount: number) => amount.toLocaleString('vi-VN');

export function describeDeadline(rule: DeadlineRule | null): string {
  if (rule === null) return catalogText.unknown;
  const words = catalogText.deadlineRule;
  switch (rule.kind) {
    case 'same_day_cutoff':
      return words.same_day_cutoff(rule.cutoff);
    case 'working_days': {
      const base = words.working_days(rule.days);
      return rule.daysIfVerification === undefined ? base : words.withVerification(base, rule.daysIfVerification);
    }
    case 'calendar_days':
      return words.calendar_days(rule.days);
    case 'working_hours':
      return words.working_hours(rule.hours);
  }
}

export function describeFee(rule: FeeRule | null): string {
  if (rule === null) return catalogText.unknown;
  const words = catalogText.feeRule;
  switch (rule.kind) {
    case 'free':
      return words.free;
    case 'fixed':
      return words.fixed(dong(rule.amount));
    case 'per_copy':
      return words.per_copy(dong(rule.amount));
    case 'per_case':
      return words.per_case(dong(rule.amount));
    case 'per_page':
      return words.per_page(dong(rule.ratePerPage));
  }
}
