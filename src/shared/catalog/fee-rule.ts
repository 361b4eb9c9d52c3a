import { z } from 'zod';

// How the fee (lệ phí) of a procedure is worked out. Amounts are integer đồng and come from the
// catalogue data, never from code, because each province's People's Council sets many of them.

const Dong = z.number().int().min(1).max(1_000_000_000);

export const FeeRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }).strict(),
  /** Once per dossier. */
  z.object({ kind: z.literal('fixed'), amount: Dong }).strict(),
  /** For each copy issued (e.g. a civil-status extract: 8,000 đ per copy). */
  z.object({ kind: z.literal('per_copy'), amount: Dong }).strict(),
  /** For each case (e.g. signature certification: one or more signatures in one document is one case). */
  z.object({ kind: z.literal('per_case'), amount: Dong }).strict(),
  /**
   * By the pages of the original, for each certified copy: `ratePerPage` up to the page before
   * `reducedFromPage`, `reducedRatePerPage` from it on, at most `maxPerCopy` per copy (TT 226/2016).
   */
  z
    .object({
      kind: z.literal('per_page'),
      ratePerPage: Dong,
      reducedFromPage: z.number().int().min(2).max(100_000).optional(),
      reducedRatePerPage: z.number().int().min(0).max(1_000_000_000).optional(),
      maxPerCopy: Dong.optional(),
    })
    .strict()
    .superRefine((rule, ctx) => {
      if ((rule.reducedFromPage === undefined) !== (rule.reducedRatePerPage === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [rule.reducedFromPage === undefined ? 'reducedFromPage' : 'reducedRatePerPage'],
          message: 'reducedFromPage and reducedRatePerPage go together',
          params: { catalogue: 'reduced_rate_pair' },
        });
      }
      if (rule.maxPerCopy !== undefined && rule.maxPerCopy < rule.ratePerPage) {
        ctx.addIssue({
          code: 'custom',
          path: ['maxPerCopy'],
          message: 'maxPerCopy is below the price of one page',
          params: { catalogue: 'cap_below_one_page' },
        });
      }
    }),
]);
export type FeeRule = z.infer<typeof FeeRule>;
