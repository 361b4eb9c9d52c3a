import { printingText } from '../../shared/i18n/vi';
import { useLiveSession } from '../state/session';
import { FailedPrintList } from './FailedPrintList';
import { printTestTicket } from './print-ticket';
import { PrinterChooser } from './PrinterChooser';
import { TestPrintButton } from './TestPrintButton';

const t = printingText.settings;

/** The settings section for ticket printing: which printer, a test print, and today's failed prints. */
export function PrinterSettings() {
  useLiveSession();
  const shell = window.motcuaShell;
  return (
    <section className="settings-section" aria-labelledby="printer-settings-title" data-testid="printer-settings">
      <h2 id="printer-settings-title">{t.title}</h2>
      {shell ? (
        <PrinterChooser shell={shell} setting="ticketPrinter" label={t.printerLabel} missingPrinter={t.missingPrinter} testId="printer" />
      ) : (
        <p data-testid="printer-browser-hint">{t.browserHint}</p>
      )}
      <TestPrintButton
        print={printTestTicket}
        text={{ button: t.testPrint, printing: t.testPrinting, printed: t.testPrinted, failed: t.testFailed }}
        testId="printer-test"
      />
      <FailedPrintList />
    </section>
  );
}
