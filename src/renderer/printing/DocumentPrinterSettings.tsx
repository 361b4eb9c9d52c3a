import { printingText } from '../../shared/i18n/vi';
import { printSampleReceipt } from '../slips/print-slip';
import { PrinterChooser } from './PrinterChooser';
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
        print={() => printSampleReceipt('A4')}
        text={{ button: t.testPrint, printing: t.testPrinting, printed: t.testPrinted, failed: t.testFailed }}
        testId="document-printer-test"
      />
    </section>
  );
}
