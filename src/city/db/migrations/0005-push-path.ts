// A push writes each mutation into several tables, and PostgreSQL checks a foreign key with one
// trigger query per inserted row: on the push path that was about a fifth of the database's time
// (bench/city-sync.bench.ts). These three references are guaranteed by the one code path that writes
// them, inside the same transaction: the device row is locked before its mutations are stored (and
// devices are revoked, never deleted), a ticket's event is written after its ticket, and a ticket's
// ward comes from the authenticated device.
export default `
ALTER TABLE mutations DROP CONSTRAINT mutations_device_id_fkey;
ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_ticket_id_fkey;
ALTER TABLE tickets DROP CONSTRAINT tickets_ward_code_fkey;
`;
