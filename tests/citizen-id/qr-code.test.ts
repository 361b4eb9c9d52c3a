import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Applicant } from '../../src/shared/citizen-id/applicant';
import { parseCitizenIdQr } from '../../src/shared/citizen-id/qr-code';

// Fictional people: real province codes and realistic addresses, made-up names and numbers.
const TODAY = { today: '2026-11-23' };
const ADDRESS_AN = 'Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội';
const AN = `001090012345|012345678|Nguyễn Văn An|15031990|Nam|${ADDRESS_AN}|20042021`;
const AN_APPLICANT = {
  idNumber: '001090012345',
  oldIdNumber: '012345678',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-03-15',
  sex: 'male',
  address: ADDRESS_AN,
  issuedOn: '2021-04-20',
  rawFieldCount: 7,
};
const HA = '036302004567||Trần Thị Thu Hà|08112002|Nữ|Xóm 3, Xã Hải Phong, Huyện Hải Hậu, Tỉnh Nam Định|10052022';
const HA_APPLICANT = {
  idNumber: '036302004567',
  fullName: 'Trần Thị Thu Hà',
  birthDate: '2002-11-08',
  sex: 'female',
  address: 'Xóm 3, Xã Hải Phong, Huyện Hải Hậu, Tỉnh Nam Định',
  issuedOn: '2022-05-10',
  rawFieldCount: 7,
};

type Case = [label: string, scanned: string, applicant: Record<string, unknown>, warnings?: string[]];

const accepted: Case[] = [
  ['the 7-field chip-card layout', AN, AN_APPLICANT],
  ['the 7-field layout with an empty old-ID field', HA, HA_APPLICANT],
  [
    'the 6-field variant without the old-ID field',
    '079185003210|Lê Thị Mai|02071985|Nữ|123 Nguyễn Trãi, Phường 2, Quận 5, Thành phố Hồ Chí Minh|01092021',
    {
      idNumber: '079185003210',
      fullName: 'Lê Thị Mai',
      birthDate: '1985-07-02',
      sex: 'female',
      address: '123 Nguyễn Trãi, Phường 2, Quận 5, Thành phố Hồ Chí Minh',
      issuedOn: '2021-09-01',
      rawFieldCount: 6,
    },
  ],
  ['a trailing separator', `${AN}|`, AN_APPLICANT],
  ['several trailing separators', `${AN}|||`, AN_APPLICANT],
  ['the scanner’s CR LF at the end', `${AN}\r\n`, AN_APPLICANT],
  ['a lone LF at the end and a CR at the start', `\r${AN}\n`, AN_APPLICANT],
  ['a byte-order mark in front', `\ufeff${AN}`, AN_APPLICANT],
  ['decomposed (NFD) Vietnamese, including the sex', HA.normalize('NFD'), HA_APPLICANT],
  [
    'stray spaces around fields, inside the name and inside the number',
    ` 001090 012345 | 012345678 |  Nguyễn  Văn   An | 15031990 | Nam |  ${ADDRESS_AN} | 20042021 `,
    AN_APPLICANT,
  ],
  [
    'a name in capitals and the sex as NAM',
    `001090012345|012345678|NGUYỄN VĂN AN|15031990|NAM|${ADDRESS_AN}|20042021`,
    { ...AN_APPLICANT, fullName: 'NGUYỄN VĂN AN' },
  ],
  ['the sex typed without its tone mark by a scanner (Nu)', HA.replace('Nữ', 'Nu'), HA_APPLICANT],
  [
    'fields in another order (2024 card layout is unpublished): found by shape',
    `001090012345|Nguyễn Văn An|Nam|15031990|${ADDRESS_AN}|20042021|012345678`,
    AN_APPLICANT,
  ],
  [
    'an extra trailing date (say an expiry date on a 2024 card) is ignored, with a warning',
    `${AN}|15032030`,
    { ...AN_APPLICANT, rawFieldCount: 8 },
    ['unrecognised_fields'],
  ],
  [
    'extra trailing text fields are ignored, with a warning',
    `${AN}|Kinh|Không`,
    { ...AN_APPLICANT, rawFieldCount: 9 },
    ['unrecognised_fields'],
  ],
  [
    'a second 12-digit number (a cancelled ID on a 2024 card): the first is kept, with a warning',
    `${AN}|001090099999`,
    { ...AN_APPLICANT, rawFieldCount: 8 },
    ['several_id_numbers'],
  ],
  [
    'a leap day',
    '001200078901|098765432|Phạm Minh Quân|29022000|Nam|Thôn Đoài, Xã Phù Đổng, Huyện Gia Lâm, Thành phố Hà Nội|05062021',
    {
      idNumber: '001200078901',
      oldIdNumber: '098765432',
      fullName: 'Phạm Minh Quân',
      birthDate: '2000-02-29',
      sex: 'male',
      address: 'Thôn Đoài, Xã Phù Đổng, Huyện Gia Lâm, Thành phố Hà Nội',
      issuedOn: '2021-06-05',
      rawFieldCount: 7,
    },
  ],
  [
    'a Central Highlands name with an apostrophe',
    "066199001234||H'Hen Niê|12061999|Nữ|Buôn Ko Siêr, Xã Ea Tu, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk|03032022",
    {
      idNumber: '066199001234',
      fullName: "H'Hen Niê",
      birthDate: '1999-06-12',
      sex: 'female',
      address: 'Buôn Ko Siêr, Xã Ea Tu, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk',
      issuedOn: '2022-03-03',
      rawFieldCount: 7,
    },
  ],
  [
    'no issue date: issuedOn is left out',
    `001090012345|012345678|Nguyễn Văn An|15031990|Nam|${ADDRESS_AN}`,
    { ...AN_APPLICANT, issuedOn: undefined, rawFieldCount: 6 },
  ],
  ['dates written with slashes', AN.replace('15031990', '15/03/1990').replace('20042021', '20/04/2021'), AN_APPLICANT],
  [
    'an address with neither digits nor commas: the name is the first name-shaped field, the address the longest other',
    '034075006789|151234567|Vũ Văn Bình|30011975|Nam|Thôn Thượng Xã Đông Hòa Thành phố Thái Bình Tỉnh Thái Bình|11112021',
    {
      idNumber: '034075006789',
      oldIdNumber: '151234567',
      fullName: 'Vũ Văn Bình',
      birthDate: '1975-01-30',
      sex: 'male',
      address: 'Thôn Thượng Xã Đông Hòa Thành phố Thái Bình Tỉnh Thái Bình',
      issuedOn: '2021-11-11',
      rawFieldCount: 7,
    },
  ],
  [
    'a sex digit that disagrees with the sex (warns, still fills)',
    AN.replace('|Nam|', '|Nữ|'),
    { ...AN_APPLICANT, sex: 'female' },
    ['sex_digit_mismatch'],
  ],
  [
    'a century digit that disagrees with the birth year (warns, still fills)',
    AN.replace('001090012345', '001290012345'),
    { ...AN_APPLICANT, idNumber: '001290012345' },
    ['century_digit_mismatch'],
  ],
  [
    'an unknown province code (warns, still fills)',
    AN.replace('001090012345', '003090012345'),
    { ...AN_APPLICANT, idNumber: '003090012345' },
    ['province_unknown'],
  ],
];

describe('parseCitizenIdQr: scans it reads', () => {
  it.each(accepted)('%s', (_label, scanned, applicant, warnings = []) => {
    const result = parseCitizenIdQr(scanned, TODAY);
    const expected = Object.fromEntries(Object.entries(applicant).filter(([, v]) => v !== undefined));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applicant).toEqual(expected);
    expect(result.warnings.map((w) => w.code)).toEqual(warnings);
    expect(Applicant.parse(result.applicant)).toEqual(expected);
  });
});

const refused: Array<[label: string, scanned: string, field: string, code: string]> = [
  ['an empty scan', '', 'raw', 'no_content'],
  ['only separators', '||||||', 'raw', 'no_content'],
  ['only spaces and separators', ' | | | | | | ', 'raw', 'no_content'],
  ['a web address, not a citizen-ID code', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'raw', 'not_citizen_id_code'],
  ['too few fields (scan cut short)', '001090012345|012345678|Nguyễn Văn An|15031990', 'raw', 'too_few_fields'],
  ['two codes scanned in one burst', `${AN}\r\n${HA}`, 'raw', 'several_codes'],
  ['a burst far longer than any card', `${AN}|${'x'.repeat(2000)}`, 'raw', 'too_long'],
  ['an 11-digit number', AN.replace('001090012345', '00109001234'), 'idNumber', 'wrong_length'],
  ['a 13-digit number', AN.replace('001090012345', '0010900123456'), 'idNumber', 'wrong_length'],
  ['letters in the number (O for 0)', AN.replace('001090012345', '00109OO12345'), 'idNumber', 'not_digits'],
  ['no number at all', AN.replace('001090012345', ''), 'idNumber', 'missing'],
  ['a bidi override hidden in the number', AN.replace('001090012345', '0010900\u202e12345'), 'idNumber', 'bidi_control'],
  ['an empty name', AN.replace('Nguyễn Văn An', ''), 'fullName', 'missing'],
  ['a bidi override in the name', AN.replace('Nguyễn Văn An', 'Nguyễn Văn \u202eAn'), 'fullName', 'bidi_control'],
  ['a zero-width-only name', AN.replace('Nguyễn Văn An', '\u200b\u200b'), 'fullName', 'invisible_only'],
  ['digits in the name', AN.replace('Nguyễn Văn An', 'Nguyễn Văn 2'), 'fullName', 'invalid_characters'],
  ['a name over 100 characters', AN.replace('Nguyễn Văn An', `Nguyễn ${'Văn '.repeat(24)}An`), 'fullName', 'too_long'],
  ['31 February', AN.replace('15031990', '31021990'), 'birthDate', 'invalid_date'],
  ['29 February 1900 (not a leap year)', AN.replace('15031990', '29021900'), 'birthDate', 'invalid_date'],
  ['month 13', AN.replace('15031990', '15131990'), 'birthDate', 'invalid_date'],
  ['a birth date in the future', AN.replace('15031990', '01012030').replace('20042021', ''), 'birthDate', 'in_future'],
  ['a birth year before 1900', AN.replace('15031990', '01011899'), 'birthDate', 'before_1900'],
  ['no date at all', AN.replace('15031990', '').replace('20042021', ''), 'birthDate', 'missing'],
  ['a sex that is neither Nam nor Nữ', AN.replace('|Nam|', '|Khác|'), 'sex', 'missing'],
  ['a NUL byte in the address', AN.replace('phố Hàng Bạc', 'phố\u0000Hàng Bạc'), 'address', 'control_character'],
  ['a broken surrogate in the address', AN.replace('phố Hàng Bạc', 'phố Hàng \ud800Bạc'), 'address', 'lone_surrogate'],
  ['no address', AN.replace(ADDRESS_AN, ''), 'address', 'missing'],
  ['an issue date that does not exist', AN.replace('20042021', '32012021'), 'issuedOn', 'invalid_date'],
  ['an issue date before the birth date', AN.replace('20042021', '01011989'), 'issuedOn', 'before_birth'],
];

describe('parseCitizenIdQr: scans it refuses, filling nothing', () => {
  it.each(refused)('%s', (_label, scanned, field, code) => {
    const result = parseCitizenIdQr(scanned, TODAY);
    expect(result).toEqual({ ok: false, error: { field, code, message: expect.any(String) } });
  });

  it('explains in Vietnamese which field is wrong', () => {
    expect(parseCitizenIdQr(AN.replace('15031990', '31021990'), TODAY)).toEqual({
      ok: false,
      error: {
        field: 'birthDate',
        code: 'invalid_date',
        message: 'Ngày sinh: Ngày không có thật trên lịch (ví dụ 31/02) hoặc sai định dạng ngày/tháng/năm.',
      },
    });
    expect(parseCitizenIdQr(AN.replace('Nguyễn Văn An', 'Nguyễn Văn \u202eAn'), TODAY)).toEqual({
      ok: false,
      error: {
        field: 'fullName',
        code: 'bidi_control',
        message: 'Họ và tên: Có ký tự ẩn làm đảo chiều hiển thị chữ (thường do dán từ nơi khác). Hãy xoá và gõ lại.',
      },
    });
    expect(parseCitizenIdQr('001090012345|012345678|Nguyễn Văn An', TODAY)).toEqual({
      ok: false,
      error: {
        field: 'raw',
        code: 'too_few_fields',
        message: 'Mã QR: Mã quét được thiếu thông tin (có thể quét chưa hết). Hãy quét lại hoặc nhập tay.',
      },
    });
  });

  it('never repeats the card’s data in an error message', () => {
    for (const [, scanned] of refused) {
      const result = parseCitizenIdQr(scanned, TODAY);
      if (result.ok) throw new Error('expected a refusal');
      for (const personal of ['001090012345', '012345678', 'Nguyễn', 'Hàng Bạc', '1990', '15031990'])
        expect(result.error.message).not.toContain(personal);
    }
  });
});

describe('parseCitizenIdQr on anything a scanner might type', () => {
  const field = fc.oneof(
    fc.constantFrom('001090012345', '012345678', 'Nguyễn Văn An', '15031990', '31021990', 'Nam', 'Nữ', ADDRESS_AN, '20042021', ''),
    fc.constantFrom('constructor', '__proto__', '\u202e', '\u0000', '\ud800', '\ufeff', '\r\n', ' '),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const scan = fc.array(field, { maxLength: 10 }).map((fields) => fields.join('|'));

  it('never throws; what it accepts satisfies the Applicant schema, what it refuses names a field and a code', () => {
    const fields = ['raw', 'idNumber', 'oldIdNumber', 'fullName', 'birthDate', 'sex', 'address', 'issuedOn'];
    fc.assert(
      fc.property(scan, (scanned) => {
        const result = parseCitizenIdQr(scanned, TODAY);
        if (result.ok) expect(Applicant.parse(result.applicant)).toEqual(result.applicant);
        else {
          expect(fields).toContain(result.error.field);
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(Object.keys(result)).toEqual(['ok', 'error']);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
