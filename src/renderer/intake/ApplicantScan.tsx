import { useRef, useState } from 'react';
import type { Applicant, CitizenIdWarning } from '../../shared/citizen-id/applicant';
import { applicantScanText } from '../../shared/i18n/vi/citizen-id';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';
import { WarningList } from './IdWarnings';
import { useScanner } from './use-scanner';
import './intake.css';

interface ApplicantScanProps {
  /** Called with each applicant read off a card; a refused scan calls `onRefused` instead. */
  onApplicant: (applicant: Applicant) => void;
  /** Called when a scan is refused, so whoever kept the last applicant lets go of it too. */
  onRefused: () => void;
}

type Reading =
  { state: 'idle' } | { state: 'reading' } | { state: 'read'; warnings: CitizenIdWarning[] } | { state: 'refused'; message: string };

/**
 * Reads the applicant off the citizen-ID card: a scan anywhere on the page while this is shown is
 * checked by the ward service (which records who read whose card) and handed to the form that shows
 * it. A refused scan makes the form let go of an earlier one, so one citizen's details are never left
 * standing next to another's card.
 */
export function ApplicantScan({ onApplicant, onRefused }: ApplicantScanProps) {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const latestScan = useRef(0);

  useScanner((scanned) => {
    const scan = ++latestScan.current;
    setReading({ state: 'reading' });
    const refuse = (message: string): void => {
      onRefused();
      setReading({ state: 'refused', message });
    };
    api('parseCitizenId', { scanned }).then(
      (result) => {
        if (scan !== latestScan.current) return;
        if (!result.ok) return refuse(result.error.message);
        setReading({ state: 'read', warnings: result.warnings });
        onApplicant(result.applicant);
      },
      (error: unknown) => {
        if (scan === latestScan.current) refuse(failureMessage(error));
      },
    );
  });

  return (
    <section className="applicant-scan" aria-labelledby="applicant-scan-title" data-testid="applicant-scan">
      <h3 id="applicant-scan-title">{applicantScanText.title}</h3>
      <p className="hint">{applicantScanText.hint}</p>
      <FormError
        error={reading.state === 'refused' ? `${applicantScanText.refused} ${reading.message}` : null}
        testId="applicant-scan-error"
      />
      <div role="status" data-testid="applicant-scan-status">
        {reading.state === 'reading' && applicantScanText.reading}
        {reading.state === 'idle' && applicantScanText.nothingYet}
      </div>
      {reading.state === 'read' && <WarningList warnings={reading.warnings} testId="applicant-warnings" />}
    </section>
  );
}
