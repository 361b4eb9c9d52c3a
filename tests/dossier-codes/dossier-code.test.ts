import { describe, expect, it } from 'vitest';
import { blockOfSlot, formatDossierCode, parseDossierCode } from '../../src/shared/dossier-code/dossier-code';

describe('dossier code text', () => {
  it('prints <unit>-<YYMMDD>-<NNNN> as Circular 01/2018 Art. 19 shows it', () => {
    expect(formatDossierCode({ unitCode: '000.A0.01.H26', day: '2021-02-12', number: 9090 })).toBe('000.A0.01.H26-210212-9090');
    expect(formatDossierCode({ unitCode: '000.A0.01.H26', day: '2026-11-03', number: 7 })).toBe('000.A0.01.H26-261103-0007');
  });

  it('reads a printed code back, and refuses what is not one', () => {
    expect(parseDossierCode('000.A0.01.H26-210212-9090')).toEqual({ unitCode: '000.A0.01.H26', day: '2021-02-12', number: 9090 });
    expect(parseDossierCode(' H26-260217-1001 ')).toEqual({ unitCode: 'H26', day: '2026-02-17', number: 1001 });
    for (const text of [
      '',
      'H26-260230-0001',
      'H26-261301-0001',
      'H26-260217-0000',
      'H26-260217-001',
      'h26-260217-0001',
      'H-26-260217-0001',
      'H26-260217-0001x',
      'H26-260217-00012',
    ])
      expect(parseDossierCode(text), text).toBeNull();
  });

  it('refuses to print a code that could not be read back', () => {
    expect(() => formatDossierCode({ unitCode: 'H26', day: '1999-12-31', number: 1 })).toThrow(
      new RangeError('not a day of 2000–2099: 1999-12-31'),
    );
    expect(formatDossierCode({ unitCode: 'H26', day: '2026-02-17', number: 9999 })).toBe('H26-260217-9999');
    expect(() => formatDossierCode({ unitCode: 'H26', day: '2026-02-17', number: 10_000 })).toThrow(
      new RangeError('not a 4-digit number: 10000'),
    );
    expect(() => formatDossierCode({ unitCode: 'H26', day: '2026-02-17', number: 0 })).toThrow(new RangeError('not a 4-digit number: 0'));
    expect(() => formatDossierCode({ unitCode: 'H-26', day: '2026-02-17', number: 1 })).toThrow(new RangeError('not a unit code: H-26'));
  });

  it('gives each of the ten slots its own thousand, none ending in 000', () => {
    expect(blockOfSlot(0)).toEqual({ first: 1, last: 999 });
    expect(blockOfSlot(1)).toEqual({ first: 1001, last: 1999 });
    expect(blockOfSlot(9)).toEqual({ first: 9001, last: 9999 });
    expect(() => blockOfSlot(10)).toThrow(new RangeError('no block for slot 10'));
    expect(() => blockOfSlot(-1)).toThrow(RangeError);
  });
});
