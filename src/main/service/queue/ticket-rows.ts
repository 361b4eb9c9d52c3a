import type { Ticket } from '../../../shared/api/schemas';
import type { TicketState } from '../../../shared/queue/ticket-state';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

export interface TicketRow {
  id: string;
  service_id: string;
  issued_service_id: string;
  local_day: string;
  number: number;
  display_number: string;
  priority_category_id: string | null;
  priority: 0 | 1;
  state: TicketState;
  counter_id: string | null;
  target_counter_id: string | null;
  issued_at: string;
  queue_seq: number;
  called_at: string | null;
  announced_at: string | null;
  serving_at: string | null;
  finished_at: string | null;
  recall_count: number;
  print_status: 'pending' | 'printed' | 'failed';
  print_error: string | null;
  updated_at: string;
}

/**
 * The place in line of a ticket joining it now: after every other. The WHERE lets SQLite read the last
 * entry of the partial index tickets_queue_seq instead of every ticket.
 */
export const NEXT_QUEUE_SEQ = '(SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM tickets WHERE queue_seq > 0)';

const TICKET_SELECT = `
  SELECT t.*, s.name AS service_name, p.name AS priority_name,
         c.number AS counter_number, tc.number AS target_counter_number
  FROM tickets t
  JOIN services s ON s.id = t.service_id
  LEFT JOIN priority_categories p ON p.id = t.priority_category_id
  LEFT JOIN counters c ON c.id = t.counter_id
  LEFT JOIN counters tc ON tc.id = t.target_counter_id`;

type JoinedRow = TicketRow & {
  service_name: string;
  priority_name: string | null;
  counter_number: number | null;
  target_counter_number: number | null;
};

function toTicket(r: JoinedRow): Ticket {
  return {
    id: r.id,
    serviceId: r.service_id,
    serviceName: r.service_name,
    displayNumber: r.display_number,
    localDay: r.local_day,
    priorityCategoryId: r.priority_category_id,
    priorityName: r.priority_name,
    state: r.state,
    counterNumber: r.counter_number,
    targetCounterNumber: r.target_counter_number,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    servingAt: r.serving_at,
    finishedAt: r.finished_at,
    recallCount: r.recall_count,
    printStatus: r.print_status,
    printError: r.print_error,
  };
}

export function readTicket(db: Db, id: string): Ticket | undefined {
  const row = stmt(db, `${TICKET_SELECT} WHERE t.id = ?`).get(id) as JoinedRow | undefined;
  return row && toTicket(row);
}

export function readTicketRow(db: Db, id: string): TicketRow | undefined {
  return stmt(db, 'SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
}

export function readTickets(db: Db, where: string, params: unknown[], orderAndLimit: string): Ticket[] {
  const rows = stmt(db, `${TICKET_SELECT} WHERE ${where} ${orderAndLimit}`).all(...params) as JoinedRow[];
  return rows.map(toTicket);
}
