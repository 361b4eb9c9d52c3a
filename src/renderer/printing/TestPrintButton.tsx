import { useState } from 'react';
import { printingText } from '../../shared/i18n/vi';
import { printTestTicket, type PrintOutcome } from './print-ticket';

const t = printingText.settings;

/** Prints a ticket marked as a test, which issues no number. */
export function TestPrintButton() {
  const [state, setState] = useState<'idle' | 'printing' | PrintOutcome>('idle');
  const print = async () => {
    setState('printing');
    setState(await printTestTicket());
  };
  const failedReason = typeof state === 'object' && !state.ok ? state.message : null;
  return (
    <div className="printer-test">
      <button
        type="button"
        aria-disabled={state === 'printing'}
        onClick={() => state !== 'printing' && void print()}
        data-testid="printer-test"
      >
        {t.testPrint}
      </button>
      <p className="notice" role="status" data-testid="printer-test-status">
        {state === 'printing' ? t.testPrinting : typeof state === 'object' && state.ok ? t.testPrinted : null}
      </p>
      <p className="alert" role="alert" data-testid="printer-test-error">
        {failedReason && t.testFailed(failedReason)}
      </p>
    </div>
  );
}
