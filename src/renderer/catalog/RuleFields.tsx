import { catalogText } from '../../shared/i18n/vi/catalog';
import { SelectField, TextField } from './form-fields';
import { DEADLINE_FIELDS, FEE_FIELDS, type DeadlineDraft, type DeadlineKind, type FeeDraft, type FeeKind } from './procedure-draft';

// A deadline or fee rule as a kind to choose and the numbers that kind needs; the inputs of the other
// kinds are not shown, so the admin never meets a field that does not apply.

const form = catalogText.form;
const ruleFields: Record<string, string> = form.ruleFields;

interface DeadlineProps {
  path: string;
  rule: DeadlineDraft;
  onChange: (rule: DeadlineDraft) => void;
  /** What an empty kind means here: "not known" for the general deadline, "as the general one" for a channel. */
  emptyLabel: string;
  label: string;
}

export function DeadlineFields({ path, rule, onChange, emptyLabel, label }: DeadlineProps) {
  const kinds = Object.entries(form.deadlineKinds) as [DeadlineKind, string][];
  return (
    <div className="rule-fields">
      <SelectField<DeadlineKind | ''>
        path={`${path}.kind`}
        label={label}
        value={rule.kind}
        options={[['', emptyLabel], ...kinds]}
        onChange={(kind) => onChange({ ...rule, kind })}
      />
      {rule.kind !== '' &&
        DEADLINE_FIELDS[rule.kind].map((field) => (
          <TextField
            key={field}
            path={`${path}.${field}`}
            label={ruleFields[field]}
            value={rule[field]}
            numeric={field !== 'cutoff'}
            onChange={(value) => onChange({ ...rule, [field]: value })}
          />
        ))}
    </div>
  );
}

export function FeeFields({ rule, onChange }: { rule: FeeDraft; onChange: (rule: FeeDraft) => void }) {
  const kinds = Object.entries(form.feeKinds) as [FeeKind, string][];
  return (
    <div className="rule-fields wide">
      <SelectField<FeeKind | ''>
        path="fee.rule.kind"
        label={form.feeKind}
        value={rule.kind}
        options={[['', catalogText.unknown], ...kinds]}
        onChange={(kind) => onChange({ ...rule, kind })}
      />
      {rule.kind !== '' &&
        FEE_FIELDS[rule.kind].map((field) => (
          <TextField
            key={field}
            path={`fee.rule.${field}`}
            label={ruleFields[field]}
            hint={field === 'reducedFromPage' ? undefined : form.moneyHint}
            value={rule[field]}
            numeric
            onChange={(value) => onChange({ ...rule, [field]: value })}
          />
        ))}
    </div>
  );
}
