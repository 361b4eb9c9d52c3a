// The statutory holiday rules become city reference data like the yearly schedules: the city publishes
// them once and every ward's derived years follow.
export default `
ALTER TABLE reference_data DROP CONSTRAINT reference_data_entity_check;
ALTER TABLE reference_data ADD CONSTRAINT reference_data_entity_check
  CHECK (entity IN ('procedure', 'calendar_year', 'statutory_rules', 'ward_setting'));
`;
