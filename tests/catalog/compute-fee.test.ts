import { describe, expect, it } from 'vitest';
import { computeFee, feeFactsNeeded, FeeFacts } from '../../src/shared/catalog/compute-fee';
import { seedCatalogue } from '../support/seed-catalogue';
import type { FeeRule } from '../../src/shared/catalog/fee-rule';

// Amounts worked by hand from TT 226/2016/TT-BTC as one-stop-rules §4.1 quotes it: copies certified from
// the original cost 2,000 đ a page, 1,000 đ a page from the third page, at most 200,000 đ per copy,
// counting the pages of the original; a signature costs 10,000 đ per case.

const copyCertification: FeeRule = {
  kind: 'per_page',
  ratePerPage: 2_000,
  reducedFromPage: 3,
  reducedRatePerPage: 1_000,
  maxPerCopy: 200_000,
};

describe('certifying copies from the original', () => {
  it.each([
    { pages: 1, copies: 1, amount: 2_000 },
    { pages: 2, copies: 1, amount: 4_000 },
    { pages: 3, copies: 1, amount: 5_000 },
    { pages: 10, copies: 1, amount: 12_000 },
    { pages: 198, copies: 1, amount: 200_000 },
    { pages: 199, copies: 1, amount: 200_000 },
    { pages: 250, copies: 1, amount: 200_000 },
    { pages: 1, copies: 2, amount: 4_000 },
    { pages: 3, copies: 2, amount: 10_000 },
    { pages: 5, copies: 3, amount: 21_000 },
    { pages: 250, copies: 3, amount: 600_000 },
  ])('$pages page(s), $copies copy(ies): $amount đ', ({ pages, copies, amount }) => {
    expect(computeFee(copyCertification, { pages, copies })).toEqual({ ok: true, amount });
  });

  it('is the rule the seed catalogue carries for procedure 2.000815', () => {
    const procedure = seedCatalogue.find((p) => p.nationalCode.code === '2.000815')!;
    expect(procedure.fee.rule).toEqual(copyCertification);
    expect(procedure.fee.confidence).toBe('C');
  });

  it('charges every page at the full rate when the rule has no reduction or cap', () => {
    expect(computeFee({ kind: 'per_page', ratePerPage: 2_000 }, { pages: 150, copies: 1 })).toEqual({ ok: true, amount: 300_000 });
  });

  it('asks for the page count and the number of copies before quoting', () => {
    expect(feeFactsNeeded(copyCertification)).toEqual(['pages', 'copies']);
    expect(computeFee(copyCertification, { copies: 2 })).toEqual({ ok: false, missing: ['pages'] });
    expect(computeFee(copyCertification, {})).toEqual({ ok: false, missing: ['pages', 'copies'] });
  });
});

describe('other fee rules', () => {
  it('charges a signature certification 10,000 đ per case', () => {
    const signature = seedCatalogue.find((p) => p.nationalCode.code === '2.000884')!.fee.rule!;
    expect(computeFee(signature, { cases: 1 })).toEqual({ ok: true, amount: 10_000 });
    expect(computeFee(signature, { cases: 3 })).toEqual({ ok: true, amount: 30_000 });
    expect(computeFee(signature, {})).toEqual({ ok: false, missing: ['cases'] });
  });

  it('charges an extract per copy, and asks how many copies before it quotes one', () => {
    expect(computeFee({ kind: 'per_copy', amount: 8_000 }, { copies: 2 })).toEqual({ ok: true, amount: 16_000 });
    expect(computeFee({ kind: 'per_copy', amount: 8_000 }, { pages: 4 })).toEqual({ ok: false, missing: ['copies'] });
  });

  it('charges a fixed fee once, whatever was counted', () => {
    expect(computeFee({ kind: 'fixed', amount: 400_000 }, { copies: 3, pages: 9 })).toEqual({ ok: true, amount: 400_000 });
    expect(feeFactsNeeded({ kind: 'fixed', amount: 400_000 })).toEqual([]);
  });

  it('charges nothing for a free procedure', () => {
    expect(computeFee({ kind: 'free' }, {})).toEqual({ ok: true, amount: 0 });
  });
});

describe('the facts a clerk counts for the fee', () => {
  it('are whole numbers from 1 up to 100,000 pages and 10,000 copies or cases, and nothing else', () => {
    const accepts = (facts: object) => FeeFacts.safeParse(facts).success;
    expect(accepts({ pages: 100_000, copies: 10_000, cases: 10_000 })).toBe(true);
    expect(accepts({ pages: 1, copies: 1, cases: 1 })).toBe(true);
    expect(accepts({})).toBe(true);
    for (const refused of [{ pages: 100_001 }, { copies: 10_001 }, { cases: 10_001 }, { pages: 0 }, { copies: 1.5 }, { sheets: 2 }])
      expect(accepts(refused), JSON.stringify(refused)).toBe(false);
  });
});
