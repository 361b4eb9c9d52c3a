// The ward's change log folds into its latest-state table. Every change carries an entity's whole
// state, so a pull only ever needs the newest state of each entity changed since its cursor: the
// latest-state row, found by its version. One table written per change instead of two (the push
// benchmark's largest avoidable write), and nothing to compact: the table holds one row per entity,
// so a cursor never falls behind a deleted log. A cursor ahead of the ward's clock (a restored
// server) still gets 410 and re-snapshots.
export default `
ALTER TABLE ward_state ADD COLUMN origin_device_id uuid;
UPDATE ward_state s SET origin_device_id = c.origin_device_id FROM changes c WHERE c.ward_code = s.ward_code AND c.v = s.v;
CREATE UNIQUE INDEX ward_state_version ON ward_state (ward_code, v);
DROP TABLE changes;
ALTER TABLE ward_clock DROP COLUMN min_cursor;
`;
