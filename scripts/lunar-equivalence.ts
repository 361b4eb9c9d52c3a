import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Mutation testing leaves sign and factor changes of tiny periodic terms in astronomy.ts alive: they
// move a new moon or a solar term by seconds, below what any published figure can check. The app
// uses astronomy.ts only through the lunar calendar, so such a mutant is equivalent when the calendar
// it gives is the same. This script checks exactly that: for each surviving astronomy.ts mutant of a
// Stryker JSON report, it rebuilds the calendar module with the mutant in a temp folder and compares
// every lunar month start (day, month, leap) of 1901–2100 with the real one. A control mutant that
// moves new moons by about 86 s must change some month starts, or the check proves nothing.
//
//   npx tsx scripts/lunar-equivalence.ts reports/mutation/mutation.json

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  mutatorName: string;
  replacement: string;
  status: string;
  location: { start: Position; end: Position };
}

const CALENDAR_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/shared/calendar');
const ASTRONOMY = path.join(CALENDAR_DIR, 'astronomy.ts');
const FIRST_DAY = '1901-01-01';
const LAST_DAY = '2100-12-31';

type Calendar = { solarToLunar(isoDay: string): { year: number; month: number; day: number; leap: boolean } };
type CivilDays = { epochDayOf(isoDay: string): number; isoDayOf(day: number): string };

async function monthStarts(astronomySource: string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lunar-'));
  try {
    for (const file of ['lunar.ts', 'civil-day.ts']) fs.copyFileSync(path.join(CALENDAR_DIR, file), path.join(dir, file));
    fs.writeFileSync(path.join(dir, 'astronomy.ts'), astronomySource);
    const { solarToLunar } = (await import(pathToFileURL(path.join(dir, 'lunar.ts')).href)) as Calendar;
    const { epochDayOf, isoDayOf } = (await import(pathToFileURL(path.join(dir, 'civil-day.ts')).href)) as CivilDays;
    const starts: string[] = [];
    for (let day = epochDayOf(FIRST_DAY); day <= epochDayOf(LAST_DAY); day++) {
      const lunar = solarToLunar(isoDayOf(day));
      if (lunar.day === 1) starts.push(`${isoDayOf(day)} ${lunar.year}/${lunar.month}${lunar.leap ? ' leap' : ''}`);
    }
    return starts;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function differences(reference: readonly string[], other: readonly string[]): string[] {
  const inOther = new Set(other);
  const inReference = new Set(reference);
  return [
    ...reference.filter((s) => !inOther.has(s)).map((s) => `- ${s}`),
    ...other.filter((s) => !inReference.has(s)).map((s) => `+ ${s}`),
  ];
}

function applied(source: string, mutant: Mutant): string {
  const lines = source.split('\n');
  const offset = ({ line, column }: Position) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return source.slice(0, offset(mutant.location.start)) + mutant.replacement + source.slice(offset(mutant.location.end));
}

async function main(reportFile: string): Promise<number> {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { files: Record<string, { source: string; mutants: Mutant[] }> };
  const entry = Object.entries(report.files).find(([file]) => file.replace(/\\/g, '/').endsWith('src/shared/calendar/astronomy.ts'));
  if (!entry) throw new Error(`${reportFile} has no mutants of src/shared/calendar/astronomy.ts`);
  const [, { source, mutants }] = entry;
  if (source !== fs.readFileSync(ASTRONOMY, 'utf8')) throw new Error('astronomy.ts changed since the report was made: run Stryker again');

  const reference = await monthStarts(source);
  console.log(`${reference.length} lunar month starts, ${FIRST_DAY}..${LAST_DAY}`);
  const control = source.replace('-0.4072 * sin(mp)', '-0.4062 * sin(mp)');
  const controlChanges = differences(reference, await monthStarts(control)).length;
  if (control === source || controlChanges === 0) throw new Error('the control mutant changed no month start: the check cannot fail');
  console.log(`control (main lunar term 0.4072 → 0.4062, about 86 s): ${controlChanges} month-start lines differ`);

  let changed = 0;
  for (const mutant of mutants.filter((m) => m.status === 'Survived')) {
    let found: string[];
    try {
      found = differences(reference, await monthStarts(applied(source, mutant)));
    } catch (error) {
      found = [`throws: ${String(error)}`];
    }
    if (found.length > 0) changed++;
    const where = `:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}`;
    console.log(`${where} → ${mutant.replacement.slice(0, 50)}: ${found.length === 0 ? 'same calendar' : found.join('; ')}`);
  }
  console.log(changed === 0 ? 'every surviving mutant gives the same calendar' : `${changed} surviving mutant(s) change the calendar`);
  return changed === 0 ? 0 : 1;
}

const reportFile = process.argv[2];
if (!reportFile) {
  console.error('usage: npx tsx scripts/lunar-equivalence.ts <stryker report.json>');
  process.exit(2);
}
process.exitCode = await main(reportFile);
