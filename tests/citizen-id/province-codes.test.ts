import { describe, expect, it } from 'vitest';
import { centurySexDigits } from '../../src/shared/citizen-id/data/century-sex-digits';
import { provinceCodeSource, provinceNameByCode } from '../../src/shared/citizen-id/data/province-codes';

describe('province code table (TT 07/2016/TT-BCA, Phụ lục 1)', () => {
  it('has the 63 provinces of the time, each code three digits, each name once', () => {
    const codes = Object.keys(provinceNameByCode);
    expect(codes).toHaveLength(63);
    expect(codes.every((code) => /^0\d\d$/.test(code))).toBe(true);
    expect(new Set(Object.values(provinceNameByCode)).size).toBe(63);
  });

  it('matches the codes people know by heart', () => {
    expect(provinceNameByCode['001']).toBe('Hà Nội');
    expect(provinceNameByCode['031']).toBe('Hải Phòng');
    expect(provinceNameByCode['048']).toBe('Đà Nẵng');
    expect(provinceNameByCode['079']).toBe('Hồ Chí Minh');
    expect(provinceNameByCode['092']).toBe('Cần Thơ');
    expect(provinceNameByCode['096']).toBe('Cà Mau');
  });

  it('stores names in NFC and says where the table comes from', () => {
    for (const name of Object.values(provinceNameByCode)) expect(name).toBe(name.normalize('NFC'));
    expect(provinceCodeSource.urls.length).toBeGreaterThan(0);
  });
});

describe('century/sex digit table', () => {
  it('covers each digit once, men on even digits, women on odd, a century per pair', () => {
    expect(centurySexDigits.map((row) => row.digit)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(centurySexDigits.map((row) => `${row.fromYear}-${row.toYear} ${row.sex}`)).toEqual([
      '1900-1999 male',
      '1900-1999 female',
      '2000-2099 male',
      '2000-2099 female',
      '2100-2199 male',
      '2100-2199 female',
      '2200-2299 male',
      '2200-2299 female',
      '2300-2399 male',
      '2300-2399 female',
    ]);
  });
});
