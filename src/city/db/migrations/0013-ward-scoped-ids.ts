// Ids a ward makes (ticket ids, ticket event ids, mutation ids, processing event ids) are unique per
// ward, not across the city: a device that sends another ward's id must get the answer it would get
// for a fresh id of its own, never one that confirms the id exists elsewhere (issue 21 §6). UUIDv7
// made on separate PCs do not collide by accident, so honest wards see no difference.
export default `
ALTER TABLE tickets DROP CONSTRAINT tickets_pkey;
ALTER TABLE tickets ADD PRIMARY KEY (ward_code, id);

ALTER TABLE ticket_events ADD COLUMN ward_code text;
-- An event's ward is its ticket's, or failing that (no foreign key since 0005) its device's.
UPDATE ticket_events e SET ward_code = t.ward_code FROM tickets t WHERE t.id = e.ticket_id;
UPDATE ticket_events e SET ward_code = d.ward_code FROM devices d WHERE e.ward_code IS NULL AND d.id = e.device_id;
ALTER TABLE ticket_events ALTER COLUMN ward_code SET NOT NULL;
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_pkey;
ALTER TABLE ticket_events ADD PRIMARY KEY (ward_code, event_id);
DROP INDEX ticket_events_ticket;
CREATE INDEX ticket_events_ticket ON ticket_events (ward_code, ticket_id, at);

DROP INDEX mutations_once;
CREATE UNIQUE INDEX mutations_once ON mutations (ward_code, mutation_id) WHERE code IS DISTINCT FROM 'duplicate_mutation';

ALTER TABLE dossier_statuses DROP CONSTRAINT dossier_statuses_pkey;
ALTER TABLE dossier_statuses ADD PRIMARY KEY (ward_code, event_id);
`;
