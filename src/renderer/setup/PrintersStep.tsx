import { useEffect, useState } from 'react';
import { printingText } from '../../shared/i18n/vi';
import { setupText as t } from '../../shared/i18n/vi/setup';
import type { PrinterInfo, ShellBridge } from '../../shared/shell-bridge';
import { failureMessage } from '../state/failure';
import { WizardStep } from './WizardStep';

export interface PrinterAnswer {
  ticketPrinter: string | null;
  documentPrinter: string | null;
}

interface PrintersStepProps {
  initial: PrinterAnswer;
  wardName: string;
  total: number;
  onBack: () => void;
  onNext: (printers: PrinterAnswer) => void;
}

/** The OS printers in the desktop app, each with a test page; a browser prints through its own dialog. */
export function PrintersStep({ initial, wardName, total, onBack, onNext }: PrintersStepProps) {
  const shell = window.motcuaShell;
  const [printers, setPrinters] = useState<PrinterAnswer>(initial);
  return (
    <WizardStep step={4} total={total} title={t.printersTitle} testId="setup-printers" onBack={onBack} onNext={() => onNext(printers)}>
      {shell ? (
        <ShellPrinters shell={shell} printers={printers} setPrinters={setPrinters} wardName={wardName} />
      ) : (
        <p data-testid="setup-printers-browser">{t.printersBrowser}</p>
      )}
      {/* Nothing to type in a browser: the button takes the focus so Enter goes on at once. */}
      {!shell && <FocusNext />}
    </WizardStep>
  );
}

function FocusNext() {
  useEffect(() => document.querySelector<HTMLButtonElement>('[data-testid="setup-next"]')?.focus(), []);
  return null;
}

interface ShellPrintersProps {
  shell: ShellBridge;
  printers: PrinterAnswer;
  setPrinters: (printers: PrinterAnswer) => void;
  wardName: string;
}

function ShellPrinters({ shell, printers, setPrinters, wardName }: ShellPrintersProps) {
  const [known, setKnown] = useState<PrinterInfo[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    shell.listPrinters().then(setKnown, (error: unknown) => setStatus(failureMessage(error)));
  }, [shell]);

  const testPrint = async (printerName: string | null, sheet: boolean): Promise<void> => {
    const html = `<!doctype html><meta charset="utf-8"><body style="font-family:sans-serif;white-space:pre-line">${escapeHtml(t.testTicket(wardName))}</body>`;
    const result = await shell.printHtml({ html, printerName, pageWidthMm: sheet ? 210 : 80, ...(sheet ? { pageHeightMm: 297 } : {}) });
    setStatus(result.ok ? t.testPrinted : t.testFailed(result.error ?? ''));
  };

  const chooser = (kind: keyof PrinterAnswer, label: string, autoFocus: boolean) => (
    <div className="setup-printer">
      <label>
        {label}
        <select
          autoFocus={autoFocus}
          value={printers[kind] ?? ''}
          onChange={(e) => setPrinters({ ...printers, [kind]: e.target.value || null })}
          data-testid={`setup-${kind}`}
        >
          <option value="">{t.systemDefault}</option>
          {(known ?? []).map((p) => (
            <option key={p.name} value={p.name}>
              {p.isDefault ? `${p.displayName} ${printingText.settings.defaultMark}` : p.displayName}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void testPrint(printers[kind], kind === 'documentPrinter')} data-testid={`setup-${kind}-test`}>
        {t.testPrint}
      </button>
    </div>
  );

  return (
    <>
      {chooser('ticketPrinter', t.ticketPrinter, true)}
      {chooser('documentPrinter', t.documentPrinter, false)}
      <p className="notice" role="status" data-testid="setup-printers-status">
        {known === null && !status ? t.loading : status}
      </p>
    </>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
