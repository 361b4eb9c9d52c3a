// What a ward set up for itself (services, counters, priority categories, settings, paired LAN devices,
// its own catalogue and calendar edits, dossier codes handed out): the city keeps the latest of each,
// for the dashboard and for audit, without letting it override the city's own reference data.
export default `
CREATE TABLE ward_records (
  ward_code text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL,
  payload jsonb NOT NULL,
  -- The clamped HLC of the change that wrote it: a later stamp wins, an earlier one arriving late loses.
  hlc text NOT NULL,
  device_id uuid NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_code, entity, entity_id)
);
`;
