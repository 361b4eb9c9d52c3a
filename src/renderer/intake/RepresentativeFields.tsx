import { useEffect, type RefObject } from 'react';
import { intakeText } from '../../shared/i18n/vi/dossiers';
import { TypedIdNumber } from './TypedIdNumber';

/** Someone filing for the applicant, as the form holds it; the service checks it again on save. */
export interface RepresentativeDraft {
  fullName: string;
  idNumber: string;
  /** The paper that allows it, as written on it: "Giấy ủy quyền số … ngày …". */
  authorisation: string;
}

export const EMPTY_REPRESENTATIVE: RepresentativeDraft = { fullName: '', idNumber: '', authorisation: '' };

interface RepresentativeFieldsProps {
  value: RepresentativeDraft;
  onChange: (value: RepresentativeDraft) => void;
  firstRef: RefObject<HTMLInputElement | null>;
}

/** Opened by Alt+U when the person at the counter files for someone else; the number is checked as the applicant's is. */
export function RepresentativeFields({ value, onChange, firstRef }: RepresentativeFieldsProps) {
  useEffect(() => firstRef.current?.focus(), [firstRef]);

  return (
    <fieldset className="intake-representative" data-testid="intake-representative">
      <legend>{intakeText.representativeTitle}</legend>
      <label>
        {intakeText.representativeName}
        <input
          ref={firstRef}
          data-testid="intake-representative-fullName"
          autoComplete="off"
          value={value.fullName}
          onChange={(event) => onChange({ ...value, fullName: event.target.value })}
        />
      </label>
      <label>
        {intakeText.representativeIdNumber}
        <TypedIdNumber
          testId="intake-representative-idNumber"
          value={value.idNumber}
          onChange={(idNumber) => onChange({ ...value, idNumber })}
        />
      </label>
      <label className="intake-authorisation">
        {intakeText.representativeAuthorisation}
        <input
          data-testid="intake-representative-authorisation"
          autoComplete="off"
          value={value.authorisation}
          onChange={(event) => onChange({ ...value, authorisation: event.target.value })}
        />
      </label>
    </fieldset>
  );
}
