import type Database from 'better-sqlite3';
import { compareQueueOrder } from '../../src/shared/queue/queue-order';

interface TicketPayload {
  action: string;
  counterId: string | null;
  ticket: { id: string; priority: number; queue_seq: number; service_id: string };
}

export interface ReplayedCall {
  seq: number;
  ticketId: string;
  counterId: string;
  /** Ids of the tickets that were waiting and ahead of the called one: must be empty. */
  overtook: string[];
}

/**
 * Replays the ticket history in commit order (outbox seq) and, at each call, lists the waiting tickets
 * that should have been called first. Valid while every counter serves every service and nothing is
 * transferred: then "call next" must always take the global head of the queue.
 */
export function replayCalls(db: Database.Database): ReplayedCall[] {
  const rows = db.prepare(`SELECT seq, payload FROM outbox WHERE entity = 'ticket' ORDER BY seq`).all() as {
    seq: number;
    payload: string;
  }[];
  const waiting = new Map<string, { priority: boolean; queueSeq: number; id: string }>();
  const calls: ReplayedCall[] = [];
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as TicketPayload;
    const t = payload.ticket;
    if (payload.action === 'issue') waiting.set(t.id, { priority: t.priority === 1, queueSeq: t.queue_seq, id: t.id });
    if (payload.action !== 'call') continue;
    const called = waiting.get(t.id);
    const overtook = called ? [...waiting.values()].filter((w) => compareQueueOrder(w, called) < 0).map((w) => w.id) : ['<not waiting>'];
    waiting.delete(t.id);
    calls.push({ seq: row.seq, ticketId: t.id, counterId: payload.counterId!, overtook });
  }
  return calls;
}

/** Outbox sequence numbers must be 1..n with no gap and match the sync state's last_seq. */
export function outboxGaps(db: Database.Database): { count: number; max: number; lastSeq: number } {
  const { count, max } = db.prepare('SELECT COUNT(*) AS count, COALESCE(MAX(seq), 0) AS max FROM outbox').get() as {
    count: number;
    max: number;
  };
  const { lastSeq } = db.prepare('SELECT last_seq AS lastSeq FROM sync_state WHERE id = 1').get() as { lastSeq: number };
  return { count, max, lastSeq };
}
