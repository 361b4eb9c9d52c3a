import { useEffect, useRef, useState } from 'react';
import type { Applicant, CitizenIdWarning } from '../../shared/citizen-id/applicant';
import { checkTypedIdNumber, type IdNumberCheck } from '../../shared/citizen-id/typed-id-number';
import { applicantScanText, citizenIdFieldLabels } from '../../shared/i18n/vi/citizen-id';
import { localDay } from '../../shared/time/local-time';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';
import { useScanner } from './use-scanner';
import './intake.css';

interface ApplicantScanProps {
  /** Called with each applicant read off a card; a refused scan calls nothing. */
  onApplicant?: (applicant: Applicant) => void;
  /** Called when a scan is refused, so whoever kept the last applicant lets go of it too. */
  onRefused?: () => void;
}

type Reading =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'read'; applicant: Applicant; warnings: CitizenIdWarning[] }
  | { state: 'refused'; message: string };

/**
 * Reads the applicant off the citizen-ID card: a scan anywhere on the page while the panel is shown is
 * checked by the ward service (which records who read whose card), or the number is typed and checked
 * here. A refused scan clears what an earlier one showed, so one citizen's details are never left
 * standing next to another's card.
 */
export function ApplicantScan({ onApplicant, onRefused }: ApplicantScanProps) {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [typedId, setTypedId] = useState('');
  const [typedCheck, setTypedCheck] = useState<IdNumberCheck | null>(null);
  const typedRef = useRef<HTMLInputElement>(null);
  const latestScan = useRef(0);

  useEffect(() => typedRef.current?.focus(), []);

  useScanner((scanned) => {
    const scan = ++latestScan.current;
    setReading({ state: 'reading' });
    api('parseCitizenId', { scanned }).then(
      (result) => {
        if (scan !== latestScan.current) return;
        if (!result.ok) {
          onRefused?.();
          return setReading({ state: 'refused', message: result.error.message });
        }
        setReading({ state: 'read', applicant: result.applicant, warnings: result.warnings });
        onApplicant?.(result.applicant);
      },
      (error: unknown) => {
        if (scan !== latestScan.current) return;
        onRefused?.();
        setReading({ state: 'refused', message: failureMessage(error) });
      },
    );
  });

  const checkTyped = (): void => setTypedCheck(checkTypedIdNumber(typedId, { today: localDay(new Date()) }));

  return (
    <section className="applicant-scan" aria-labelledby="applicant-scan-title" data-testid="applicant-scan">
      <h2 id="applicant-scan-title">{applicantScanText.title}</h2>
      <p className="hint">{applicantScanText.hint}</p>
      <FormError
        error={reading.state === 'refused' ? `${applicantScanText.refused} ${reading.message}` : null}
        testId="applicant-scan-error"
      />
      <div role="status" data-testid="applicant-scan-status">
        {reading.state === 'reading' && applicantScanText.reading}
        {reading.state === 'idle' && applicantScanText.nothingYet}
      </div>
      {reading.state === 'read' && <ApplicantDetails applicant={reading.applicant} warnings={reading.warnings} />}
      <label className="typed-id">
        {applicantScanText.typedIdLabel}
        <input
          ref={typedRef}
          data-testid="applicant-typed-id"
          inputMode="numeric"
          autoComplete="off"
          value={typedId}
          onChange={(event) => {
            setTypedId(event.target.value);
            setTypedCheck(null);
          }}
          onBlur={() => typedId && checkTyped()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            checkTyped();
          }}
        />
      </label>
      <TypedIdVerdict check={typedCheck} />
    </section>
  );
}

function ApplicantDetails({ applicant, warnings }: { applicant: Applicant; warnings: CitizenIdWarning[] }) {
  const rows: [keyof typeof citizenIdFieldLabels, string][] = [
    ['fullName', applicant.fullName],
    ['idNumber', applicant.idNumber],
    ['birthDate', isoToVi(applicant.birthDate)],
    ['sex', applicantScanText.sex[applicant.sex]],
    ['address', applicant.address],
  ];
  return (
    <>
      <dl className="applicant-details" data-testid="applicant-details">
        {rows.map(([field, value]) => (
          <div key={field}>
            <dt>{citizenIdFieldLabels[field]}</dt>
            <dd data-testid={`applicant-${field}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <WarningList warnings={warnings} testId="applicant-warnings" />
    </>
  );
}

function TypedIdVerdict({ check }: { check: IdNumberCheck | null }) {
  if (!check) return null;
  if (!check.ok) return <FormError error={check.error.message} testId="applicant-typed-id-error" />;
  return (
    <div data-testid="applicant-typed-id-result">
      {check.warnings.length === 0 ? (
        <p>{applicantScanText.typedIdValid}</p>
      ) : (
        <WarningList warnings={check.warnings} testId="applicant-typed-id-warnings" />
      )}
    </div>
  );
}

function WarningList({ warnings, testId }: { warnings: CitizenIdWarning[]; testId: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="applicant-warnings" aria-label={applicantScanText.checkAgainstCard} data-testid={testId}>
      {warnings.map((warning) => (
        <li key={warning.code}>{warning.message}</li>
      ))}
    </ul>
  );
}

/** 1990-03-15 → 15/03/1990, as the card prints it. */
function isoToVi(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
