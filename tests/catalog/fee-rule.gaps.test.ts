import { describe, expect, it } from 'vitest';
import { FeeRule } from '../../src/shared/catalog/fee-rule';
import { reasonForSchemaIssue } from '../../src/shared/catalog/import-issue';

// A fee rule the catalogue admin got wrong is refused with the field to fix and the reason, in the
// words the import and the edit form show (docs/testing.md, gaps).

function problems(rule: unknown): { field: string; reason: string }[] {
  const result = FeeRule.safeParse(rule);
  return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.join('.'), reason: reasonForSchemaIssue(issue) }));
}

const PAIR = 'Phải ghi cùng lúc trang bắt đầu giảm giá (reducedFromPage) và mức giá giảm (reducedRatePerPage).';
const CAP = 'Mức tối đa mỗi bản thấp hơn giá của một trang.';

describe('a per-page fee (certified copies)', () => {
  it('with a reduced rate but no page it starts from names the missing page', () => {
    expect(problems({ kind: 'per_page', ratePerPage: 2_000, reducedRatePerPage: 1_000 })).toEqual([
      { field: 'reducedFromPage', reason: PAIR },
    ]);
  });

  it('with the page a reduction starts from but no reduced rate names the missing rate', () => {
    expect(problems({ kind: 'per_page', ratePerPage: 2_000, reducedFromPage: 3 })).toEqual([{ field: 'reducedRatePerPage', reason: PAIR }]);
  });

  it('with a cap below the price of one page names the cap; a cap of exactly one page is accepted', () => {
    expect(problems({ kind: 'per_page', ratePerPage: 2_000, maxPerCopy: 1_999 })).toEqual([{ field: 'maxPerCopy', reason: CAP }]);
    expect(problems({ kind: 'per_page', ratePerPage: 2_000, maxPerCopy: 2_000 })).toEqual([]);
  });

  it('as the law writes it (2,000 đ a page, 1,000 đ from page 3, at most 200,000 đ a copy) is accepted', () => {
    expect(problems({ kind: 'per_page', ratePerPage: 2_000, reducedFromPage: 3, reducedRatePerPage: 1_000, maxPerCopy: 200_000 })).toEqual(
      [],
    );
  });

  it('with both mistakes reports both', () => {
    expect(problems({ kind: 'per_page', ratePerPage: 2_000, reducedFromPage: 3, maxPerCopy: 1_000 })).toEqual([
      { field: 'reducedRatePerPage', reason: PAIR },
      { field: 'maxPerCopy', reason: CAP },
    ]);
  });
});
