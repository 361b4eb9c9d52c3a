// Which clerk made each ticket event, read from the mutation's actor (src/city/ops/actor.ts): a ticket
// called by one clerk and finished by another must show both, so it lives on the event, not the ticket.
// Nullable, with no default: events from before clerk accounts, or made with nobody signed in, have
// none, and adding such a column rewrites no existing row.
export default `
ALTER TABLE ticket_events ADD COLUMN clerk_id uuid;
`;
