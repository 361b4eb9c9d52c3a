import { printingText } from '../../shared/i18n/vi';
import { PrinterChooser } from './PrinterChooser';
import type { PrintOutcome } from './print-document';
import { TestPrintButton } from './TestPrintButton';

const t = printingText.documentSettings;

/** The settings section for the A4/A5 slips (the Mẫu 01 receipt): which printer, and a sample to check it. */
export function DocumentPrinterSettings() {
  const shell = window.motcuaShell;
  return (
    <section className="settings-section" aria-labelledby="document-printer-title" data-testid="document-printer-settings">
      <h2 id="document-printer-title">{t.title}</h2>
      {shell ? (
        <PrinterChooser
          shell={shell}
          setting="documentPrinter"
          label={t.printerLabel}
          missingPrinter={t.missingPrinter}
          testId="document-printer"
        />
      ) : (
        <p data-testid="document-printer-browser-hint">{t.browserHint}</p>
      )}
      <TestPrintButton
        print={printSample}
        text={{ button: t.testPrint, printing: t.testPrinting, printed: t.testPrinted, failed: t.testFailed }}
        testId="document-printer-test"
      />
    </section>
  );
}

/**
 * The slips bring React's static renderer, the QR encoder and the embedded font, a third of the app's
 * size, so they load when a slip is first printed rather than with every page.
 */
async function printSample(): Promise<PrintOutcome> {
  try {
    const { printSampleReceipt } = await import('../slips/print-slip');
    return await printSampleReceipt('A4');
  } catch {
    return { ok: false, message: printingText.failures.documentTimeout };
  }
}
