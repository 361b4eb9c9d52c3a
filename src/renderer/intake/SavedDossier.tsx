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
      <PrintedLine
        printed={printed}
        done={intakeText.printed}
        failed={intakeText.printFailed}
        again={intakeText.reprint}
        onReprint={onReprint}
      />
    </div>
  );
}

/** What the clerk sees once Mẫu 02 or 03 is given instead of a receipt: no dossier, and whether it printed. */
export function NoticeGiven({
  kind,
  printed,
  onReprint,
}: {
  kind: 'supplement' | 'refusal';
  printed: PrintOutcome | null;
  onReprint: () => void;
}) {
  return (
    <div className="intake-saved" data-testid="intake-noticed">
      <PrintedLine
        printed={printed}
        done={kind === 'supplement' ? intakeText.supplementPrinted : intakeText.refusedPrinted}
        failed={intakeText.slipPrintFailed}
        again={intakeText.slipReprint}
        onReprint={onReprint}
      />
    </div>
  );
}

interface PrintedLineProps {
  printed: PrintOutcome | null;
  done: string;
  failed: (message: string) => string;
  again: string;
  onReprint: () => void;
}

/** Whether the slip went to the printer; if not, why, and the button that tries again. */
function PrintedLine({ printed, done, failed, again, onReprint }: PrintedLineProps) {
  if (!printed) return null;
  if (printed.ok) return <p data-testid="intake-printed">{done}</p>;
  return (
    <>
      <FormError error={failed(printed.message)} testId="intake-print-error" />
      <button type="button" data-testid="intake-reprint" onClick={onReprint}>
        {again}
      </button>
    </>
  );
}
