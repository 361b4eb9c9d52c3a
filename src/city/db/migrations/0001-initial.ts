// Wards, devices and their credentials, the exactly-once push record, the ward change log for pull.
export default `
CREATE TABLE wards (
  code text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Per-ward commit-ordered change counter (sync research §6.4): incremented inside the writing
-- transaction, so its row lock makes cursor order equal commit order. min_cursor: changes up to it
-- were compacted away; an older cursor must re-snapshot.
CREATE TABLE ward_clock (
  ward_code text PRIMARY KEY REFERENCES wards(code),
  v bigint NOT NULL DEFAULT 0,
  min_cursor bigint NOT NULL DEFAULT 0
);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  ward_code text NOT NULL REFERENCES wards(code),
  slot int NOT NULL CHECK (slot BETWEEN 0 AND 9),
  public_key text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_seq bigint NOT NULL DEFAULT 0,
  app_version text,
  last_push_at timestamptz,
  last_pull_at timestamptz,
  reported_backlog int,
  oldest_pending_at timestamptz,
  clock_offset_ms bigint
);
-- A slot belongs to one active device: two PCs on one slot could print the same dossier code.
CREATE UNIQUE INDEX devices_active_slot ON devices (ward_code, slot) WHERE status = 'active';

CREATE TABLE enrol_codes (
  code_hash text PRIMARY KEY,
  ward_code text NOT NULL REFERENCES wards(code),
  slot int NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id uuid
);

CREATE TABLE auth_challenges (
  nonce_hash text PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices(id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Access-token keys live in the database so that every server copy signs and verifies alike.
CREATE TABLE signing_keys (
  kid text PRIMARY KEY,
  secret bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Fixed-window request counter per device, shared by every server copy.
CREATE TABLE device_rate (
  device_id uuid PRIMARY KEY REFERENCES devices(id),
  window_start timestamptz NOT NULL,
  count int NOT NULL
);

-- One row per (device, seq) ever processed: the exactly-once record and the stored answer to a replay.
CREATE TABLE mutations (
  device_id uuid NOT NULL REFERENCES devices(id),
  seq bigint NOT NULL,
  mutation_id uuid NOT NULL,
  ward_code text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL,
  payload jsonb,
  hlc text NOT NULL,
  -- The stamp used in comparisons: hlc with its physical part clamped to server time + 5 min.
  hlc_effective text NOT NULL,
  actor text NOT NULL,
  client_wall_time timestamptz NOT NULL,
  server_received_at timestamptz NOT NULL,
  schema_version int NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rejected', 'parked')),
  code text,
  message text,
  PRIMARY KEY (device_id, seq)
);
CREATE UNIQUE INDEX mutations_once ON mutations (mutation_id) WHERE code IS DISTINCT FROM 'duplicate_mutation';
CREATE INDEX mutations_parked ON mutations (ward_code, server_received_at) WHERE status = 'parked';

-- Entities with a parked mutation: their later mutations wait behind it (per-entity order). Per ward,
-- because keyed entities ('calendar_year' 2026) share ids across wards.
CREATE TABLE parked_entities (
  ward_code text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  device_id uuid NOT NULL,
  first_seq bigint NOT NULL,
  parked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_code, entity, entity_id)
);

-- The ward's change log for pull, compacted after N days.
CREATE TABLE changes (
  ward_code text NOT NULL,
  v bigint NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  data jsonb NOT NULL,
  origin_device_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_code, v)
);
CREATE INDEX changes_age ON changes (created_at);

-- The latest state of everything a ward pulls, keyed for the snapshot's keyset pages.
CREATE TABLE ward_state (
  ward_code text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  data jsonb NOT NULL,
  v bigint NOT NULL,
  PRIMARY KEY (ward_code, entity, entity_id)
);

-- Ticket projection, validated event by event.
CREATE TABLE tickets (
  id uuid PRIMARY KEY,
  ward_code text NOT NULL REFERENCES wards(code),
  origin_device_id uuid NOT NULL,
  local_day text NOT NULL,
  display_number text NOT NULL,
  state text NOT NULL,
  counter_id text,
  row jsonb NOT NULL,
  issued_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX tickets_ward_day ON tickets (ward_code, local_day);

CREATE TABLE ticket_events (
  event_id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  at timestamptz NOT NULL,
  device_id uuid NOT NULL,
  seq bigint NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);

-- Official numbers printed for citizens (ticket numbers, later dossier codes): the first holder keeps
-- the row; a second entity with the same number becomes an incident for a human, never auto-fixed.
CREATE TABLE official_numbers (
  ward_code text NOT NULL,
  kind text NOT NULL,
  number text NOT NULL,
  entity_id uuid NOT NULL,
  PRIMARY KEY (ward_code, kind, number)
);

CREATE TABLE incidents (
  id bigserial PRIMARY KEY,
  ward_code text NOT NULL,
  kind text NOT NULL,
  number text NOT NULL,
  holder_entity_id uuid NOT NULL,
  colliding_entity_id uuid NOT NULL,
  device_id uuid,
  seq bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  UNIQUE (kind, ward_code, number, colliding_entity_id)
);
`;
