// A ticket event's counter and detail (the service and priority at issue, a transfer's target, a
// cancellation's reason, a printer's error) are part of what the ward recorded. Since applied payloads
// are not kept in the mutation log (0005's push path), they must live on the event row itself, or the
// city would hold the event without what it said.
export default `
ALTER TABLE ticket_events ADD COLUMN counter_id text;
ALTER TABLE ticket_events ADD COLUMN detail jsonb;
`;
