import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeadlineRule } from '../src/shared/catalog/deadline-rule';
import { civilServiceSchedules } from '../src/shared/calendar/data/civil-service-schedules';
import { defaultOfficeSettings } from '../src/shared/calendar/data/office-defaults';
import { statutoryRules } from '../src/shared/calendar/data/statutory-holidays';
import { dueDate } from '../src/shared/calendar/due-date';
import { dueDateCalendar } from '../src/shared/calendar/due-date-calendar';
import { SHIPPED_FIRST_YEAR, SHIPPED_LAST_YEAR } from '../src/shared/calendar/shipped-calendar';
import { WorkingCalendar } from '../src/shared/calendar/working-calendar';
import { Samples, verdict } from './lib/stats';

// Cost of one dueDate call in process, for deadlines 1, 30, 365 and 3,650 working days ahead, on a
// calendar built the way the ward service builds it: statutory rules and schedules read back from their
// stored JSON, with one more statutory day in force (the rules are data). Then the same with the
// confirmation step getDueDate adds (which years were counted through, confirmed or derived). The target
// is p99 ≤ 0.1 ms at 3,650 days and a cost that does not grow with the deadline. Each call is timed alone
// with the high-resolution clock, so the figures include ~0.1 µs of timer overhead.

const HORIZONS = [1, 30, 365, 3650] as const;
const WARM_UP_CALLS = 20_000;
const SAMPLES = 20_000;
const TARGET_P99_MS = 0.1;
// Receptions spread over 2025–2034 at every minute of the day, so the index is read all over.
const FIRST_RECEPTION = Date.UTC(2025, 0, 1);
const RECEPTION_STEP_MS = 15_817 * 1000;

export interface BenchRow {
  name: string;
  p50Ms: number;
  p99Ms: number;
  note: string;
}

export async function runDueDateBench(): Promise<BenchRow[]> {
  const buildStart = process.hrtime.bigint();
  const calendar = storedCalendar();
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

  const receptions = Array.from({ length: SAMPLES }, (_, i) => FIRST_RECEPTION + i * RECEPTION_STEP_MS);
  const warmRule: DeadlineRule = { kind: 'working_days', days: 10 };
  for (let i = 0; i < WARM_UP_CALLS; i++) dueDate(warmRule, receptions[i % SAMPLES]!, calendar);

  const rows: BenchRow[] = [];
  for (const days of HORIZONS) {
    const rule: DeadlineRule = { kind: 'working_days', days };
    const samples = new Samples();
    for (const receivedAt of receptions) {
      const start = process.hrtime.bigint();
      dueDate(rule, receivedAt, calendar);
      samples.add(Number(process.hrtime.bigint() - start) / 1e6);
    }
    rows.push({
      name: `dueDate working_days ${days}`,
      p50Ms: samples.p50,
      p99Ms: samples.p99,
      note: `${SAMPLES} calls; target p99 ≤ ${TARGET_P99_MS} ms: ${verdict(samples.p99 <= TARGET_P99_MS)}`,
    });
  }
  const flatness = rows[rows.length - 1]!.p50Ms / rows[0]!.p50Ms;
  for (const days of [1, 3650]) {
    const rule: DeadlineRule = { kind: 'working_days', days };
    const samples = new Samples();
    for (const receivedAt of receptions) {
      const start = process.hrtime.bigint();
      dueDateCalendar(calendar, receivedAt, dueDate(rule, receivedAt, calendar));
      samples.add(Number(process.hrtime.bigint() - start) / 1e6);
    }
    rows.push({
      name: `dueDate + dueDateCalendar working_days ${days}`,
      p50Ms: samples.p50,
      p99Ms: samples.p99,
      note: `${SAMPLES} calls; target p99 ≤ ${TARGET_P99_MS} ms: ${verdict(samples.p99 <= TARGET_P99_MS)}`,
    });
  }
  rows.push({
    name: 'build calendar from stored rules (2021–2060)',
    p50Ms: buildMs,
    p99Ms: buildMs,
    note: `once per process; p50 at 3,650 days / p50 at 1 day = ${flatness.toFixed(2)}×`,
  });
  return rows;
}

/** The rules as the ward database holds them (JSON), with Ngày Văn hóa Việt Nam in force from 2027. */
function storedCalendar(): WorkingCalendar {
  const rules = {
    ...statutoryRules,
    holidays: statutoryRules.holidays.map((h) =>
      h.id === 'ngay-van-hoa-viet-nam' ? { ...h, status: 'in_force', effectiveFrom: '2027-01-01' } : h,
    ),
  };
  return WorkingCalendar.build({
    rules: JSON.parse(JSON.stringify(rules)) as unknown,
    schedules: JSON.parse(JSON.stringify(civilServiceSchedules)) as unknown,
    office: defaultOfficeSettings,
    firstYear: SHIPPED_FIRST_YEAR,
    lastYear: SHIPPED_LAST_YEAR,
  });
}

async function main(): Promise<void> {
  const rows = await runDueDateBench();
  console.log('| case | p50 ms | p99 ms | note |');
  console.log('| --- | ---: | ---: | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.p50Ms.toFixed(4)} | ${r.p99Ms.toFixed(4)} | ${r.note} |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
