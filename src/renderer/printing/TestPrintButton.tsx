import { useState } from 'react';
import type { PrintOutcome } from './print-document';

interface TestPrintText {
  button: string;
  printing: string;
  printed: string;
  failed: (reason: string) => string;
}

/** Prints a document marked as a test (a ticket that issues no number, a sample receipt). */
export function TestPrintButton({ print, text, testId }: { print: () => Promise<PrintOutcome>; text: TestPrintText; testId: string }) {
  const [state, setState] = useState<'idle' | 'printing' | PrintOutcome>('idle');
  const run = async () => {
    setState('printing');
    setState(await print());
  };
  const failedReason = typeof state === 'object' && !state.ok ? state.message : null;
  return (
    <div className="printer-test">
      <button type="button" aria-disabled={state === 'printing'} onClick={() => state !== 'printing' && void run()} data-testid={testId}>
        {text.button}
      </button>
      <p className="notice" role="status" data-testid={`${testId}-status`}>
        {state === 'printing' ? text.printing : typeof state === 'object' && state.ok ? text.printed : null}
      </p>
      <p className="alert" role="alert" data-testid={`${testId}-error`}>
        {failedReason && text.failed(failedReason)}
      </p>
    </div>
  );
}
