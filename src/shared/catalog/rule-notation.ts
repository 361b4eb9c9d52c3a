import { catalogueImportReasons as reasons } from '../i18n/vi/catalog';

// A deadline or fee rule in one spreadsheet cell: the kind, then name=value parts separated by spaces,
// e.g. "working_days days=3 daysIfVerification=23" or "per_page ratePerPage=2000 maxPerCopy=200000".
// The names are the JSON property names, so both formats share one vocabulary; the schema checks the result.

type RuleValue = string | number;

export type NotationResult = { ok: true; value: Record<string, RuleValue> } | { ok: false; reason: string; detail: string };

export function encodeRule(rule: { kind: string } & Record<string, unknown>): string {
  const parts = Object.entries(rule)
    .filter(([name, value]) => name !== 'kind' && value !== undefined)
    .map(([name, value]) => `${name}=${String(value)}`);
  return [rule.kind, ...parts].join(' ');
}

export function decodeRule(cell: string): NotationResult {
  const [kind, ...parts] = cell.trim().split(/\s+/);
  if (kind === undefined || kind.includes('='))
    return { ok: false, reason: reasons.rule_syntax(), detail: 'rule does not start with a kind' };
  const value: Record<string, RuleValue> = { kind };
  for (const part of parts) {
    const match = /^([A-Za-z]+)=(\S+)$/.exec(part);
    if (!match) return { ok: false, reason: reasons.rule_syntax(), detail: 'rule part is not name=value' };
    const [, name = '', text = ''] = match;
    if (name in value) return { ok: false, reason: reasons.rule_repeated_part(name), detail: `rule part ${name} repeated` };
    // Only plain digits become numbers; "2.000" or "2,000" stay text so the schema reports them.
    value[name] = /^\d+$/.test(text) ? Number(text) : text;
  }
  return { ok: true, value };
}
