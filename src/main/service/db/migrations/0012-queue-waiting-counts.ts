import type { Migration } from './migration';

// Issuing a ticket tells the citizen how many are ahead. Counting the waiting rows made each issue
// slower the longer the line; these counts are kept by triggers in the transaction that changes a
// ticket, so no command can forget them and reading one is a single row.
// - queue_waiting: per service, day and priority, the tickets waiting in the service's shared line
//   (waiting or transferred, not sent to one counter): the line a new ticket joins.

const IN_LINE = (row: 'NEW' | 'OLD') => `${row}.state IN ('waiting','transferred') AND ${row}.target_counter_id IS NULL`;

const add = (row: 'NEW' | 'OLD', delta: 1 | -1) => `
  INSERT INTO queue_waiting (service_id, local_day, priority, n) VALUES (${row}.service_id, ${row}.local_day, ${row}.priority, ${delta})
    ON CONFLICT (service_id, local_day, priority) DO UPDATE SET n = n + ${delta};`;

export const queueWaitingCounts: Migration = {
  version: 12,
  up(db) {
    db.exec(`
      CREATE TABLE queue_waiting (
        service_id TEXT NOT NULL,
        local_day TEXT NOT NULL,
        priority INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (service_id, local_day, priority)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO queue_waiting (service_id, local_day, priority, n)
        SELECT service_id, local_day, priority, COUNT(*) FROM tickets
        WHERE state IN ('waiting','transferred') AND target_counter_id IS NULL
        GROUP BY service_id, local_day, priority;

      CREATE TRIGGER queue_waiting_insert AFTER INSERT ON tickets WHEN ${IN_LINE('NEW')}
      BEGIN ${add('NEW', 1)} END;
      CREATE TRIGGER queue_waiting_leave AFTER UPDATE OF state, service_id, local_day, priority, target_counter_id ON tickets
        WHEN ${IN_LINE('OLD')}
      BEGIN ${add('OLD', -1)} END;
      CREATE TRIGGER queue_waiting_join AFTER UPDATE OF state, service_id, local_day, priority, target_counter_id ON tickets
        WHEN ${IN_LINE('NEW')}
      BEGIN ${add('NEW', 1)} END;
      CREATE TRIGGER queue_waiting_delete AFTER DELETE ON tickets WHEN ${IN_LINE('OLD')}
      BEGIN ${add('OLD', -1)} END;
    `);
  },
};
