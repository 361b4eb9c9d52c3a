import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../src/shared/catalog/deadline-rule';
import { dueDate } from '../../src/shared/calendar/due-date';
import { shippedCalendar } from '../../src/shared/calendar/shipped-calendar';

const calendar = shippedCalendar();
const RUNS = { numRuns: 300 };

// Receptions from 2025 to 2044 so that the longest deadlines (3,650 working days ≈ 14.6 years) stay
// inside the shipped calendar (to 2060).
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2044, 11, 31) });
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`);

const sized = (kind: 'working_days' | 'calendar_days' | 'working_hours', n: number): DeadlineRule =>
  kind === 'working_hours' ? { kind, hours: Math.min(n, 2000) } : { kind, days: n };

const rule: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.integer({ min: 1, max: 3650 }).map((days) => ({ kind: 'working_days' as const, days })),
  fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }))
    .map(([days, extra]) => ({ kind: 'working_days' as const, days, daysIfVerification: days + extra })),
  fc.integer({ min: 1, max: 3650 }).map((days) => ({ kind: 'calendar_days' as const, days })),
  clock.map((cutoff) => ({ kind: 'same_day_cutoff' as const, cutoff })),
  fc.integer({ min: 1, max: 2000 }).map((hours) => ({ kind: 'working_hours' as const, hours })),
);

describe('dueDate properties', () => {
  it('never falls on a day off, nor before the dossier was received', () => {
    fc.assert(
      fc.property(rule, instant, fc.boolean(), (r, t, verification) => {
        const due = dueDate(r, t, calendar, { verification });
        expect(calendar.isWorkingDay(due.date)).toBe(true);
        expect(Date.parse(due.at)).toBeGreaterThanOrEqual(t);
      }),
      RUNS,
    );
  });

  it('never gives an earlier date for a longer period', () => {
    const kind = fc.constantFrom('working_days' as const, 'calendar_days' as const, 'working_hours' as const);
    fc.assert(
      fc.property(kind, fc.integer({ min: 1, max: 3650 }), fc.integer({ min: 1, max: 3650 }), instant, (k, a, b, t) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(Date.parse(dueDate(sized(k, long), t, calendar).at)).toBeGreaterThanOrEqual(
          Date.parse(dueDate(sized(k, short), t, calendar).at),
        );
      }),
      RUNS,
    );
  });

  it('never gives an earlier date to a dossier received later', () => {
    fc.assert(
      fc.property(rule, instant, fc.integer({ min: 0, max: 10 * 86_400_000 }), (r, t, later) => {
        expect(Date.parse(dueDate(r, t + later, calendar).at)).toBeGreaterThanOrEqual(Date.parse(dueDate(r, t, calendar).at));
      }),
      RUNS,
    );
  });

  it('gives verification at least as long as the normal period', () => {
    fc.assert(
      fc.property(rule, instant, (r, t) => {
        expect(Date.parse(dueDate(r, t, calendar, { verification: true }).at)).toBeGreaterThanOrEqual(
          Date.parse(dueDate(r, t, calendar).at),
        );
      }),
      RUNS,
    );
  });
});
