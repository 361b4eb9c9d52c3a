import type { ReceiptSlip } from '../../shared/slips/receipt';
import type { RefusalSlip } from '../../shared/slips/refusal';
import type { SupplementRequestSlip } from '../../shared/slips/supplement-request';
import { api } from '../api/client';
import { printDocument, type PrintOutcome } from '../printing/print-document';
import { sampleReceipt } from './sample-receipt';
import { receiptDocumentHtml, refusalDocumentHtml, SLIP_PAPERS, supplementRequestDocumentHtml, type SlipPaper } from './slip-document';

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

/** A receipt marked as a test, under the ward's real name, to check the printer, the font and the QR. */
export function printSampleReceipt(paper: SlipPaper): Promise<PrintOutcome> {
  return printSheet(() => sampleReceiptDocument(paper), paper);
}

/** The sample receipt's document, for the preview on screen. */
export async function sampleReceiptDocument(paper: SlipPaper): Promise<string> {
  const { settings } = await api('getConfig', {});
  return receiptDocumentHtml(sampleReceipt(settings.wardName, new Date()), paper, { sample: true });
}

function printSheet(render: () => Promise<string>, paper: SlipPaper): Promise<PrintOutcome> {
  const { widthMm, heightMm } = SLIP_PAPERS[paper];
  return printDocument(render, { kind: 'sheet', widthMm, heightMm }, 'documentPrinter');
}
