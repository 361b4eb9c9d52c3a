import { describe, expect, it } from 'vitest';
import { Applicant } from '../../src/shared/citizen-id/applicant';
import { parseCitizenIdQr } from '../../src/shared/citizen-id/qr-code';
import { ApplicantForm, applicantFromForm } from '../../src/shared/citizen-id/typed-entry';

const TODAY = { today: '2026-11-23' };
const FORM = {
  idNumber: '001185004321',
  fullName: 'Hoàng Thị Hương',
  birthDate: '1985-09-02',
  sex: 'female',
  address: 'Số 8 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
};
const APPLICANT = {
  idNumber: '001185004321',
  fullName: 'Hoàng Thị Hương',
  birthDate: '1985-09-02',
  sex: 'female',
  address: 'Số 8 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
};

describe('applicantFromForm: what it fills', () => {
  it('fills the applicant from the typed fields, without a QR field count', () => {
    expect(applicantFromForm(FORM, TODAY)).toEqual({ ok: true, applicant: APPLICANT, warnings: [] });
  });

  it('keeps the optional old ID number and issue date when typed, drops them when left blank', () => {
    expect(applicantFromForm({ ...FORM, oldIdNumber: '013 456 789', issuedOn: '15/07/2021' }, TODAY)).toEqual({
      ok: true,
      applicant: { ...APPLICANT, oldIdNumber: '013456789', issuedOn: '2021-07-15' },
      warnings: [],
    });
    expect(applicantFromForm({ ...FORM, oldIdNumber: '  ', issuedOn: '' }, TODAY)).toEqual({
      ok: true,
      applicant: APPLICANT,
      warnings: [],
    });
  });

  it('reads the number as clerks type it, in groups', () => {
    const result = applicantFromForm({ ...FORM, idNumber: ' 001 185 004321 ' }, TODAY);
    expect(result.ok && result.applicant.idNumber).toBe('001185004321');
  });

  it('reads dd/mm/yyyy and ddmmyyyy birth dates as well as the date input’s YYYY-MM-DD', () => {
    for (const birthDate of ['02/09/1985', '02091985', '02-09-1985', '02.09.1985'])
      expect(applicantFromForm({ ...FORM, birthDate }, TODAY)).toEqual({ ok: true, applicant: APPLICANT, warnings: [] });
  });

  it('stores a name typed with a decomposing keyboard in NFC, with runs of spaces made single', () => {
    const result = applicantFromForm({ ...FORM, fullName: '  Hoàng  Thị\u00a0Hương '.normalize('NFD') }, TODAY);
    expect(result.ok && result.applicant.fullName).toBe('Ho\u00e0ng Th\u1ecb H\u01b0\u01a1ng');
  });

  it('accepts Nam / Nữ as well as male / female', () => {
    const result = applicantFromForm({ ...FORM, sex: 'Nữ' }, TODAY);
    expect(result.ok && result.applicant.sex).toBe('female');
  });

  it('warns but fills when the issue date is after today (a PC clock set wrong must not turn people away)', () => {
    expect(applicantFromForm({ ...FORM, issuedOn: '2026-12-01' }, TODAY)).toEqual({
      ok: true,
      applicant: { ...APPLICANT, issuedOn: '2026-12-01' },
      warnings: [
        {
          field: 'issuedOn',
          code: 'issued_in_future',
          message: 'Ngày cấp ở sau hôm nay. Hãy kiểm tra lại ngày cấp và ngày giờ của máy tính.',
        },
      ],
    });
  });

  it('gives the same applicant and warnings as scanning the same card', () => {
    const scanned = parseCitizenIdQr(
      '001085004321|013456789|Hoàng Thị Hương|02091985|Nữ|Số 8 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội|15072021',
      TODAY,
    );
    const typed = applicantFromForm({ ...FORM, idNumber: '001085004321', oldIdNumber: '013456789', issuedOn: '2021-07-15' }, TODAY);
    expect(scanned.ok && typed.ok).toBe(true);
    if (!scanned.ok || !typed.ok) return;
    expect(typed.warnings.map((w) => w.code)).toEqual(['sex_digit_mismatch']);
    expect(scanned.warnings).toEqual(typed.warnings);
    const { rawFieldCount, ...scannedApplicant } = scanned.applicant;
    expect(rawFieldCount).toBe(7);
    expect(scannedApplicant).toEqual(typed.applicant);
  });
});

describe('applicantFromForm: what it refuses, with the field and a stable code', () => {
  it.each([
    ['an 11-digit number', { idNumber: '00118500432' }, 'idNumber', 'wrong_length'],
    ['letters in the number', { idNumber: '0011850O4321' }, 'idNumber', 'not_digits'],
    ['a blank number', { idNumber: '   ' }, 'idNumber', 'missing'],
    ['an 8-digit old ID number', { oldIdNumber: '01345678' }, 'oldIdNumber', 'wrong_length'],
    ['a blank name', { fullName: ' ' }, 'fullName', 'missing'],
    ['digits in the name', { fullName: 'Hoàng Thị 3' }, 'fullName', 'invalid_characters'],
    ['a right-to-left mark in the name', { fullName: 'Hoàng Thị\u200f Hương' }, 'fullName', 'bidi_control'],
    ['30 February', { birthDate: '1985-02-30' }, 'birthDate', 'invalid_date'],
    ['a date that is not one', { birthDate: 'hôm qua' }, 'birthDate', 'invalid_date'],
    ['a birth date after today', { birthDate: '2026-11-24' }, 'birthDate', 'in_future'],
    ['an unknown sex', { sex: 'x' }, 'sex', 'unrecognised'],
    ['a sex that only an object prototype knows', { sex: 'constructor' }, 'sex', 'unrecognised'],
    ['no sex chosen', { sex: '' }, 'sex', 'missing'],
    ['a tab in the address', { address: 'Số 8\tphố Lý Thường Kiệt' }, 'address', 'control_character'],
    ['an address over 300 characters', { address: 'Hà Nội, '.repeat(40) }, 'address', 'too_long'],
    ['an issue date before birth', { issuedOn: '1985-09-01' }, 'issuedOn', 'before_birth'],
  ])('%s', (_label, change, field, code) => {
    expect(applicantFromForm({ ...FORM, ...change }, TODAY)).toEqual({ ok: false, error: { field, code, message: expect.any(String) } });
  });

  it('reports the first wrong field in the order of the form', () => {
    const result = applicantFromForm({ ...FORM, fullName: '', birthDate: '1985-02-30', address: '' }, TODAY);
    expect(result.ok || result.error.field).toBe('fullName');
  });

  it('says what is wrong in Vietnamese, naming the field', () => {
    expect(applicantFromForm({ ...FORM, idNumber: '00118500432' }, TODAY)).toEqual({
      ok: false,
      error: {
        field: 'idNumber',
        code: 'wrong_length',
        message: 'Số định danh cá nhân: Số không đủ hoặc thừa chữ số (số định danh có 12 chữ số, số CMND cũ có 9 chữ số).',
      },
    });
  });
});

describe('Applicant schema (an applicant sent back to the ward service)', () => {
  it('accepts a checked applicant and refuses one that skipped the checks', () => {
    expect(Applicant.safeParse(APPLICANT).success).toBe(true);
    expect(Applicant.safeParse({ ...APPLICANT, idNumber: '00118500432' }).success).toBe(false);
    expect(Applicant.safeParse({ ...APPLICANT, fullName: 'Hoàng Thị 3' }).success).toBe(false);
    expect(Applicant.safeParse({ ...APPLICANT, fullName: 'Hoàng \u202eThị' }).success).toBe(false);
    expect(Applicant.safeParse({ ...APPLICANT, birthDate: '1985-02-30' }).success).toBe(false);
    expect(Applicant.safeParse({ ...APPLICANT, sex: 'Nữ' }).success).toBe(false);
  });
});

describe('ApplicantForm schema (the form as it crosses the HTTP boundary)', () => {
  it('accepts the form’s strings and refuses unknown fields and non-strings', () => {
    expect(ApplicantForm.safeParse(FORM).success).toBe(true);
    expect(ApplicantForm.safeParse({ ...FORM, ethnicity: 'Kinh' }).success).toBe(false);
    expect(ApplicantForm.safeParse({ ...FORM, idNumber: 1185004321 }).success).toBe(false);
  });
});
