import { computeFee, type FeeFacts } from '../catalog/compute-fee';
import type { DeadlineRule } from '../catalog/deadline-rule';
import type { Channel, Procedure } from '../catalog/procedure';

// Which deadline and fee a new dossier gets. The catalogue decides when it knows; where it does not
// (a fact nobody has sourced yet), the clerk supplies it and the dossier records that the clerk did, so
// a receipt never shows a made-up legal fact as the catalogue's.

export type IntakeRefusal =
  | 'dossier_deadline_required'
  | 'dossier_deadline_from_catalogue'
  | 'dossier_fee_facts_missing'
  | 'dossier_fee_amount_required'
  | 'dossier_fee_amount_not_allowed';

type Decided<T> = { ok: true; value: T } | { ok: false; code: IntakeRefusal };

export interface DeadlineUsed {
  rule: DeadlineRule;
  source: 'catalogue' | 'clerk';
}

/** The procedure's deadline for the channel (else its general one), or the clerk's when it has none. */
export function deadlineFor(procedure: Procedure, channel: Channel, clerkRule: DeadlineRule | undefined): Decided<DeadlineUsed> {
  const listed = procedure.deadline.byChannel[channel] ?? procedure.deadline.rule;
  if (listed)
    return clerkRule ? { ok: false, code: 'dossier_deadline_from_catalogue' } : { ok: true, value: { rule: listed, source: 'catalogue' } };
  return clerkRule ? { ok: true, value: { rule: clerkRule, source: 'clerk' } } : { ok: false, code: 'dossier_deadline_required' };
}

export interface FeeInput {
  facts?: FeeFacts | undefined;
  exemptionReason?: string | undefined;
  amount?: number | undefined;
}

export interface FeeCharged {
  amount: number;
  listedAmount: number | null;
  source: 'catalogue' | 'clerk';
  exemptionReason: string | null;
}

/** The fee in integer đồng: the catalogue's rule applied to what the clerk counted, 0 when exempted. */
export function feeFor(procedure: Procedure, input: FeeInput): Decided<FeeCharged> {
  const exemptionReason = input.exemptionReason ?? null;
  const rule = procedure.fee.rule;
  if (!rule) {
    if (input.amount === undefined) return { ok: false, code: 'dossier_fee_amount_required' };
    return { ok: true, value: { amount: exemptionReason ? 0 : input.amount, listedAmount: null, source: 'clerk', exemptionReason } };
  }
  if (input.amount !== undefined) return { ok: false, code: 'dossier_fee_amount_not_allowed' };
  const quote = computeFee(rule, input.facts ?? {});
  if (!quote.ok) {
    // An exempted citizen pays nothing whatever the count, so the count is not needed.
    if (exemptionReason) return { ok: true, value: { amount: 0, listedAmount: null, source: 'catalogue', exemptionReason } };
    return { ok: false, code: 'dossier_fee_facts_missing' };
  }
  return {
    ok: true,
    value: { amount: exemptionReason ? 0 : quote.amount, listedAmount: quote.amount, source: 'catalogue', exemptionReason },
  };
}
