// The city dashboard's one administrator password and its sign-in sessions.
export default `
CREATE TABLE dashboard_password (
  id int PRIMARY KEY CHECK (id = 1),
  -- scrypt$<salt base64url>$<hash base64url>
  hash text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dashboard_sessions (
  token_hash text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
`;
