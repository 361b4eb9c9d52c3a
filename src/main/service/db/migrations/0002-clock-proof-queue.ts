import type { Migration } from './migration';

// The queue was ordered by issue time, so a PC clock set back put new tickets ahead of older ones; a
// place number from a counter the clock cannot touch orders it now. Paired counter devices pointed at
// a counter by its number, so renumbering desks moved them; they point at the counter's id now.

const ACTIVE_QUEUE = `state IN ('waiting','transferred')`;

export const clockProofQueue: Migration = {
  version: 2,
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN queue_seq INTEGER NOT NULL DEFAULT 0;
      -- Rows were inserted in issue order, and a row's rowid never changes: the existing line keeps its order.
      UPDATE tickets SET queue_seq = rowid;
      CREATE UNIQUE INDEX tickets_queue_seq ON tickets (queue_seq) WHERE queue_seq > 0;

      DROP INDEX tickets_queue;
      DROP INDEX tickets_targeted;
      CREATE INDEX tickets_queue ON tickets (service_id, local_day, priority DESC, queue_seq)
        WHERE ${ACTIVE_QUEUE} AND target_counter_id IS NULL;
      CREATE INDEX tickets_targeted ON tickets (target_counter_id, local_day, priority DESC, queue_seq)
        WHERE ${ACTIVE_QUEUE} AND target_counter_id IS NOT NULL;

      ALTER TABLE devices ADD COLUMN counter_id TEXT REFERENCES counters(id);
      UPDATE devices SET counter_id = (SELECT c.id FROM counters c WHERE c.number = devices.counter_number)
        WHERE counter_number IS NOT NULL;
    `);
  },
};
