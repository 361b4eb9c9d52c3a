import { useEffect, useRef, useState } from 'react';
import { checkTypedIdNumber, type IdNumberCheck } from '../../shared/citizen-id/typed-id-number';
import { applicantScanText } from '../../shared/i18n/vi/citizen-id';
import { intakeText } from '../../shared/i18n/vi/dossiers';
import { localDay } from '../../shared/time/local-time';
import { TypedIdVerdict } from './IdWarnings';
import { DateInput } from '../components/DateInput';

/** The applicant as the form holds it: filled by a scan, or typed, and checked by the service on save. */
export interface ApplicantDraft {
  fullName: string;
  idNumber: string;
  /** YYYY-MM-DD, as a date field gives it. */
  birthDate: string;
  sex: 'male' | 'female' | '';
  address: string;
  phone: string;
}

export const EMPTY_APPLICANT: ApplicantDraft = { fullName: '', idNumber: '', birthDate: '', sex: '', address: '', phone: '' };

interface ApplicantFieldsProps {
  value: ApplicantDraft;
  onChange: (value: ApplicantDraft) => void;
}

/** The typed path: the number is checked as it is entered (Enter or leaving the field), as a scan would be. */
export function ApplicantFields({ value, onChange }: ApplicantFieldsProps) {
  const idRef = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<{ of: string; result: IdNumberCheck } | null>(null);
  const checkId = (): void => setCheck({ of: value.idNumber, result: checkTypedIdNumber(value.idNumber, { today: localDay(new Date()) }) });

  // The card goes under the scanner first; without one, the clerk starts with the number.
  useEffect(() => idRef.current?.focus(), []);

  const text = (field: Exclude<keyof ApplicantDraft, 'sex' | 'idNumber'>, label: string, type = 'text') => (
    <label className={`intake-${field}`}>
      {label}
      <input
        type={type}
        data-testid={`intake-${field}`}
        autoComplete="off"
        value={value[field]}
        onChange={(event) => onChange({ ...value, [field]: event.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="intake-applicant">
      <legend>{intakeText.applicantTitle}</legend>
      <label className="intake-idNumber">
        {applicantScanText.typedIdLabel}
        <input
          ref={idRef}
          data-testid="intake-idNumber"
          inputMode="numeric"
          autoComplete="off"
          value={value.idNumber}
          onChange={(event) => onChange({ ...value, idNumber: event.target.value })}
          onBlur={() => value.idNumber && checkId()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.ctrlKey) return;
            event.preventDefault();
            checkId();
          }}
        />
        <TypedIdVerdict check={check?.of === value.idNumber ? check.result : null} />
      </label>
      {text('fullName', intakeText.fullName)}
      <label className="intake-birthDate">
        {intakeText.birthDate}
        <DateInput data-testid="intake-birthDate" value={value.birthDate} onChange={(birthDate) => onChange({ ...value, birthDate })} />
      </label>
      <label className="intake-sex">
        {intakeText.sex}
        <select
          data-testid="intake-sex"
          value={value.sex}
          onChange={(event) => onChange({ ...value, sex: event.target.value as ApplicantDraft['sex'] })}
        >
          <option value="" />
          <option value="male">{applicantScanText.sex.male}</option>
          <option value="female">{applicantScanText.sex.female}</option>
        </select>
      </label>
      {text('address', intakeText.address)}
      {text('phone', intakeText.phone, 'tel')}
    </fieldset>
  );
}
