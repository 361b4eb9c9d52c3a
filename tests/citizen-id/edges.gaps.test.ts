// The edges of what the counter accepts from a citizen-ID card, scanned or typed: each limit's last
// accepted value, dates written with spaces or junk around them, and which extra text on a QR is the
// address. Written from mutation run 21's survivors (docs/testing.md).
import { describe, expect, it } from 'vitest';
import { parseCitizenIdQr } from '../../src/shared/citizen-id/qr-code';
import { applicantFromForm } from '../../src/shared/citizen-id/typed-entry';

const TODAY = { today: '2026-11-23' };
const ADDRESS = 'Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội';
const QR = `001090012345|012345678|Nguyễn Văn An|15031990|Nam|${ADDRESS}|20042021`;
const FORM = { idNumber: '001185004321', fullName: 'Hoàng Thị Hương', birthDate: '1985-09-02', sex: 'female', address: ADDRESS };

const applicant = (result: ReturnType<typeof parseCitizenIdQr>) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result;
};

describe('the last value each limit accepts', () => {
  it('takes a scan of exactly 2,000 characters and refuses one more', () => {
    const exact = QR + '|'.repeat(2000 - QR.length);
    expect(exact).toHaveLength(2000);
    expect(parseCitizenIdQr(exact, TODAY).ok).toBe(true);
    expect(parseCitizenIdQr(`${exact}|`, TODAY)).toMatchObject({ ok: false, error: { field: 'raw', code: 'too_long' } });
  });

  it('takes a person born on 1 January 1900, the first day of the century digits', () => {
    const result = applicantFromForm({ ...FORM, idNumber: '001000004321', birthDate: '1900-01-01', sex: 'male' }, TODAY);
    expect(result).toMatchObject({ ok: true, applicant: { birthDate: '1900-01-01' } });
  });

  it('takes a card issued on the day its holder was born, and one issued today, without a warning', () => {
    expect(applicantFromForm({ ...FORM, issuedOn: '1985-09-02' }, TODAY)).toMatchObject({
      ok: true,
      applicant: { issuedOn: '1985-09-02' },
    });
    expect(applicantFromForm({ ...FORM, issuedOn: '2026-11-23' }, TODAY)).toMatchObject({ ok: true, warnings: [] });
    const tomorrow = applicantFromForm({ ...FORM, issuedOn: '2026-11-24' }, TODAY);
    expect(tomorrow.ok && tomorrow.warnings.map((w) => w.code)).toEqual(['issued_in_future']);
  });
});

describe('dates as clerks type them', () => {
  it('reads a date typed with spaces between its groups', () => {
    expect(applicantFromForm({ ...FORM, birthDate: '02 09 1985' }, TODAY)).toMatchObject({
      ok: true,
      applicant: { birthDate: '1985-09-02' },
    });
  });

  it('refuses a date with a digit too many before or after it', () => {
    for (const birthDate of ['102091985', '020919851'])
      expect(applicantFromForm({ ...FORM, birthDate }, TODAY), birthDate).toMatchObject({
        ok: false,
        error: { field: 'birthDate', code: 'invalid_date' },
      });
  });

  it('names the sex field when what is typed there is far too long', () => {
    expect(applicantFromForm({ ...FORM, sex: 'n'.repeat(65) }, TODAY)).toMatchObject({ ok: false, error: { field: 'sex' } });
  });
});

describe('a damaged number on a scan', () => {
  it('is still read as the ID number, so the clerk is told what is wrong with it: four digits, or six with letters for digits', () => {
    expect(parseCitizenIdQr(QR.replace('001090012345', '1234'), TODAY)).toMatchObject({
      ok: false,
      error: { field: 'idNumber', code: 'wrong_length' },
    });
    expect(parseCitizenIdQr(QR.replace('001090012345', 'OO123456'), TODAY)).toMatchObject({
      ok: false,
      error: { field: 'idNumber', code: 'not_digits' },
    });
  });

  it('is not mistaken for an address that has six digits in it', () => {
    const address = 'Tổ 125, khu tập thể 346, Phường Hoàng Liệt';
    expect(applicant(parseCitizenIdQr(QR.replace(ADDRESS, address), TODAY)).applicant.address).toBe(address);
  });
});

describe('a scan with more than the card holds', () => {
  it('reads numbers written in groups: the old ID number stays the old ID number', () => {
    const result = applicant(parseCitizenIdQr(QR.replace('001090012345', '001 090 012 345').replace('012345678', '012 345 678'), TODAY));
    expect(result.applicant).toMatchObject({ idNumber: '001090012345', oldIdNumber: '012345678' });
    expect(result.warnings).toEqual([]);
  });

  it('takes the longest of the other texts as the address, the first of two as long', () => {
    const withPlace = QR.replace(`|${ADDRESS}|`, `|Hà Nội|${ADDRESS}|Hải Phòng|`);
    expect(applicant(parseCitizenIdQr(withPlace, TODAY)).applicant.address).toBe(ADDRESS);
    const twoAsLong = QR.replace(`|${ADDRESS}|`, '|Thôn Một, Xã An Bình|Thôn Hai, Xã An Bình|');
    expect(applicant(parseCitizenIdQr(twoAsLong, TODAY)).applicant.address).toBe('Thôn Một, Xã An Bình');
  });

  it('calls a date field with words before or after it no date, and takes the issue date after it', () => {
    for (const extra of ['Cấp lại 15/03/2024', '15/03/2024 cấp lại']) {
      const result = applicant(parseCitizenIdQr(QR.replace('|20042021', `|${extra}|20042021`), TODAY));
      expect(result.applicant.issuedOn, extra).toBe('2021-04-20');
      expect(result.warnings.map((w) => w.code)).toEqual(['unrecognised_fields']);
    }
  });
});

describe('the field each warning is about, for the form to mark it', () => {
  const fields = (result: ReturnType<typeof parseCitizenIdQr>) => applicant(result).warnings.map((w) => [w.code, w.field]);

  it('puts the checks of the number on the ID number, and text the card reader did not expect on the scan itself', () => {
    expect(fields(applicantFromForm({ ...FORM, idNumber: '003391012345', birthDate: '1990-03-15', sex: 'male' }, TODAY))).toEqual([
      ['province_unknown', 'idNumber'],
      ['sex_digit_mismatch', 'idNumber'],
      ['century_digit_mismatch', 'idNumber'],
      ['birth_year_mismatch', 'idNumber'],
    ]);
    expect(fields(parseCitizenIdQr(`${QR}|001090099999`, TODAY))).toEqual([['several_id_numbers', 'idNumber']]);
    expect(fields(parseCitizenIdQr(`${QR}|Kinh|Không`, TODAY))).toEqual([['unrecognised_fields', 'raw']]);
  });
});
