import { z } from 'zod';
import { Empty, method } from './method';
import { Id, Text, Ticket } from './schemas';

// Printable documents and whether they really printed.

export const printingMethods = {
  renderTicketDocument: method({
    summary: 'The printable 80 mm ticket as a self-contained HTML document.',
    input: z.object({ ticketId: Id }).strict(),
    output: z.object({ html: z.string() }),
    roles: ['local', 'counter', 'kiosk'],
  }),
  renderSampleTicketDocument: method({
    summary: 'A printer-test ticket (marked as a test, issues no number) as a self-contained HTML document.',
    input: Empty,
    output: z.object({ html: z.string() }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  markTicketPrinted: method({
    summary: 'Record whether the ticket really printed, so failures are visible and can be reprinted.',
    input: z.object({ ticketId: Id, ok: z.boolean(), error: Text(500).optional() }).strict(),
    output: z.object({ ticket: Ticket }),
    roles: ['local', 'counter', 'kiosk'],
  }),
} as const;
