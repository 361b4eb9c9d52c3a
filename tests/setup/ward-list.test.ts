import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchWards, WardListFile, wardChoices } from '../../src/shared/setup/ward-list';

// The ward list the wizard offers (resources/wards/hanoi-wards.json): Hanoi's units after Nghị quyết
// 1656/NQ-UBTVQH15, each with its source, and no unit code that nobody sourced.

const file: unknown = JSON.parse(readFileSync(new URL('../../resources/wards/hanoi-wards.json', import.meta.url), 'utf8'));
const choices = wardChoices(file);

describe('the Hanoi ward list', () => {
  it('has the 126 units of the resolution, 51 phường and 75 xã, each named once in NFC', () => {
    const wards = WardListFile.parse(file).wards;
    expect(wards).toHaveLength(126);
    expect(wards.filter((w) => w.kind === 'phuong')).toHaveLength(51);
    expect(wards.filter((w) => w.kind === 'xa')).toHaveLength(75);
    expect(new Set(wards.map((w) => w.name)).size).toBe(126);
    for (const ward of wards) {
      expect(ward.name.normalize('NFC')).toBe(ward.name);
      expect(ward.name.startsWith(ward.kind === 'phuong' ? 'Phường ' : 'Xã ')).toBe(true);
    }
  });

  it('refuses a code without its source, or an empty code not marked unconfirmed', () => {
    const wards = WardListFile.parse(file).wards;
    const first = wards[0]!;
    const withCode = { ...(file as object), wards: [{ ...first, unitCode: '00004', codeConfidence: 'C' }] };
    expect(WardListFile.safeParse(withCode).success).toBe(false);
    const emptyButConfirmed = { ...(file as object), wards: [{ ...first, codeConfidence: 'S' }] };
    expect(WardListFile.safeParse(emptyButConfirmed).success).toBe(false);
  });

  it('finds a ward typed without accents, by the start of its words, in any order', () => {
    expect(matchWards(choices, 'ba dinh').map((w) => w.name)).toEqual(['Phường Ba Đình']);
    expect(matchWards(choices, 'dinh ba').map((w) => w.name)).toEqual(['Phường Ba Đình']);
    expect(matchWards(choices, 'Sóc Sơn').map((w) => w.name)).toEqual(['Xã Sóc Sơn']);
    expect(matchWards(choices, 'quoc tu giam').map((w) => w.name)).toEqual(['Phường Văn Miếu - Quốc Tử Giám']);
    expect(matchWards(choices, 'xa phuc').map((w) => w.name)).toEqual([
      'Xã Đa Phúc',
      'Xã Phúc Thịnh',
      'Xã Phúc Thọ',
      'Xã Phúc Lộc',
      'Xã Thượng Phúc',
      'Xã Phúc Sơn',
    ]);
    expect(matchWards(choices, 'zzz')).toEqual([]);
    expect(matchWards(choices, '  ')).toHaveLength(126);
  });
});
