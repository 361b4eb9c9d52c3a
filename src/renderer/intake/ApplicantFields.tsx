import { useEffect, useRef } from 'react';
import { applicantScanText } from '../../shared/i18n/vi/citizen-id';
import { intakeText } from '../../shared/i18n/vi/dossiers';
import { TypedIdNumber } from './TypedIdNumber';
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
        <TypedIdNumber
          inputRef={idRef}
          testId="intake-idNumber"
          value={value.idNumber}
          onChange={(idNumber) => onChange({ ...value, idNumber })}
        />
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
