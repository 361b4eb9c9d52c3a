// A ticket's full row was stored twice: in the ticket projection and in the ward's latest-state table,
// which every applied ticket event has written in the same transaction since version 1. The projection
// keeps only what the city queries and validates by (state, counter, day, number); the row is read from
// the latest-state table. One jsonb copy less per ticket written, the push's second largest write.
export default `
ALTER TABLE tickets DROP COLUMN row;
`;
