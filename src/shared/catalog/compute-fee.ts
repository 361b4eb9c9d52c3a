import { z } from 'zod';
import type { FeeRule } from './fee-rule';

// The fee a clerk collects for one dossier, from the procedure's rule and what the clerk counted at
// the counter. Exemptions are not computed: they are verbatim legal text the clerk reads and applies.

export const FeeFacts = z
  .object({
    /** Pages of the original (the copy's page count does not matter). */
    pages: z.number().int().min(1).max(100_000).optional(),
    copies: z.number().int().min(1).max(10_000).optional(),
    cases: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();
export type FeeFacts = z.infer<typeof FeeFacts>;
export type FeeFactName = keyof FeeFacts;

export type FeeQuote = { ok: true; amount: number } | { ok: false; missing: FeeFactName[] };

/** What the counter form must ask for before it can quote the fee. */
export function feeFactsNeeded(rule: FeeRule): FeeFactName[] {
  switch (rule.kind) {
    case 'free':
    case 'fixed':
      return [];
    case 'per_copy':
      return ['copies'];
    case 'per_case':
      return ['cases'];
    case 'per_page':
      return ['pages', 'copies'];
  }
}

/** The amount in integer đồng, or the facts still missing. */
export function computeFee(rule: FeeRule, facts: FeeFacts): FeeQuote {
  const missing = feeFactsNeeded(rule).filter((name) => facts[name] === undefined);
  if (missing.length > 0) return { ok: false, missing };
  const { pages = 0, copies = 0, cases = 0 } = facts;
  switch (rule.kind) {
    case 'free':
      return { ok: true, amount: 0 };
    case 'fixed':
      return { ok: true, amount: rule.amount };
    case 'per_copy':
      return { ok: true, amount: rule.amount * copies };
    case 'per_case':
      return { ok: true, amount: rule.amount * cases };
    case 'per_page':
      return { ok: true, amount: perCopyByPages(rule, pages) * copies };
  }
}

function perCopyByPages(rule: Extract<FeeRule, { kind: 'per_page' }>, pages: number): number {
  const { ratePerPage, reducedFromPage, reducedRatePerPage, maxPerCopy } = rule;
  const fullPricePages = reducedFromPage === undefined ? pages : Math.min(pages, reducedFromPage - 1);
  const reducedPages = pages - fullPricePages;
  const price = fullPricePages * ratePerPage + reducedPages * (reducedRatePerPage ?? ratePerPage);
  return maxPerCopy === undefined ? price : Math.min(price, maxPerCopy);
}
