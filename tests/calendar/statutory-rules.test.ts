import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/api/contract';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';
import { cultureDayInForce } from '../support/city-calendar';
import { completeYear } from '../support/complete-year';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';

// The statutory holidays as data in the ward database, against a real ward service: what the admin
// saves moves due dates in every year without a published schedule, never in a published one, and a
// year saved without a statutory holiday is refused unless the admin names the change that removed it.
// Weekdays: 24/11/2027 is a Wednesday; mùng 1 Tết Mậu Thân is Wednesday 26/1/2028.

const LOCAL_SOURCE = { id: 'ubnd-test', title: 'Thông báo thử của UBND phường', confidence: 'C' as const };
const oneDay = { kind: 'working_days' as const, days: 1 };
/** Hanoi 10:00 on the given day. */
const at10 = (day: string) => `${day}T03:00:00.000Z`;

type RulesInput = MethodInput<'saveStatutoryRules'>['rules'];

function dueAfterOneDay(fx: WardFixture, received: string): string {
  return fx.call('getDueDate', { rule: oneDay, receivedAt: at10(received) }).date;
}

describe('statutory rules as data', () => {
  it('starts from the rules shipped with the app, each holiday with its source and effective date', () => {
    const fx = wardFixture();
    const { rules, updatedAt } = fx.call('getStatutoryRules', {});
    expect(updatedAt).toBeNull();
    expect(rules).toEqual(statutoryRules);
    expect(rules.holidays.find((h) => h.id === 'ngay-van-hoa-viet-nam')).toMatchObject({
      status: 'announced',
      effectiveFrom: '2026-11-24',
    });
  });

  it('moves a derived year’s due date when the admin puts a new statutory day in force, and leaves published years alone', () => {
    const fx = wardFixture();
    expect(dueAfterOneDay(fx, '2027-11-23')).toBe('2027-11-24');
    expect(dueAfterOneDay(fx, '2026-11-23')).toBe('2026-11-24');

    const saved = fx.call('saveStatutoryRules', { rules: cultureDayInForce('2027-01-01') });
    expect(saved.updatedAt).toBe(fx.clock.now().toISOString());
    // 2027 has no schedule: Wednesday 24/11 is now off. 2026 has its published one, which the rules do not touch.
    expect(dueAfterOneDay(fx, '2027-11-23')).toBe('2027-11-25');
    expect(dueAfterOneDay(fx, '2026-11-23')).toBe('2026-11-24');
    const y2027 = fx.call('listCalendarYears', {}).years.find((y) => y.year === 2027)!;
    expect(y2027.days.find((d) => d.date === '2027-11-24')).toMatchObject({
      kind: 'holiday',
      name: 'Ngày Văn hóa Việt Nam',
      source: 'derived',
    });

    const sent = outboxRows(fx.ward).at(-1)!;
    expect(sent).toMatchObject({ entity: 'statutory_rules', entity_id: 'ward', op: 'statutory_rules.save@1' });
    expect(JSON.parse(sent.payload)).toEqual(saved.rules);

    const again = fx.reopen();
    expect(again.call('getStatutoryRules', {}).rules).toEqual(saved.rules);
    expect(dueAfterOneDay(again, '2027-11-23')).toBe('2027-11-25');
  });

  const refused: [string, (rules: RulesInput) => RulesInput, string][] = [
    [
      'a holiday deleted instead of ended',
      (r) => ({ ...r, holidays: r.holidays.filter((h) => h.id !== 'gio-to-hung-vuong') }),
      'Không thể xoá ngày lễ "Giỗ Tổ Hùng Vương" khỏi danh sách',
    ],
    [
      'a holiday that ends before it starts',
      (r) => ({ ...r, holidays: r.holidays.map((h) => (h.id === 'quoc-khanh' ? { ...h, effectiveTo: '2020-12-31' } : h)) }),
      'holidays.5.effectiveTo',
    ],
    ['two holidays with one id', (r) => ({ ...r, holidays: [...r.holidays, r.holidays[0]!] }), 'holidays'],
  ];
  it.each(refused)('refuses %s whole, with a Vietnamese message, and changes nothing', (_, change, message) => {
    const fx = wardFixture();
    const outboxBefore = outboxRows(fx.ward).length;
    const error = expectApiError(
      () => fx.call('saveStatutoryRules', { rules: change(cultureDayInForce('2027-01-01')) }),
      'statutory_rules_invalid',
    );
    expect(error.status).toBe(422);
    expect(error.message).toContain(message);
    expect(fx.call('getStatutoryRules', {})).toEqual({ rules: statutoryRules, updatedAt: null });
    expect(outboxRows(fx.ward)).toHaveLength(outboxBefore);
    expect(dueAfterOneDay(fx, '2027-11-23')).toBe('2027-11-24');
  });

  it('lets the admin end a holiday from a date on, with the source that ended it: derived years after it lose the day', () => {
    const fx = wardFixture();
    const ended = {
      ...statutoryRules,
      holidays: statutoryRules.holidays.map((h) =>
        h.id === 'ngay-chien-thang'
          ? { ...h, effectiveTo: '2029-12-31', source: { title: 'Luật sửa đổi (thử nghiệm)', confidence: 'U' as const } }
          : h,
      ),
    };
    fx.call('saveStatutoryRules', { rules: ended });
    // Tuesday 29/4/2031: 30/4 is a working Wednesday again; 2029's 30/4 (a Monday) is still off.
    expect(dueAfterOneDay(fx, '2031-04-29')).toBe('2031-04-30');
    expect(dueAfterOneDay(fx, '2029-04-27')).toBe('2029-05-02');
  });
});

describe('saveCalendarYear and the statutory holidays', () => {
  it('refuses a year with no Tết, in Vietnamese, so a due date before Tết 2028 still skips it', () => {
    const fx = wardFixture();
    // Monday 24/1/2028 + 1 working day: the derived Tết is Tue 25/1 – Sat 29/1 with Monday 31/1 in lieu of
    // the Saturday, so Tuesday 1/2. A year saved with no days would make it Tuesday 25/1, the eve of mùng 1.
    expect(dueAfterOneDay(fx, '2028-01-24')).toBe('2028-02-01');
    const error = expectApiError(
      () => fx.call('saveCalendarYear', { year: 2028, sources: [LOCAL_SOURCE], days: [] }),
      'calendar_year_invalid',
    );
    expect(error.message).toContain('Lịch năm 2028 thiếu ngày nghỉ lễ, Tết theo quy định');
    expect(error.message).toContain('Tết Âm lịch (5 ngày làm việc được nghỉ quanh mùng 1 Tết 26/01/2028)');
    expect(fx.call('listCalendarYears', {}).years.find((y) => y.year === 2028)!.derived).toBe(true);
    expect(dueAfterOneDay(fx, '2028-01-24')).toBe('2028-02-01');
  });

  it('refuses a year that forgets one holiday, naming it and its day', () => {
    const fx = wardFixture();
    const input = completeYear(fx, 2028, LOCAL_SOURCE);
    const error = expectApiError(
      () => fx.call('saveCalendarYear', { ...input, days: input.days.filter((d) => d.date !== '2028-04-04') }),
      'calendar_year_invalid',
    );
    expect(error.message).toContain('Giỗ Tổ Hùng Vương (ngày 04/04/2028)');
    expect(error.message).not.toContain('Tết Âm lịch');
  });

  it('takes a year without a holiday when the admin states the legal change that removed it, and shows that change', () => {
    const fx = wardFixture();
    const input = completeYear(fx, 2028, LOCAL_SOURCE);
    const removedHolidays = [{ holiday: 'gio-to-hung-vuong', legalBasis: 'Luật sửa đổi Bộ luật Lao động (thử nghiệm)' }];
    const saved = fx.call('saveCalendarYear', { ...input, days: input.days.filter((d) => d.date !== '2028-04-04'), removedHolidays }).year;
    expect(saved).toMatchObject({ derived: false, removedHolidays });
    // Monday 3/4/2028: Tuesday 4/4 is a working day in this year's schedule.
    expect(dueAfterOneDay(fx, '2028-04-03')).toBe('2028-04-04');
    expect(JSON.parse(outboxRows(fx.ward).at(-1)!.payload)).toMatchObject({ year: 2028, removedHolidays });
  });

  it('refuses a removal naming no statutory holiday, or the same one twice', () => {
    const fx = wardFixture();
    const input = completeYear(fx, 2028, LOCAL_SOURCE);
    const legalBasis = 'Văn bản thử';
    expect(
      expectApiError(
        () => fx.call('saveCalendarYear', { ...input, removedHolidays: [{ holiday: 'ngay-nha-giao', legalBasis }] }),
        'calendar_year_invalid',
      ).message,
    ).toContain('"ngay-nha-giao" không phải mã của ngày nghỉ lễ nào');
    const twice = [
      { holiday: 'quoc-khanh', legalBasis },
      { holiday: 'quoc-khanh', legalBasis },
    ];
    expect(
      expectApiError(() => fx.call('saveCalendarYear', { ...input, removedHolidays: twice }), 'calendar_year_invalid').message,
    ).toContain('Ngày lễ "Quốc khánh" được nêu là đã bỏ hai lần.');
  });
});

describe('getDueDate says how sure its calendar is', () => {
  it('marks a due date counted into a year without a published schedule, naming the year in Vietnamese', () => {
    const fx = wardFixture();
    // Wednesday 30/12/2026 + 5 working days: Thu 31/12, then 4 days of 2027, which has no schedule.
    const due = fx.call('getDueDate', { rule: { kind: 'working_days', days: 5 }, receivedAt: at10('2026-12-30') });
    expect(due.calendar.confirmed).toBe(false);
    expect(due.calendar.years.map((y) => [y.year, y.status, y.sources.map((s) => s.id)])).toEqual([
      [2026, 'confirmed', ['blld-2019', 'vpcp-12729-2025', 'congan-tet-2026', 'thanhnien-2026', 'bnv-9441-2025']],
      [2027, 'derived', ['derived']],
    ]);
    expect(due.calendar.notice).toBe(
      'Ngày hẹn chưa chắc chắn: năm 2027 chưa có lịch nghỉ lễ chính thức, ngày nghỉ được tự tính theo quy định. Cần kiểm tra lại khi có lịch nghỉ năm.',
    );
  });

  it('drops the mark once the year has a schedule', () => {
    const fx = wardFixture();
    fx.call('saveCalendarYear', completeYear(fx, 2027, LOCAL_SOURCE));
    const due = fx.call('getDueDate', { rule: { kind: 'working_days', days: 5 }, receivedAt: at10('2026-12-30') });
    expect(due.calendar).toMatchObject({ confirmed: true, notice: null });
    expect(due.calendar.years[1]).toEqual({ year: 2027, status: 'confirmed', sources: [LOCAL_SOURCE] });
  });
});
