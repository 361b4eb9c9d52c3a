import { describe, expect, it } from 'vitest';
import { applicantFromForm } from '../../src/shared/citizen-id/typed-entry';

// The first six digits against what the card says elsewhere (one-stop-rules §5.1): PPP province of
// birth registration, G century and sex (0/1 = 1900s male/female, 2/3 = 2000s, …), YY birth year.

const TODAY = { today: '2026-11-23' };

function warningsFor(idNumber: string, birthDate: string, sex: 'male' | 'female'): string[] {
  const result = applicantFromForm({ idNumber, fullName: 'Đỗ Thị Lan', birthDate, sex, address: 'Phường Cửa Nam, Hà Nội' }, TODAY);
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  expect(result.applicant.idNumber).toBe(idNumber); // a mismatch never stops the applicant from being filled
  return result.warnings.map((w) => w.code);
}

describe('century/sex digit', () => {
  it.each([
    ['001090012345', '1990-03-15', 'male'],
    ['001190012345', '1990-03-15', 'female'],
    ['001200012345', '2000-01-01', 'male'],
    ['001300012345', '2000-01-01', 'female'],
    ['001099012345', '1999-12-31', 'male'],
  ] as const)('%s fits a birth on %s, %s', (id, birth, sex) => {
    expect(warningsFor(id, birth, sex)).toEqual([]);
  });

  it('warns when the digit says male and the card says female', () => {
    expect(warningsFor('001090012345', '1990-03-15', 'female')).toEqual(['sex_digit_mismatch']);
  });

  it('warns when the digit says female and the card says male', () => {
    expect(warningsFor('001309012345', '2009-05-05', 'male')).toEqual(['sex_digit_mismatch']);
  });

  it('warns when the digit puts the birth in another century', () => {
    expect(warningsFor('001290012345', '1990-03-15', 'male')).toEqual(['century_digit_mismatch']);
    expect(warningsFor('001005012345', '2005-08-20', 'male')).toEqual(['century_digit_mismatch']);
    expect(warningsFor('001405012345', '2005-08-20', 'male')).toEqual(['century_digit_mismatch']);
  });

  it('gives both warnings when the digit is wrong on both counts', () => {
    expect(warningsFor('001390012345', '1990-03-15', 'male')).toEqual(['sex_digit_mismatch', 'century_digit_mismatch']);
  });
});

describe('birth-year digits', () => {
  it('warns when the 5th and 6th digits are not the last two of the birth year', () => {
    expect(warningsFor('001091012345', '1990-03-15', 'male')).toEqual(['birth_year_mismatch']);
  });

  it('compares the last two digits only, the century being the 4th digit’s business', () => {
    expect(warningsFor('001200012345', '2000-06-01', 'male')).toEqual([]);
    expect(warningsFor('001001012345', '1901-06-01', 'male')).toEqual([]);
  });
});

describe('province code', () => {
  it.each(['001', '002', '031', '048', '079', '092', '096'])('knows %s', (code) => {
    expect(warningsFor(`${code}090012345`, '1990-03-15', 'male')).toEqual([]);
  });

  it.each(['000', '003', '005', '097', '100', '999'])('warns that %s is not in the table', (code) => {
    expect(warningsFor(`${code}090012345`, '1990-03-15', 'male')).toEqual(['province_unknown']);
  });

  it('lists every problem at once, in a fixed order', () => {
    expect(warningsFor('003391012345', '1990-03-15', 'male')).toEqual([
      'province_unknown',
      'sex_digit_mismatch',
      'century_digit_mismatch',
      'birth_year_mismatch',
    ]);
  });

  it('explains each warning in Vietnamese without repeating the number', () => {
    const result = applicantFromForm(
      { idNumber: '001090012345', fullName: 'Đỗ Thị Lan', birthDate: '1990-03-15', sex: 'female', address: 'Phường Cửa Nam, Hà Nội' },
      TODAY,
    );
    expect(result.ok && result.warnings).toEqual([
      {
        field: 'idNumber',
        code: 'sex_digit_mismatch',
        message: 'Chữ số thứ 4 của số định danh không khớp với giới tính. Hãy đối chiếu với thẻ.',
      },
    ]);
  });
});
