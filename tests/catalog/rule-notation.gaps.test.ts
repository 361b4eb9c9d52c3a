import { describe, expect, it } from 'vitest';
import { decodeRule, encodeRule } from '../../src/shared/catalog/rule-notation';

// A deadline or fee rule typed in one spreadsheet cell: what the admin may type, and the words the
// import page shows when it cannot be read.

const SYNTAX = 'Sai cú pháp: viết loại trước, sau đó các phần dạng tên=giá trị cách nhau bởi dấu cách (ví dụ: working_days days=5).';

describe('a rule cell', () => {
  it('reads the kind and its parts whatever the spaces, digits as numbers and everything else as text', () => {
    expect(decodeRule('  working_days \t days=3   daysIfVerification=23 ')).toEqual({
      ok: true,
      value: { kind: 'working_days', days: 3, daysIfVerification: 23 },
    });
    expect(decodeRule('fixed amount=2.000')).toEqual({ ok: true, value: { kind: 'fixed', amount: '2.000' } });
  });

  it('refuses a cell that starts with a part instead of a kind, or has a part without a name', () => {
    for (const cell of ['days=5', 'working_days 5', 'working_days days5', 'working_days 1days=5', 'working_days days=', 'working_days =5'])
      expect(decodeRule(cell), cell).toEqual({ ok: false, reason: SYNTAX, detail: expect.any(String) });
  });

  it('names a part written twice', () => {
    expect(decodeRule('working_days days=3 days=4')).toEqual({
      ok: false,
      reason: 'Phần "days" bị ghi hai lần.',
      detail: 'rule part days repeated',
    });
  });

  it('writes a rule back the way it is read, leaving out parts that are not set', () => {
    const rule = { kind: 'per_page', ratePerPage: 2000, maxPerCopy: undefined, reducedFromPage: 3 };
    expect(encodeRule(rule)).toBe('per_page ratePerPage=2000 reducedFromPage=3');
    expect(decodeRule(encodeRule(rule))).toEqual({ ok: true, value: { kind: 'per_page', ratePerPage: 2000, reducedFromPage: 3 } });
  });
});
