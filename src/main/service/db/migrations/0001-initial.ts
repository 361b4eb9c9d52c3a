import { v7 as uuidv7 } from 'uuid';
import type { Migration } from './migration';

// The schema of release 0.1.0, unchanged: installed databases carry user_version 1 and must keep working.

const ACTIVE_QUEUE = `state IN ('waiting','transferred')`;

export const initial: Migration = {
  version: 1,
  up(db, { now }) {
    db.exec(`
      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL,
        hlc_wall INTEGER NOT NULL,
        hlc_counter INTEGER NOT NULL,
        last_seq INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,
        mutation_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL,
        payload TEXT NOT NULL,
        hlc TEXT NOT NULL,
        actor TEXT NOT NULL,
        wall_time TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','acked','rejected','parked'))
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox (seq) WHERE status = 'pending';

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        letter TEXT NOT NULL UNIQUE,
        fields TEXT NOT NULL DEFAULT '[]',
        daily_capacity INTEGER,
        minutes_per_ticket INTEGER NOT NULL DEFAULT 10,
        active INTEGER NOT NULL DEFAULT 1,
        sort_order INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE counters (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE counter_services (
        counter_id TEXT NOT NULL REFERENCES counters(id) ON DELETE CASCADE,
        service_id TEXT NOT NULL REFERENCES services(id),
        PRIMARY KEY (counter_id, service_id)
      ) STRICT;

      CREATE TABLE priority_categories (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        sort_order INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE ticket_sequences (
        service_id TEXT NOT NULL REFERENCES services(id),
        local_day TEXT NOT NULL,
        last_number INTEGER NOT NULL,
        PRIMARY KEY (service_id, local_day)
      ) STRICT;

      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        service_id TEXT NOT NULL REFERENCES services(id),
        issued_service_id TEXT NOT NULL REFERENCES services(id),
        local_day TEXT NOT NULL,
        number INTEGER NOT NULL,
        display_number TEXT NOT NULL,
        priority_category_id TEXT REFERENCES priority_categories(id),
        priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
        state TEXT NOT NULL CHECK (state IN ('waiting','called','serving','done','no_show','transferred','cancelled')),
        counter_id TEXT REFERENCES counters(id),
        target_counter_id TEXT REFERENCES counters(id),
        issued_at TEXT NOT NULL,
        called_at TEXT,
        -- Last call or recall: orders the display's "recent calls".
        announced_at TEXT,
        serving_at TEXT,
        finished_at TEXT,
        recall_count INTEGER NOT NULL DEFAULT 0,
        print_status TEXT NOT NULL DEFAULT 'pending' CHECK (print_status IN ('pending','printed','failed')),
        print_error TEXT,
        updated_at TEXT NOT NULL,
        UNIQUE (issued_service_id, local_day, number)
      ) STRICT;
      -- "Call next" reads the head of one of these per service and day: cost independent of queue length
      -- and of tickets left waiting on earlier days.
      CREATE INDEX tickets_queue ON tickets (service_id, local_day, priority DESC, issued_at, id)
        WHERE ${ACTIVE_QUEUE} AND target_counter_id IS NULL;
      CREATE INDEX tickets_targeted ON tickets (target_counter_id, local_day, priority DESC, issued_at, id)
        WHERE ${ACTIVE_QUEUE} AND target_counter_id IS NOT NULL;
      CREATE INDEX tickets_at_counter ON tickets (counter_id) WHERE state IN ('called','serving');
      CREATE INDEX tickets_day ON tickets (local_day, service_id, state);
      CREATE INDEX tickets_recent_calls ON tickets (local_day, announced_at) WHERE announced_at IS NOT NULL;

      -- Every transition, timed and attributed: waiting, walk-to-counter and service times derive from it.
      CREATE TABLE ticket_events (
        id TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL REFERENCES tickets(id),
        action TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        at TEXT NOT NULL,
        counter_id TEXT REFERENCES counters(id),
        clerk_id TEXT,
        device_id TEXT,
        detail TEXT
      ) STRICT;
      CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('counter','kiosk','display')),
        counter_number INTEGER,
        token_hash TEXT NOT NULL UNIQUE,
        paired_at TEXT NOT NULL,
        last_seen_at TEXT,
        revoked_at TEXT
      ) STRICT;

    `);
    db.prepare('INSERT INTO sync_state (id, device_id, hlc_wall, hlc_counter, last_seq) VALUES (1, ?, ?, 0, 0)').run(
      uuidv7(),
      now.getTime(),
    );
  },
};
