// The dossiers each ward received and every step of them (`dossier.<action>@1`), and the city statuses a
// ward could not apply (`dossier.conflict@1`). Keyed per ward: a dossier or event id one ward sent never
// collides with, nor reveals, another ward's. An applied mutation's payload is not kept in the mutation
// log (0005), so everything it said has a column here: the dossier as the ward last sent it (the city is
// where processing works on it), the step's reason and new appointment, who made it. A processing
// system's extension now carries its new appointment, sent down with the status.
export default `
ALTER TABLE dossier_statuses ADD COLUMN new_due jsonb;

CREATE TABLE dossiers (
  ward_code text NOT NULL,
  id uuid NOT NULL,
  origin_device_id uuid NOT NULL,
  code text NOT NULL,
  status text NOT NULL,
  procedure_id text NOT NULL,
  -- The Hanoi day the citizen handed the dossier in (the counter's day, not the after-hours next day).
  received_day text NOT NULL,
  received_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_code, id)
);
CREATE INDEX dossiers_received_day ON dossiers (ward_code, received_day);
CREATE INDEX dossiers_running_due ON dossiers (ward_code, due_at) WHERE status IN ('received', 'transferred', 'processing');

CREATE TABLE dossier_events (
  ward_code text NOT NULL,
  event_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  at timestamptz NOT NULL,
  reason text,
  new_due jsonb,
  -- 'ward' (a clerk or the ward PC) or 'processing' (posted at the city, relayed by the ward).
  source text NOT NULL CHECK (source IN ('ward', 'processing')),
  clerk_id uuid,
  device_id uuid NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (ward_code, event_id)
);
CREATE INDEX dossier_events_dossier ON dossier_events (ward_code, dossier_id, at);

CREATE TABLE dossier_conflicts (
  ward_code text NOT NULL,
  event_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  status text NOT NULL,
  at timestamptz NOT NULL,
  note text,
  ward_status text NOT NULL,
  recorded_at timestamptz NOT NULL,
  device_id uuid NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (ward_code, event_id)
);
`;
