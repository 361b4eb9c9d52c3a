import type { Dossier, DossierEvent } from '../../shared/api/dossiers';
import { controlSheetFromDossier } from '../../shared/slips/control-sheet';
import { extensionFromDossier, type ExtensionContext } from '../../shared/slips/extension';
import type { SlipContext } from '../../shared/slips/from-dossier';
import type { ReceiptSlip } from '../../shared/slips/receipt';
import type { RefusalSlip } from '../../shared/slips/refusal';
import { stopNoticeFromDossier } from '../../shared/slips/stop-notice';
import type { SupplementRequestSlip } from '../../shared/slips/supplement-request';
import type { SyncLogReport } from '../../shared/api/sync';
import { api } from '../api/client';
import { printDocument, type PrintOutcome } from '../printing/print-document';
import { sampleReceipt } from './sample-receipt';
import {
  controlSheetDocumentHtml,
  extensionDocumentHtml,
  receiptDocumentHtml,
  refusalDocumentHtml,
  registerDocumentHtml,
  sheetSize,
  stopNoticeDocumentHtml,
  supplementRequestDocumentHtml,
  syncLogDocumentHtml,
  type SlipOrientation,
  type SlipPaper,
} from './slip-document';

// The slips print through the same pipeline as tickets, on a sheet and to the ward's document printer.

export function printReceipt(slip: ReceiptSlip, paper: SlipPaper): Promise<PrintOutcome> {
  return printSheet(async () => receiptDocumentHtml(slip, paper), paper);
}

export function printSupplementRequest(slip: SupplementRequestSlip, paper: SlipPaper): Promise<PrintOutcome> {
  return printSheet(async () => supplementRequestDocumentHtml(slip, paper), paper);
}

export function printRefusal(slip: RefusalSlip, paper: SlipPaper): Promise<PrintOutcome> {
  return printSheet(async () => refusalDocumentHtml(slip, paper), paper);
}

// Forms 04–06 are built from a dossier as getDossier answers it (the dossier with its events), so the
// detail view prints what the service holds; a dossier without the step a form is about prints nothing
// and answers the reason as a failed print.

/** Mẫu 04 for the dossier's latest extension; see `ExtensionContext` for the appointment it replaced. */
export function printExtensionSlip(
  dossier: Dossier,
  events: readonly DossierEvent[],
  context: ExtensionContext,
  paper: SlipPaper = 'A4',
): Promise<PrintOutcome> {
  return printSheet(async () => extensionDocumentHtml(extensionFromDossier(dossier, events, context), paper), paper);
}

/** Mẫu 05 for the step that stopped the dossier. */
export function printStopNotice(
  dossier: Dossier,
  events: readonly DossierEvent[],
  context: SlipContext,
  paper: SlipPaper = 'A4',
): Promise<PrintOutcome> {
  return printSheet(async () => stopNoticeDocumentHtml(stopNoticeFromDossier(dossier, events, context), paper), paper);
}

/** Mẫu 06 with every step so far. */
export function printControlSheet(
  dossier: Dossier,
  events: readonly DossierEvent[],
  context: SlipContext,
  paper: SlipPaper = 'A4',
): Promise<PrintOutcome> {
  return printSheet(
    async () => controlSheetDocumentHtml(controlSheetFromDossier(dossier, events, { ...context, now: new Date() }), paper),
    paper,
  );
}

/** Mẫu 07 of the dossiers received from `from` to `to` (Hanoi days, both included), on A4 landscape. */
export function printRegister(range: { from: string; to: string }): Promise<PrintOutcome> {
  return printSheet(
    async () => {
      const [{ rows }, board] = await Promise.all([api('listDossierRegister', range), api('getBoard', {})]);
      return registerDocumentHtml({ ...range, wardName: board.wardName, rows, printedAt: new Date().toISOString() });
    },
    'A4',
    'landscape',
  );
}

/** The sync log report for IT, as the page showed it in its preview. */
export function printSyncLog(report: SyncLogReport): Promise<PrintOutcome> {
  return printSheet(async () => syncLogDocumentHtml(report), 'A4');
}

/** A receipt marked as a test, under the ward's real name, to check the printer, the font and the QR. */
export function printSampleReceipt(paper: SlipPaper): Promise<PrintOutcome> {
  return printSheet(() => sampleReceiptDocument(paper), paper);
}

/** The sample receipt's document, for the preview on screen. */
export async function sampleReceiptDocument(paper: SlipPaper): Promise<string> {
  const { wardName } = await api('getBoard', {});
  return receiptDocumentHtml(sampleReceipt(wardName, new Date()), paper, { sample: true });
}

function printSheet(render: () => Promise<string>, paper: SlipPaper, orientation: SlipOrientation = 'portrait'): Promise<PrintOutcome> {
  const { widthMm, heightMm } = sheetSize(paper, orientation);
  return printDocument(render, { kind: 'sheet', widthMm, heightMm }, 'documentPrinter');
}
