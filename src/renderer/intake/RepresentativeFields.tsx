import { useEffect, useRef, useState, type RefObject } from 'react';
import { checkTypedIdNumber, type IdNumberCheck } from '../../shared/citizen-id/typed-id-number';
import { intakeText } from '../../shared/i18n/vi/dossiers';
import { localDay } from '../../shared/time/local-time';
import { TypedIdVerdict } from './IdWarnings';

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
  const [check, setCheck] = useState<{ of: string; result: IdNumberCheck } | null>(null);
  const checkId = (): void => setCheck({ of: value.idNumber, result: checkTypedIdNumber(value.idNumber, { today: localDay(new Date()) }) });
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    firstRef.current?.focus();
  }, [firstRef]);

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
        <input
          data-testid="intake-representative-idNumber"
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
