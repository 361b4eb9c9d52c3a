import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedCatalogue } from '../support/seed-catalogue';
import { FeeRule } from '../../src/shared/catalog/fee-rule';
import { Procedure } from '../../src/shared/catalog/procedure';

const birth = seedCatalogue[0]!;

function rejects(change: (p: Record<string, unknown>) => unknown): string[] {
  const draft = structuredClone(birth) as unknown as Record<string, unknown>;
  change(draft);
  const result = Procedure.safeParse(draft);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('the seed catalogue', () => {
  it('is accepted by the schema unchanged', () => {
    expect(z.array(Procedure).parse(seedCatalogue)).toStrictEqual(seedCatalogue);
  });

  it('holds the rows of the sample table, split where a row lists several codes, and the procedures added from the primary texts', () => {
    expect(seedCatalogue).toHaveLength(71);
    const ids = seedCatalogue.map((p) => p.id);
    const codes = seedCatalogue.map((p) => p.nationalCode.code).filter((code) => code !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(55);
  });

  it('keeps each fact with the confidence its source earns', () => {
    const byCode = (code: string) => seedCatalogue.find((p) => p.nationalCode.code === code)!;
    expect(byCode('1.004873').nationalCode.confidence).toBe('C');
    expect(byCode('1.001193').nationalCode.confidence).toBe('S');
    expect(byCode('1.001612').nationalCode.confidence).toBe('U');
    expect(byCode('1.004873').deadline).toMatchObject({ rule: { kind: 'working_days', days: 3, daysIfVerification: 23 }, confidence: 'C' });
    expect(byCode('1.000689').deadline).toMatchObject({ rule: { kind: 'working_days', days: 3, daysIfVerification: 8 }, confidence: 'S' });
    expect(byCode('2.001263').fee).toMatchObject({ rule: { kind: 'fixed', amount: 400_000 }, confidence: 'S' });
    expect(byCode('1.004222').competentUnit).toBe('Công an cấp xã');
  });
});

describe('the procedure schema refuses', () => {
  it('a value-less fact that claims to be confirmed', () => {
    for (const [fact, value] of [
      ['legalBasis', 'items'],
      ['nationalCode', 'code'],
      ['fee', 'rule'],
      ['requiredDocuments', 'items'],
      ['resultDocument', 'name'],
      ['deadline', 'rule'],
    ] as const) {
      const claimed = (p: Record<string, unknown>) => Object.assign(p[fact] as object, { [value]: null, confidence: 'C' });
      expect(rejects(claimed), fact).toEqual([`${fact}.confidence`]);
    }
  });

  it('a national code in another shape', () => {
    expect(rejects((p) => ((p.nationalCode as { code: string }).code = '1.1193'))).toEqual(['nationalCode.code']);
    expect(rejects((p) => ((p.nationalCode as { code: string }).code = '1.001193.000.00.00.H26'))).toEqual(['nationalCode.code']);
    expect(rejects((p) => ((p.nationalCode as { code: string }).code = 'TTHC 1.001193'))).toEqual(['nationalCode.code']);
  });

  it('a deadline for a channel the procedure does not offer, and a channel listed twice', () => {
    expect(rejects((p) => ((p.deadline as { byChannel: object }).byChannel = { postal: { kind: 'working_days', days: 2 } }))).toEqual([
      'deadline.byChannel.postal',
    ]);
    expect(rejects((p) => (p.channels = ['in_person', 'in_person']))).toEqual(['channels.1']);
  });

  it('an impossible date, a cut-off that is not a time, a zero count, a multi-line name, an unknown property', () => {
    expect(rejects((p) => (p.effectiveFrom = '2025-02-30'))).toEqual(['effectiveFrom']);
    for (const cutoff of ['25:00', '108:30', '08:300'])
      expect(rejects((p) => ((p.deadline as { rule: object }).rule = { kind: 'same_day_cutoff', cutoff }))).toEqual([
        'deadline.rule.cutoff',
      ]);
    expect(rejects((p) => ((p.requiredDocuments as { items: { count: number }[] }).items[0]!.count = 0))).toEqual([
      'requiredDocuments.items.0.count',
    ]);
    expect(rejects((p) => (p.name = 'Đăng ký\nkhai sinh'))).toEqual(['name']);
    expect(rejects((p) => (p.maTTHC = '1.001193'))).toEqual(['']);
  });

  it('an empty document list (unknown is null, not empty)', () => {
    expect(rejects((p) => ((p.requiredDocuments as { items: unknown[] }).items = []))).toEqual(['requiredDocuments.items']);
  });
});

describe('the fee rule schema refuses', () => {
  it.each([
    ['a fractional amount', { kind: 'fixed', amount: 2_000.5 }],
    ['a zero amount (use free)', { kind: 'per_case', amount: 0 }],
    ['a negative amount', { kind: 'per_copy', amount: -8_000 }],
    ['a reduced rate without the page it starts from', { kind: 'per_page', ratePerPage: 2_000, reducedRatePerPage: 1_000 }],
    ['a reduction starting on page 1', { kind: 'per_page', ratePerPage: 2_000, reducedFromPage: 1, reducedRatePerPage: 1_000 }],
    ['a cap below one page', { kind: 'per_page', ratePerPage: 2_000, maxPerCopy: 1_000 }],
    ['an unknown kind', { kind: 'per_hour', amount: 1_000 }],
    ['an amount on a free rule', { kind: 'free', amount: 0 }],
  ])('%s', (_, rule) => {
    expect(FeeRule.safeParse(rule).success).toBe(false);
  });
});
