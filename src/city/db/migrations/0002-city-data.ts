// City-owned reference data and processing systems' dossier status posts, both delivered by pull.
export default `
-- scope: 'city' for every ward, or one ward's code (ward settings).
CREATE TABLE reference_data (
  scope text NOT NULL,
  entity text NOT NULL CHECK (entity IN ('procedure', 'calendar_year', 'ward_setting')),
  key text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, entity, key)
);

CREATE TABLE processing_tokens (
  token_hash text PRIMARY KEY,
  ward_code text NOT NULL REFERENCES wards(code),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE dossier_statuses (
  event_id uuid PRIMARY KEY,
  ward_code text NOT NULL REFERENCES wards(code),
  dossier_id uuid NOT NULL,
  dossier_code text NOT NULL,
  status text NOT NULL,
  at timestamptz NOT NULL,
  note text,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_statuses_dossier ON dossier_statuses (dossier_id, at);
`;
