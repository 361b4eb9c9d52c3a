import fc from 'fast-check';
import type { DeadlineRule } from '../../src/shared/catalog/deadline-rule';
import type { FeeRule } from '../../src/shared/catalog/fee-rule';
import { CHANNELS, type Procedure } from '../../src/shared/catalog/procedure';
import { inspectText } from '../../src/shared/text/safe-text';

// Valid procedures in canonical form (NFC, trimmed), built from pieces that stress the exchange
// formats: CSV quotes and delimiters, the "|" and "\" of document lines, formula-like first characters,
// decomposed Vietnamese letters, padding spaces.

const PIECES = [
  'a',
  'Z',
  '7',
  'Đ',
  'đ',
  'ơ',
  'ệ',
  'e\u0301',
  'o\u0323\u0302',
  ' ',
  '  ',
  ',',
  ';',
  '"',
  "'",
  '|',
  '\\',
  '=',
  '+',
  '-',
  '@',
  ':',
  '/',
];

export function text(max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: Math.min(max, 24) })
    .map((raw) => inspectText(raw, { max }))
    .filter((result) => result.ok)
    .map((result) => (result.ok ? result.text : ''));
}

const confidence = fc.constantFrom('C' as const, 'S' as const, 'U' as const);

/** A fact whose value may be unknown; an unknown one is always tagged U, as the schema demands. */
function fact<T, K extends string>(key: K, value: fc.Arbitrary<T>) {
  return fc.record({ value: fc.option(value, { nil: null }), confidence, source: text(1000) }).map(
    ({ value: v, confidence: c, source }) =>
      ({ [key]: v, confidence: v === null ? ('U' as const) : c, source }) as { [P in K]: T | null } & {
        confidence: 'C' | 'S' | 'U';
        source: string;
      },
  );
}

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export const deadlineRule: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('working_days' as const),
      days: fc.integer({ min: 1, max: 3650 }),
      daysIfVerification: fc.integer({ min: 1, max: 3650 }),
    },
    { requiredKeys: ['kind', 'days'] },
  ),
  fc.record({ kind: fc.constant('calendar_days' as const), days: fc.integer({ min: 1, max: 3650 }) }),
  fc.record({ kind: fc.constant('same_day_cutoff' as const), cutoff: clock }),
  fc.record({ kind: fc.constant('working_hours' as const), hours: fc.integer({ min: 1, max: 2000 }) }),
);

const dong = fc.integer({ min: 1, max: 1_000_000_000 });

export const feeRule: fc.Arbitrary<FeeRule> = fc.oneof(
  fc.constant({ kind: 'free' as const }),
  fc.record({ kind: fc.constant('fixed' as const), amount: dong }),
  fc.record({ kind: fc.constant('per_copy' as const), amount: dong }),
  fc.record({ kind: fc.constant('per_case' as const), amount: dong }),
  fc
    .record({
      ratePerPage: fc.integer({ min: 1, max: 100_000 }),
      reduced: fc.option(
        fc.record({ reducedFromPage: fc.integer({ min: 2, max: 100_000 }), reducedRatePerPage: fc.integer({ min: 0, max: 100_000 }) }),
        {
          nil: undefined,
        },
      ),
      capAbove: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    })
    .map(({ ratePerPage, reduced, capAbove }) => ({
      kind: 'per_page' as const,
      ratePerPage,
      ...reduced,
      ...(capAbove === undefined ? {} : { maxPerCopy: ratePerPage + capAbove }),
    })),
);

const requiredDocument = fc.record({
  name: text(500),
  kind: fc.constantFrom('original' as const, 'copy' as const, 'either' as const),
  count: fc.integer({ min: 1, max: 100 }),
  optional: fc.boolean(),
  formTemplate: fc.option(text(300), { nil: null }),
});

const nationalCode = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([a, b]) => `${a}.${String(b).padStart(6, '0')}`);

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const channelsAndDeadlines = fc.shuffledSubarray([...CHANNELS], { minLength: 1 }).chain((channels) =>
  fc.record({
    channels: fc.constant(channels),
    byChannel: fc.record(Object.fromEntries(channels.map((channel) => [channel, deadlineRule])), { requiredKeys: [] }),
  }),
);

export const procedure: fc.Arbitrary<Procedure> = fc
  .record({
    id: fc.uuid(),
    nationalCode: fact('code', nationalCode),
    field: text(200),
    name: text(500),
    receivingUnit: text(300),
    competentUnit: text(300),
    channelsAndDeadlines,
    deadline: fact('rule', deadlineRule),
    fee: fact('rule', feeRule),
    exemptions: fc.array(text(2000), { maxLength: 3 }),
    requiredDocuments: fact('items', fc.array(requiredDocument, { minLength: 1, maxLength: 3 })),
    resultDocument: fact('name', text(500)),
    legalBasis: fact('items', fc.array(text(500), { minLength: 1, maxLength: 3 })),
    publicationDecision: fc.option(text(300), { nil: null }),
    effectiveFrom: day,
  })
  .map(({ channelsAndDeadlines: { channels, byChannel }, deadline, fee, exemptions, ...rest }) => ({
    ...rest,
    channels,
    deadline: { ...deadline, byChannel },
    fee: { ...fee, exemptions },
  }))
  // fast-check may build objects without a prototype; a parsed file never holds those.
  .map((value) => structuredClone(value));

/** A catalogue an import accepts: ids and national codes unique. */
export const catalogue = fc.uniqueArray(procedure, { minLength: 1, maxLength: 4, selector: (p) => p.id }).filter((procedures) => {
  const codes = procedures.map((p) => p.nationalCode.code).filter((code) => code !== null);
  return new Set(codes).size === codes.length;
});
