import type { Migration } from './migration';

// The sync page counts the rows the city acknowledged today and shows when it last did: on a lossy link
// runs fail while batches still get through, so a run's outcome says little. The outbox is never
// pruned; this index keeps both figures a range read instead of a scan of every row ever written.

export const outboxAcknowledged: Migration = {
  version: 9,
  up(db) {
    db.exec(`CREATE INDEX outbox_synced ON outbox (synced_at) WHERE synced_at IS NOT NULL;`);
  },
};
