import type { Dossier } from '../../shared/api/dossiers';
import { intakeText } from '../../shared/i18n/vi/dossiers';
import { FormError } from '../components/FormError';
import type { PrintOutcome } from '../printing/print-document';

/** What the clerk sees once the dossier is saved: its code, and whether the receipt printed. */
export function SavedDossier({ dossier, printed, onReprint }: { dossier: Dossier; printed: PrintOutcome | null; onReprint: () => void }) {
  return (
    <div className="intake-saved" data-testid="intake-saved">
      <p className="intake-code" data-testid="intake-dossier-code">
        {intakeText.saved(dossier.code)}
      </p>
      {printed?.ok && <p data-testid="intake-printed">{intakeText.printed}</p>}
      {printed && !printed.ok && (
        <>
          <FormError error={intakeText.printFailed(printed.message)} testId="intake-print-error" />
          <button type="button" data-testid="intake-reprint" onClick={onReprint}>
            {intakeText.reprint}
          </button>
        </>
      )}
    </div>
  );
}
