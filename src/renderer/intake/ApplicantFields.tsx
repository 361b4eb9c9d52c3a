import { applicantScanText } from '../../shared/i18n/vi/citizen-id';
import { intakeText } from '../../shared/i18n/vi/dossiers';

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

export function ApplicantFields({ value, onChange }: ApplicantFieldsProps) {
  const text = (field: Exclude<keyof ApplicantDraft, 'sex'>, label: string, type = 'text') => (
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
      {text('fullName', intakeText.fullName)}
      {text('idNumber', intakeText.idNumber)}
      {text('birthDate', intakeText.birthDate, 'date')}
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
