import type { printingMethods } from '../../../shared/api/printing';
import type { HandlerSlice } from '../handler-slice';
import type { QueueCommands } from '../queue/commands';
import type { QueueReads } from '../queue/reads';
import { renderTicketHtml, sampleTicketData } from './ticket-document';

export function printingHandlers(
  queue: { commands: QueueCommands; reads: QueueReads },
  wardName: () => string,
  now: () => Date,
): HandlerSlice<typeof printingMethods> {
  return {
    renderTicketDocument: (input, caller) => {
      const facts = queue.reads.ticketDocumentFacts(input.ticketId, caller);
      return {
        html: renderTicketHtml({
          wardName: wardName(),
          serviceName: facts.ticket.serviceName,
          displayNumber: facts.ticket.displayNumber,
          priorityName: facts.ticket.priorityName,
          issuedAt: facts.ticket.issuedAt,
          ahead: facts.ahead,
          estimatedCallAt: facts.estimatedCallAt,
        }),
      };
    },
    renderSampleTicketDocument: () => ({ html: renderTicketHtml(sampleTicketData(wardName(), now())) }),
    // The print status is part of the ticket, so the queue records it with the ticket's history.
    markTicketPrinted: (input, caller) => queue.commands.markTicketPrinted(input, caller),
  };
}
