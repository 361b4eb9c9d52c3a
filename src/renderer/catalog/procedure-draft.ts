import type { z } from 'zod';
import type { Confidence } from '../../shared/catalog/attestation';
import type { DeadlineRule } from '../../shared/catalog/deadline-rule';
import type { FeeRule } from '../../shared/catalog/fee-rule';
import { reasonForSchemaIssue } from '../../shared/catalog/import-issue';
import { CHANNELS, Procedure, type Channel, type RequiredDocument } from '../../shared/catalog/procedure';
import { catalogueImportReasons } from '../../shared/i18n/vi/catalog';

// The edit form's values: a procedure as the admin types it, every number still text. Its shape follows
// the procedure's own, so that a schema issue's path names the input it belongs to.

export type DeadlineKind = DeadlineRule['kind'];
export type FeeKind = FeeRule['kind'];

/** The inputs each kind of rule shows, in order; a kind's other inputs keep their text but are not sent. */
export const DEADLINE_FIELDS = {
  same_day_cutoff: ['cutoff'],
  working_days: ['days', 'daysIfVerification'],
  calendar_days: ['days'],
  working_hours: ['hours'],
} as const satisfies Record<DeadlineKind, readonly string[]>;

export const FEE_FIELDS = {
  free: [],
  fixed: ['amount'],
  per_copy: ['amount'],
  per_case: ['amount'],
  per_page: ['ratePerPage', 'reducedFromPage', 'reducedRatePerPage', 'maxPerCopy'],
} as const satisfies Record<FeeKind, readonly string[]>;

type DeadlineField = (typeof DEADLINE_FIELDS)[DeadlineKind][number];
type FeeField = (typeof FEE_FIELDS)[FeeKind][number];

const OPTIONAL = new Set<string>(['daysIfVerification', 'reducedFromPage', 'reducedRatePerPage', 'maxPerCopy']);
const MONEY = new Set<string>(['amount', 'ratePerPage', 'reducedRatePerPage', 'maxPerCopy']);

/** An empty kind is "not known yet" (null), or for a channel, "as the general deadline". */
export type DeadlineDraft = { kind: DeadlineKind | '' } & Record<DeadlineField, string>;
export type FeeDraft = { kind: FeeKind | '' } & Record<FeeField, string>;

export interface DocumentDraft {
  /** Keeps a row's inputs when a row above it is removed. */
  key: string;
  name: string;
  kind: RequiredDocument['kind'];
  count: string;
  optional: boolean;
  formTemplate: string;
}

interface Attested {
  confidence: Confidence;
  source: string;
}

export interface ProcedureDraft {
  id: string;
  nationalCode: Attested & { code: string };
  field: string;
  name: string;
  receivingUnit: string;
  competentUnit: string;
  channels: Channel[];
  deadline: Attested & { rule: DeadlineDraft; byChannel: Record<Channel, DeadlineDraft> };
  fee: Attested & { rule: FeeDraft; exemptions: string };
  /** No row means the documents are not known. */
  requiredDocuments: Attested & { items: DocumentDraft[] };
  resultDocument: Attested & { name: string };
  /** One text per line. */
  legalBasis: Attested & { items: string };
  publicationDecision: string;
  effectiveFrom: string;
}

let rowCount = 0;

export function blankDocument(): DocumentDraft {
  rowCount += 1;
  return { key: `document-${rowCount}`, name: '', kind: 'original', count: '1', optional: false, formTemplate: '' };
}

function deadlineDraft(rule: DeadlineRule | null | undefined): DeadlineDraft {
  const blank: DeadlineDraft = { kind: '', cutoff: '', days: '', daysIfVerification: '', hours: '' };
  return rule ? { ...blank, ...textValues(rule) } : blank;
}

function feeDraft(rule: FeeRule | null): FeeDraft {
  const blank: FeeDraft = { kind: '', amount: '', ratePerPage: '', reducedFromPage: '', reducedRatePerPage: '', maxPerCopy: '' };
  return rule ? { ...blank, ...textValues(rule) } : blank;
}

function textValues<T extends { kind: string }>(rule: T): { kind: T['kind'] } & Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(rule)) if (name !== 'kind' && value !== undefined) values[name] = String(value);
  return { ...values, kind: rule.kind };
}

export function draftOf(procedure: Procedure): ProcedureDraft {
  const { deadline, fee, requiredDocuments, resultDocument, legalBasis } = procedure;
  return {
    id: procedure.id,
    nationalCode: { ...procedure.nationalCode, code: procedure.nationalCode.code ?? '' },
    field: procedure.field,
    name: procedure.name,
    receivingUnit: procedure.receivingUnit,
    competentUnit: procedure.competentUnit,
    channels: [...procedure.channels],
    deadline: {
      ...deadline,
      rule: deadlineDraft(deadline.rule),
      byChannel: {
        in_person: deadlineDraft(deadline.byChannel.in_person),
        online: deadlineDraft(deadline.byChannel.online),
        postal: deadlineDraft(deadline.byChannel.postal),
      },
    },
    fee: { ...fee, rule: feeDraft(fee.rule), exemptions: fee.exemptions.join('\n') },
    requiredDocuments: {
      ...requiredDocuments,
      items: (requiredDocuments.items ?? []).map((item) => ({
        ...blankDocument(),
        ...item,
        count: String(item.count),
        formTemplate: item.formTemplate ?? '',
      })),
    },
    resultDocument: { ...resultDocument, name: resultDocument.name ?? '' },
    legalBasis: { ...legalBasis, items: (legalBasis.items ?? []).join('\n') },
    publicationDecision: procedure.publicationDecision ?? '',
    effectiveFrom: procedure.effectiveFrom,
  };
}

/** A new procedure: nothing known yet, so every fact is unconfirmed until the admin cites a source. */
export function blankDraft(id: string, today: string): ProcedureDraft {
  const unknown = { confidence: 'U' as const, source: '' };
  return {
    id,
    nationalCode: { ...unknown, code: '' },
    field: '',
    name: '',
    receivingUnit: '',
    competentUnit: '',
    channels: ['in_person'],
    deadline: {
      ...unknown,
      rule: deadlineDraft(null),
      byChannel: { in_person: deadlineDraft(null), online: deadlineDraft(null), postal: deadlineDraft(null) },
    },
    fee: { ...unknown, rule: feeDraft(null), exemptions: '' },
    requiredDocuments: { ...unknown, items: [] },
    resultDocument: { ...unknown, name: '' },
    legalBasis: { ...unknown, items: '' },
    publicationDecision: '',
    effectiveFrom: today,
  };
}

/** A problem placed on the input whose key is the dotted path of the property it sets. */
export interface DraftProblem {
  key: string;
  reason: string;
}

export type DraftResult = { ok: true; procedure: Procedure } | { ok: false; problems: DraftProblem[] };

/** Checked by the procedure schema itself, so the form refuses exactly what the service would. */
export function procedureFromDraft(draft: ProcedureDraft): DraftResult {
  const result = Procedure.safeParse(candidateOf(draft), { reportInput: true });
  if (result.success) return { ok: true, procedure: result.data };
  return { ok: false, problems: result.error.issues.map(problemOf) };
}

function candidateOf(draft: ProcedureDraft): unknown {
  const { deadline, fee, requiredDocuments, resultDocument, legalBasis } = draft;
  const byChannel: Partial<Record<Channel, unknown>> = {};
  // Only a channel the procedure offers shows its own deadline, so only those are sent.
  for (const channel of CHANNELS) {
    const rule = deadline.byChannel[channel];
    if (draft.channels.includes(channel) && rule.kind !== '') byChannel[channel] = ruleOf(rule, DEADLINE_FIELDS[rule.kind]);
  }
  const items = requiredDocuments.items.map(({ name, kind, count, optional, formTemplate }) => ({
    name,
    kind,
    count: numberOf('count', count),
    optional,
    formTemplate: nullIfBlank(formTemplate),
  }));
  const legalTexts = linesOf(legalBasis.items);
  return {
    ...draft,
    nationalCode: { ...draft.nationalCode, code: nullIfBlank(draft.nationalCode.code) },
    deadline: {
      ...deadline,
      rule: deadline.rule.kind === '' ? null : ruleOf(deadline.rule, DEADLINE_FIELDS[deadline.rule.kind]),
      byChannel,
    },
    fee: { ...fee, rule: fee.rule.kind === '' ? null : ruleOf(fee.rule, FEE_FIELDS[fee.rule.kind]), exemptions: linesOf(fee.exemptions) },
    requiredDocuments: { ...requiredDocuments, items: items.length > 0 ? items : null },
    resultDocument: { ...resultDocument, name: nullIfBlank(resultDocument.name) },
    legalBasis: { ...legalBasis, items: legalTexts.length > 0 ? legalTexts : null },
    publicationDecision: nullIfBlank(draft.publicationDecision),
  };
}

function ruleOf(rule: { kind: string } & Record<string, string>, fields: readonly string[]): Record<string, unknown> {
  const value: Record<string, unknown> = { kind: rule.kind };
  for (const field of fields) {
    const text = rule[field] ?? '';
    if (field === 'cutoff') value[field] = text.trim() || undefined;
    else if (!(OPTIONAL.has(field) && text.trim() === '')) value[field] = numberOf(field, text);
  }
  return value;
}

/**
 * Plain digits become a number; an amount of đồng may also be grouped by dots as Vietnamese writes it
 * (10.000). Anything else stays text so the schema names it as not a number, and blank is missing.
 */
function numberOf(field: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const digits = MONEY.has(field) && /^\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, '') : trimmed;
  return /^\d+$/.test(digits) ? Number(digits) : trimmed;
}

const nullIfBlank = (text: string): string | null => (text.trim() === '' ? null : text);

const linesOf = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Lists typed one item per line sit in one input; the item's position goes into the reason. */
const LINE_LISTS = ['channels', 'fee.exemptions', 'legalBasis.items'];

function problemOf(issue: z.core.$ZodIssue): DraftProblem {
  const path = issue.path.map(String).join('.');
  const list = LINE_LISTS.find((prefix) => path.startsWith(`${prefix}.`));
  const item = list === undefined ? null : Number(path.slice(list.length + 1).split('.')[0]) + 1;
  const reason = reasonForSchemaIssue(issue);
  return { key: list ?? path, reason: item === null ? reason : catalogueImportReasons.list_item(item) + reason };
}
