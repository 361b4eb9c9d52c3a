import { describe, expect, it } from 'vitest';
import { foldedWords, foldForSearch, nfc } from '../../src/shared/text/fold';

describe('foldForSearch', () => {
  it('lower-cases', () => {
    expect(foldForSearch('HỘ TỊCH')).toBe('ho tich');
  });

  it('strips every Vietnamese tone and vowel mark', () => {
    expect(foldForSearch('Nguyễn Thị Ánh Tuyết')).toBe('nguyen thi anh tuyet');
    expect(foldForSearch('àáảãạ ăằắẳẵặ âầấẩẫậ')).toBe('aaaaa aaaaaa aaaaaa');
    expect(foldForSearch('ơờớởỡợ ưừứửữự ôồốổỗộ êềếểễệ')).toBe('oooooo uuuuuu oooooo eeeeee');
    expect(foldForSearch('ìíỉĩị ỳýỷỹỵ')).toBe('iiiii yyyyy');
  });

  it('maps đ and Đ to d, which Unicode does not decompose', () => {
    expect(foldForSearch('Đặng Văn Đức')).toBe('dang van duc');
    expect(foldForSearch('đất đai')).toBe('dat dai');
  });

  it('folds precomposed (NFC) and decomposed (NFD) input alike', () => {
    const composed = 'Hòa Bình'.normalize('NFC');
    const decomposed = 'Hòa Bình'.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(foldForSearch(decomposed)).toBe('hoa binh');
    expect(foldForSearch(composed)).toBe('hoa binh');
  });

  it('leaves digits and punctuation alone', () => {
    expect(foldForSearch('Tổ 12, P. Hàng Bạc')).toBe('to 12, p. hang bac');
  });
});

describe('nfc', () => {
  it('composes decomposed Vietnamese text', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(nfc(decomposed)).toBe('Nguyễn'.normalize('NFC'));
    expect(nfc(decomposed).length).toBe(6);
  });
});

describe('foldedWords', () => {
  it('folds and splits at every run of characters that are neither letters nor digits', () => {
    expect(foldedWords('  Nguyễn\tThị   Đào \n')).toEqual(['nguyen', 'thi', 'dao']);
    expect(foldedWords('"Hoàng"* (Đức) NEAR-n: 12')).toEqual(['hoang', 'duc', 'near', 'n', '12']);
    expect(foldedWords(' *"()-: ')).toEqual([]);
  });
});
