// The fourth digit of the personal identification number encodes the century of birth and the sex
// (Decree 137/2015/NĐ-CP Art. 13 for the structure; the code table is TT 07/2016/TT-BCA Art. 7).

export const centurySexDigitSource = {
  instrument: 'Thông tư 07/2016/TT-BCA, Điều 7 (mã thế kỷ sinh, mã giới tính)',
  issuedOn: '2016-02-01',
  effectiveFrom: '2016-03-22',
  confidence: 'S',
  urls: [
    'http://www.giadinhcuquang.net/2023/03/cach-de-nhat-e-nho-12-so-tren-can-cuoc.html',
    'http://cungcon.vn/y-nghia-ve-12-con-so-tren/',
  ],
  notes: [
    'The official table was cut off in the source read for one-stop-rules.md §5.1 [U]; two secondary pages give this same table [S].',
    'issuedOn and effectiveFrom are from memory, unconfirmed [U].',
  ],
} as const;

export interface CenturySexDigit {
  digit: string;
  fromYear: number;
  toYear: number;
  sex: 'male' | 'female';
}

export const centurySexDigits: readonly CenturySexDigit[] = [
  { digit: '0', fromYear: 1900, toYear: 1999, sex: 'male' },
  { digit: '1', fromYear: 1900, toYear: 1999, sex: 'female' },
  { digit: '2', fromYear: 2000, toYear: 2099, sex: 'male' },
  { digit: '3', fromYear: 2000, toYear: 2099, sex: 'female' },
  { digit: '4', fromYear: 2100, toYear: 2199, sex: 'male' },
  { digit: '5', fromYear: 2100, toYear: 2199, sex: 'female' },
  { digit: '6', fromYear: 2200, toYear: 2299, sex: 'male' },
  { digit: '7', fromYear: 2200, toYear: 2299, sex: 'female' },
  { digit: '8', fromYear: 2300, toYear: 2399, sex: 'male' },
  { digit: '9', fromYear: 2300, toYear: 2399, sex: 'female' },
];
