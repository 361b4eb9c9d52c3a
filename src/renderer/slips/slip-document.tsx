import { Fragment, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DOCUMENT_FONT_FAMILY, EMBEDDED_FONT_CSS } from '../../shared/printing/embedded-font-css';
import { slipsText } from '../../shared/i18n/vi/slips';
import type { ControlSheet as ControlSheetData } from '../../shared/slips/control-sheet';
import type { ExtensionSlip as ExtensionData } from '../../shared/slips/extension';
import type { ReceiptSlip as ReceiptSlipData } from '../../shared/slips/receipt';
import type { RefusalSlip as RefusalData } from '../../shared/slips/refusal';
import type { StopNoticeSlip as StopNoticeData } from '../../shared/slips/stop-notice';
import type { SupplementRequestSlip as SupplementRequestData } from '../../shared/slips/supplement-request';
import type { SyncLogReport } from '../../shared/api/sync';
import { syncLogText } from '../../shared/i18n/vi/sync';
import { formatDay } from '../../shared/time/format';
import { ControlSheet } from './ControlSheet';
import { ExtensionSlip } from './ExtensionSlip';
import { ReceiptSlip } from './ReceiptSlip';
import { RegisterSheet, type RegisterPrint } from './RegisterSheet';
import { RefusalSlip } from './RefusalSlip';
import { SLIP_COPIES, type SlipCopy } from './slip-parts';
import { StopNoticeSlip } from './StopNoticeSlip';
import { SyncLogSheet } from './SyncLogSheet';
import { SupplementRequestSlip } from './SupplementRequestSlip';

// The one-stop forms as self-contained HTML documents, like the ticket: the font is embedded and
// nothing is fetched, so they print the same from the desktop shell, a browser, or into a PDF.

export const SLIP_PAPERS = {
  A4: { widthMm: 210, heightMm: 297, marginMm: '15mm 15mm 15mm 20mm', fontPt: 12, qrMm: 28 },
  A5: { widthMm: 148, heightMm: 210, marginMm: '8mm 8mm 8mm 12mm', fontPt: 9, qrMm: 22 },
} as const;
export type SlipPaper = keyof typeof SLIP_PAPERS;
export type SlipOrientation = 'portrait' | 'landscape';

/** The sheet as it lies: the register's fourteen columns need an A4 turned on its side. */
export function sheetSize(paper: SlipPaper, orientation: SlipOrientation): { widthMm: number; heightMm: number } {
  const { widthMm, heightMm } = SLIP_PAPERS[paper];
  return orientation === 'portrait' ? { widthMm, heightMm } : { widthMm: heightMm, heightMm: widthMm };
}

function sheetCss(paper: SlipPaper, orientation: SlipOrientation): string {
  const p = { ...SLIP_PAPERS[paper], ...sheetSize(paper, orientation) };
  return `${EMBEDDED_FONT_CSS}
@page { size: ${paper} ${orientation}; margin: ${p.marginMm}; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: '${DOCUMENT_FONT_FAMILY}', sans-serif; font-size: ${p.fontPt}pt; line-height: 1.35; overflow-wrap: anywhere; }
.copy { break-after: page; }
.copy:last-child { break-after: auto; }
.sample { font-weight: 700; text-align: center; border: 1.5pt dashed #000; padding: 1mm; margin-bottom: 2mm; }
.heading { display: flex; justify-content: space-between; gap: 4mm; text-align: center; }
.unit { flex: 0 1 42%; font-weight: 700; text-transform: uppercase; }
.motto { flex: 0 1 58%; }
.country { font-weight: 700; white-space: nowrap; font-size: 0.95em; }
.slogan { font-weight: 700; }
.rule { border-top: 0.75pt solid #000; width: 40%; margin: 0.8mm auto 0; }
.form-meta { display: flex; justify-content: space-between; font-style: italic; font-size: 0.85em; margin-top: 2mm; }
.date-line { text-align: right; font-style: italic; margin-top: 1mm; }
.title-row { display: flex; align-items: center; justify-content: space-between; gap: 4mm; margin: 2mm 0; }
.title-text { flex: 1; text-align: center; }
h1 { font-size: 1.2em; font-weight: 700; margin: 0; }
.code { margin-top: 1mm; font-size: 1.1em; }
p { margin: 1mm 0; }
.facts { margin: 1mm 0; }
.fact { display: flex; gap: 1.5mm; }
.fact dt { flex: none; }
.fact dd { margin: 0; }
.documents { width: 100%; border-collapse: collapse; margin: 1mm 0; }
.documents th, .documents td { border: 0.5pt solid #000; padding: 0.6mm 1.2mm; text-align: left; vertical-align: top; }
.documents th { font-weight: 700; }
.documents .num { text-align: center; width: 12%; white-space: nowrap; }
.due { font-weight: 700; }
.reason { white-space: pre-line; }
.note { font-style: italic; font-size: 0.85em; }
.control td { font-size: 0.9em; }
.control .num { width: 6%; }
.register .title-text { margin: 2mm 0; }
.register-lines { table-layout: fixed; font-size: 7pt; }
.register-lines th, .register-lines td { padding: 0.4mm 0.8mm; overflow-wrap: break-word; }
.register-lines th:first-child, .register-lines td:first-child { text-align: center; }
.register-lines thead { display: table-header-group; }
.register-lines tr { break-inside: avoid; }
.sync-log h2 { font-size: 1em; margin: 3mm 0 1mm; }
.sync-log .unit-name { font-weight: 700; text-transform: uppercase; }
.sync-log-runs { font-size: 0.85em; }
.sync-log thead { display: table-header-group; }
.sync-log tr { break-inside: avoid; }
.signatures { display: flex; justify-content: space-around; text-align: center; margin-top: 3mm; break-inside: avoid; }
.signer { flex: 0 1 45%; }
.signer-title { font-weight: 700; }
.sign-hint { font-style: italic; font-size: 0.85em; }
.signer-name { margin-top: 16mm; font-weight: 700; }
@media screen {
  html { background: #e5e5e5; }
  body { background: transparent; }
  .copy { box-sizing: border-box; width: ${p.widthMm}mm; min-height: ${p.heightMm}mm; margin: 4mm auto; padding: ${p.marginMm}; background: #fff; box-shadow: 0 0 2mm rgba(0, 0, 0, 0.3); }
}
`;
}

/** A self-contained document of the given sheets. */
function sheetDocument(title: string, paper: SlipPaper, orientation: SlipOrientation, body: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: sheetCss(paper, orientation) }} />
      </head>
      <body>{body}</body>
    </html>,
  )}`;
}

/** Every slip for the applicant prints twice, each copy on its own sheet: one for the applicant, one kept by the ward. */
function slipDocument(title: string, paper: SlipPaper, copyOf: (copy: SlipCopy) => ReactElement): string {
  return sheetDocument(
    title,
    paper,
    'portrait',
    <>
      {SLIP_COPIES.map((copy) => (
        <Fragment key={copy}>{copyOf(copy)}</Fragment>
      ))}
    </>,
  );
}

/** Mẫu 01, with the QR of its dossier code on each copy. */
export function receiptDocumentHtml(slip: ReceiptSlipData, paper: SlipPaper, options: { sample?: boolean } = {}): string {
  return slipDocument(slipsText.receipt.documentTitle(slip.dossierCode), paper, (copy) => (
    <ReceiptSlip slip={slip} copy={copy} qrSizeMm={SLIP_PAPERS[paper].qrMm} sample={options.sample ?? false} />
  ));
}

/** Mẫu 02. The title, which spoolers and browser print headers show, names no person. */
export function supplementRequestDocumentHtml(slip: SupplementRequestData, paper: SlipPaper): string {
  return slipDocument(slipsText.supplement.documentTitle(slip.dossierCode), paper, (copy) => (
    <SupplementRequestSlip slip={slip} copy={copy} />
  ));
}

/** Mẫu 03. The title, which spoolers and browser print headers show, names no person. */
export function refusalDocumentHtml(slip: RefusalData, paper: SlipPaper): string {
  return slipDocument(slipsText.refusal.documentTitle(slip.dossierCode), paper, (copy) => <RefusalSlip slip={slip} copy={copy} />);
}

/** Mẫu 04, in two copies like the other letters to the applicant. */
export function extensionDocumentHtml(slip: ExtensionData, paper: SlipPaper): string {
  return slipDocument(slipsText.extension.documentTitle(slip.dossierCode), paper, (copy) => <ExtensionSlip slip={slip} copy={copy} />);
}

/** Mẫu 05, in two copies. */
export function stopNoticeDocumentHtml(slip: StopNoticeData, paper: SlipPaper): string {
  return slipDocument(slipsText.stop.documentTitle(slip.dossierCode), paper, (copy) => <StopNoticeSlip slip={slip} copy={copy} />);
}

/** Mẫu 06, once: the sheet goes with the dossier. */
export function controlSheetDocumentHtml(sheet: ControlSheetData, paper: SlipPaper): string {
  return sheetDocument(slipsText.control.documentTitle(sheet.dossierCode), paper, 'portrait', <ControlSheet sheet={sheet} />);
}

/** Mẫu 07 for a range of days, on A4 turned on its side. The title names the days, not a person. */
export function registerDocumentHtml(register: RegisterPrint): string {
  return sheetDocument(
    slipsText.register.documentTitle(register.from, register.to),
    'A4',
    'landscape',
    <RegisterSheet register={register} />,
  );
}

/** The sync log of a range of days for IT, on A4. */
export function syncLogDocumentHtml(report: SyncLogReport): string {
  return sheetDocument(
    syncLogText.documentTitle(formatDay(report.from), formatDay(report.to)),
    'A4',
    'portrait',
    <SyncLogSheet report={report} />,
  );
}
