// A ticket or dossier code filed under a day the city judges wrong (the PC's clock was off when it was
// made) is flagged in `incidents` for a human, never rewritten: the paper is printed. The flag keeps the
// day the city judges the row was made on, beside the number that carries the day it was filed under.
export default `
ALTER TABLE incidents ADD COLUMN judged_day text;
`;
