import { describe, expect, it } from 'vitest';
import { CalendarDayKind, Confidence } from '../../src/shared/calendar/calendar-data';
import { confidenceLabels, dayKindLabels, weekdayNames } from '../../src/shared/i18n/vi/calendar';

describe('Vietnamese calendar labels', () => {
  it('names the weekday of a day the way Date numbers it: Tết 17/2/2026 is a Tuesday', () => {
    expect(weekdayNames[new Date('2026-02-17T00:00:00Z').getUTCDay()]).toBe('Thứ Ba');
    expect(weekdayNames[new Date('2026-02-22T00:00:00Z').getUTCDay()]).toBe('Chủ nhật');
  });

  it('has a label for every day kind and every confidence tag', () => {
    for (const kind of CalendarDayKind.options) expect(dayKindLabels[kind]).toMatch(/\S/);
    for (const tag of Confidence.options) expect(confidenceLabels[tag]).toMatch(/\S/);
  });
});
