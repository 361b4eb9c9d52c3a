import { catalogText } from '../../shared/i18n/vi/catalog';

// The Vietnamese name of each input of the procedure form, from the dotted path of the property it
// sets, so a problem found by the schema is named the way the admin sees the field.

const form = catalogText.form;
const labels: Record<string, string> = catalogText.fieldLabels;
const ruleFields: Record<string, string> = form.ruleFields;
const channelRules: Record<string, string> = form.channelRule;
const documentFields: Record<string, string> = form.documentFields;

export function labelOf(key: string): string {
  const direct = labels[key];
  if (direct !== undefined) return direct;
  const parts = key.split('.');
  const last = parts[parts.length - 1] ?? '';
  const [head, second, third] = parts;
  if (head === 'deadline' && second === 'rule') return `${labels['deadline.rule']} — ${last === 'kind' ? form.ruleKind : ruleFields[last]}`;
  if (head === 'deadline' && second === 'byChannel' && third !== undefined) {
    return last === third ? (channelRules[third] ?? key) : `${channelRules[third]} — ${ruleFields[last]}`;
  }
  if (head === 'fee' && second === 'rule') return `${labels['fee.rule']} — ${last === 'kind' ? form.feeKind : ruleFields[last]}`;
  if (head === 'requiredDocuments' && second === 'items' && third !== undefined) {
    const row = form.documentRow(Number(third) + 1);
    return parts.length > 3 ? `${row} — ${documentFields[last]}` : row;
  }
  return key;
}

/** The element id of the input for a property path. */
export const inputId = (key: string): string => `procedure-${key.replace(/\./g, '-')}`;
