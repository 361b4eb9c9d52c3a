// A schedule for a year that has none yet, as an admin would start it: every day off the statutory
// rules give that year (the derived days), cited to the admin's own source. saveCalendarYear refuses
// a year that leaves out a statutory holiday, so a test that only cares about one more day starts here.
import type { MethodInput } from '../../src/shared/api/contract';
import type { WardFixture } from './ward-fixture';

type SaveInput = MethodInput<'saveCalendarYear'>;
type Source = SaveInput['sources'][number];

export function completeYear(fx: Pick<WardFixture, 'call'>, year: number, source: Source): SaveInput {
  const view = fx.call('listCalendarYears', {}).years.find((y) => y.year === year)!;
  return { year, sources: [source], days: view.days.map((d) => ({ ...d, source: source.id })) };
}
