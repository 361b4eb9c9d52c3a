import { createContext, useContext, type ReactNode } from 'react';
import { CONFIDENCES, type Confidence } from '../../shared/catalog/attestation';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { inputId, labelOf } from './procedure-labels';
import { DateInput } from '../components/DateInput';

// The inputs of the procedure form: each labelled in Vietnamese by the property it sets, with its hint
// and, after a refused save, the schema's reason right under it.

/** Reasons by property path, from the last refused save. */
export const ProblemsContext = createContext<ReadonlyMap<string, string>>(new Map());

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'data-testid': string;
}

interface FieldProps {
  /** The dotted path of the property the input sets. */
  path: string;
  label?: string;
  hint?: string;
  className?: string;
  /** In a table, whose column headers already name the input for the eye. */
  hiddenLabel?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ path, label, hint, className, hiddenLabel, children }: FieldProps) {
  const problem = useContext(ProblemsContext).get(path);
  const id = inputId(path);
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={hiddenLabel ? 'visually-hidden' : undefined}>
        {label ?? labelOf(path)}
      </label>
      {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy, 'data-testid': id })}
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {problem && (
        <div className="alert" role="alert" id={`${id}-problem`}>
          {problem}
        </div>
      )}
    </div>
  );
}

interface TextProps {
  path: string;
  value: string;
  onChange: (value: string) => void;
  label?: string;
  hint?: string;
  type?: 'text' | 'date';
  numeric?: boolean;
  autoFocus?: boolean;
  hiddenLabel?: boolean;
}

export function TextField({ path, value, onChange, label, hint, type = 'text', numeric, autoFocus, hiddenLabel }: TextProps) {
  return (
    <Field path={path} label={label} hint={hint} hiddenLabel={hiddenLabel}>
      {(control) =>
        type === 'date' ? (
          <DateInput {...control} value={value} autoFocus={autoFocus} onChange={onChange} />
        ) : (
          <input
            {...control}
            type={type}
            inputMode={numeric ? 'numeric' : undefined}
            value={value}
            autoFocus={autoFocus}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

export function LinesField({ path, value, onChange }: Omit<TextProps, 'type'>) {
  return (
    <Field path={path} hint={catalogText.form.listHint} className="wide">
      {(control) => <textarea {...control} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

interface SelectProps<T extends string> {
  path: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  label?: string;
  hiddenLabel?: boolean;
}

export function SelectField<T extends string>({ path, value, options, onChange, label, hiddenLabel }: SelectProps<T>) {
  return (
    <Field path={path} label={label} hiddenLabel={hiddenLabel}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(options.find(([option]) => option === e.target.value)![0])}>
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface Attested {
  confidence: Confidence;
  source: string;
}

const CONFIDENCE_OPTIONS = CONFIDENCES.map((c) => [c, catalogText.form.confidenceNames[c]] as const);

/** The confidence tag and the source every fact carries. */
export function AttestationFields<T extends Attested>({ path, fact, onChange }: { path: string; fact: T; onChange: (fact: T) => void }) {
  return (
    <>
      <SelectField
        path={`${path}.confidence`}
        value={fact.confidence}
        options={CONFIDENCE_OPTIONS}
        onChange={(confidence) => onChange({ ...fact, confidence })}
      />
      <TextField path={`${path}.source`} value={fact.source} onChange={(source) => onChange({ ...fact, source })} />
    </>
  );
}
