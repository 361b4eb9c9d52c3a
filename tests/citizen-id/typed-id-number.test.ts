import { describe, expect, it } from 'vitest';
import { checkTypedIdNumber } from '../../src/shared/citizen-id/typed-id-number';

// The number typed on its own gets the same reading as the scanned one, and the clerk reads why in
// Vietnamese without the number being repeated back.

const TODAY = { today: '2026-12-07' };

describe('typed personal identification number', () => {
  it('takes 12 digits, spaces and all, with nothing to warn about for a Hà Nội man born in 1990', () => {
    expect(checkTypedIdNumber(' 001 090 012 345 ', TODAY)).toEqual({ ok: true, idNumber: '001090012345', warnings: [] });
  });

  it.each([
    ['', 'missing', 'Số định danh cá nhân: Chưa có thông tin này.'],
    [
      '00109001234',
      'wrong_length',
      'Số định danh cá nhân: Số không đủ hoặc thừa chữ số (số định danh có 12 chữ số, số CMND cũ có 9 chữ số).',
    ],
    ['0010900123456', 'wrong_length', expect.stringContaining('12 chữ số')],
    ['OO109OO12345', 'not_digits', 'Số định danh cá nhân: Chỉ được gồm chữ số (kiểm tra chữ O và số 0, chữ l và số 1).'],
  ])('refuses %j (%s) and says why', (typed, code, message) => {
    const result = checkTypedIdNumber(typed, TODAY);
    expect(result).toEqual({ ok: false, error: { field: 'idNumber', code, message } });
  });

  it('warns, without refusing, about a province code that is not in the table', () => {
    const result = checkTypedIdNumber('003090012345', TODAY);
    expect(result.ok && result.warnings.map((w) => [w.code, w.message])).toEqual([
      ['province_unknown', 'Ba chữ số đầu của số định danh không có trong danh mục mã tỉnh. Hãy đối chiếu với thẻ.'],
    ]);
  });

  it('warns when the century digit and the year put the birth after this year', () => {
    const codes = (id: string) => {
      const result = checkTypedIdNumber(id, TODAY);
      return result.ok ? result.warnings.map((w) => w.code) : result.error.code;
    };
    expect(codes('001226012345')).toEqual([]); // born 2026: a newborn
    expect(codes('001327012345')).toEqual(['birth_year_in_future']); // 2027
    expect(codes('001400012345')).toEqual(['birth_year_in_future']); // 2100
    expect(codes('001199012345')).toEqual([]); // 1999
    expect(codes('099327012345')).toEqual(['province_unknown', 'birth_year_in_future']);
  });
});
