import { printingText } from '../../shared/i18n/vi';
import { useLiveSession } from '../state/session';
import { FailedPrintList } from './FailedPrintList';
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
      {shell ? <PrinterChooser shell={shell} /> : <p data-testid="printer-browser-hint">{t.browserHint}</p>}
      <TestPrintButton />
      <FailedPrintList />
    </section>
  );
}
