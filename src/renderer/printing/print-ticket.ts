import { api } from '../api/client';
import { printDocument, type Paper, type PrintOutcome } from './print-document';

export type { PrintOutcome } from './print-document';

const TICKET_PAPER: Paper = { kind: 'roll', widthMm: 80 };
const MAX_ERROR_LENGTH = 500;

/**
 * Prints a ticket and records on the server whether it printed, so failures are listed for reprint.
 * Never throws: the outcome is for the citizen in front of the kiosk, whatever the network does.
 */
export async function printTicket(ticketId: string): Promise<PrintOutcome> {
  const outcome = await printTicketDocument(async () => (await api('renderTicketDocument', { ticketId })).html);
  try {
    await api('markTicketPrinted', {
      ticketId,
      ok: outcome.ok,
      ...(outcome.ok ? {} : { error: outcome.message.slice(0, MAX_ERROR_LENGTH) }),
    });
  } catch {
    // The paper came out or it did not; an unrecorded outcome only leaves the ticket "pending".
  }
  return outcome;
}

/** Prints a test ticket that issues no number, to check the printer and the paper width. */
export function printTestTicket(): Promise<PrintOutcome> {
  return printTicketDocument(async () => (await api('renderSampleTicketDocument', {})).html);
}

function printTicketDocument(render: () => Promise<string>): Promise<PrintOutcome> {
  return printDocument(render, TICKET_PAPER, 'ticketPrinter');
}
