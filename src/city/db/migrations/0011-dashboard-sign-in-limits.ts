// Failed dashboard sign-ins counted per sender and for the one administrator account, in the database
// so that every city copy behind the same PostgreSQL refuses a locked sign-in.
export default `
CREATE TABLE dashboard_sign_in_limits (
  -- 'sender:<address>' or 'account'
  key text PRIMARY KEY,
  failures int NOT NULL,
  window_start timestamptz NOT NULL,
  locked_until timestamptz
);
`;
