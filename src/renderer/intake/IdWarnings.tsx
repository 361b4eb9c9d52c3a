import type { CitizenIdWarning } from '../../shared/citizen-id/applicant';
import type { IdNumberCheck } from '../../shared/citizen-id/typed-id-number';
import { applicantScanText } from '../../shared/i18n/vi/citizen-id';
import { FormError } from '../components/FormError';

/** What the clerk should check against the card: the same list for a scanned card and a typed number. */
export function WarningList({ warnings, testId }: { warnings: CitizenIdWarning[]; testId: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="applicant-warnings" aria-label={applicantScanText.checkAgainstCard} data-testid={testId}>
      {warnings.map((warning) => (
        <li key={warning.code}>{warning.message}</li>
      ))}
    </ul>
  );
}

export function TypedIdVerdict({ check }: { check: IdNumberCheck | null }) {
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
