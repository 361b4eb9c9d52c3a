import { useState } from 'react';
import { printingText } from '../../shared/i18n/vi';
import { DocumentPreview } from './DocumentPreview';
import { PrinterChooser } from './PrinterChooser';
import { printSampleReceipt, sampleReceiptDocument } from '../slips/print-slip';
import { failureMessage } from '../state/failure';
import type { PrintOutcome } from './print-document';
import { TestPrintButton } from './TestPrintButton';

const t = printingText.documentSettings;

/** The settings section for the A4/A5 slips (the Mẫu 01 receipt): which printer, and a sample to check it. */
export function DocumentPrinterSettings() {
  const shell = window.motcuaShell;
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);
  const togglePreview = async () => setPreview(preview ? null : await sampleDocument());
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
      <button type="button" aria-expanded={preview !== null} onClick={() => void togglePreview()} data-testid="document-preview-toggle">
        {preview ? t.hidePreview : t.showPreview}
      </button>
      {preview && 'error' in preview && (
        <p className="alert" role="alert" data-testid="document-preview-error">
          {preview.error}
        </p>
      )}
      {preview && 'html' in preview && (
        <DocumentPreview html={preview.html} widthMm={SAMPLE_PAPER_WIDTH_MM} title={t.previewTitle} testId="document-preview" />
      )}
    </section>
  );
}

/** The sample is printed and previewed on A4, the paper wards keep in their office printers. */
const SAMPLE_PAPER_WIDTH_MM = 210;

async function printSample(): Promise<PrintOutcome> {
  try {
    return await printSampleReceipt('A4');
  } catch {
    return { ok: false, message: printingText.failures.documentTimeout };
  }
}

async function sampleDocument(): Promise<{ html: string } | { error: string }> {
  try {
    return { html: await sampleReceiptDocument('A4') };
  } catch (error) {
    return { error: t.previewFailed(failureMessage(error)) };
  }
}
