import type { OutboxRow } from '../../src/main/service/sync/sync-store';
import type { WardService } from '../../src/main/service/ward-service';

// Direct reads of the ward database, for asserting what was (or was not) written.

export interface TicketEventRow {
  ticket_id: string;
  action: string;
  from_state: string | null;
  to_state: string;
  at: string;
  counter_id: string | null;
  device_id: string | null;
  detail: string | null;
}

export function serviceIdByLetter(ward: WardService, letter: string): string {
  const row = ward.db.prepare('SELECT id FROM services WHERE letter = ?').get(letter) as { id: string } | undefined;
  if (!row) throw new Error(`no service with letter ${letter}`);
  return row.id;
}

export function counterIdByNumber(ward: WardService, number: number): string {
  const row = ward.db.prepare('SELECT id FROM counters WHERE number = ?').get(number) as { id: string } | undefined;
  if (!row) throw new Error(`no counter ${number}`);
  return row.id;
}

export function ticketRow(ward: WardService, id: string): Record<string, unknown> {
  return ward.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Record<string, unknown>;
}

export function ticketEvents(ward: WardService, ticketId?: string): TicketEventRow[] {
  return (
    ticketId
      ? ward.db.prepare('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY rowid').all(ticketId)
      : ward.db.prepare('SELECT * FROM ticket_events ORDER BY rowid').all()
  ) as TicketEventRow[];
}

export function outboxRows(ward: WardService): OutboxRow[] {
  return ward.db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];
}

/** Row counts of everything a change writes: equal before and after means nothing was written. */
export function writeCounts(ward: WardService): Record<string, number> {
  const count = (table: string) => (ward.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    tickets: count('tickets'),
    ticket_events: count('ticket_events'),
    ticket_sequences: count('ticket_sequences'),
    outbox: count('outbox'),
    services: count('services'),
    counters: count('counters'),
    counter_services: count('counter_services'),
    priority_categories: count('priority_categories'),
  };
}
