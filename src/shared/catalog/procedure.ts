import { z } from 'zod';
import { SafeText } from '../text/safe-text';
import { attestationShape, unknownIsUnconfirmed } from './attestation';
import { DeadlineRule } from './deadline-rule';
import { FeeRule } from './fee-rule';

// One catalogue entry (thủ tục hành chính) with the fields one-stop-rules §4.2 lists. Every legal fact
// carries its confidence and source so the admin sees what is confirmed and what is a placeholder; a
// fact nobody has found yet is null, never a guess.

export const CHANNELS = ['in_person', 'online', 'postal'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** Mã TTHC on the national portal, e.g. "1.001193"; provinces append suffixes that are not stored here. */
export const NationalCode = z.string().regex(/^\d\.\d{6}$/, 'expected a national code such as 1.001193');

export const DOCUMENT_KINDS = ['original', 'copy', 'either'] as const;

export const RequiredDocument = z
  .object({
    name: SafeText({ max: 500 }),
    /** Bản chính, bản sao, or either. */
    kind: z.enum(DOCUMENT_KINDS),
    count: z.number().int().min(1).max(100),
    /** Needed only in some cases (the name says which). */
    optional: z.boolean(),
    /** The form the citizen fills in, when there is one ("Tờ khai đăng ký khai sinh"). */
    formTemplate: SafeText({ max: 300 }).nullable(),
  })
  .strict();
export type RequiredDocument = z.infer<typeof RequiredDocument>;

const NationalCodeFact = z
  .object({ code: NationalCode.nullable(), ...attestationShape })
  .strict()
  .superRefine((fact, ctx) => unknownIsUnconfirmed(fact.code, fact.confidence, ctx));

/** A channel listed here overrides `rule` for dossiers received through it. */
const ChannelDeadlines = z
  .object({ in_person: DeadlineRule.optional(), online: DeadlineRule.optional(), postal: DeadlineRule.optional() })
  .strict();

const DeadlineFact = z
  .object({ rule: DeadlineRule.nullable(), byChannel: ChannelDeadlines, ...attestationShape })
  .strict()
  .superRefine((fact, ctx) => unknownIsUnconfirmed(fact.rule, fact.confidence, ctx));

const FeeFact = z
  .object({
    rule: FeeRule.nullable(),
    /** Who or what pays nothing, in the words of the legal text; the clerk applies them, the app does not. */
    exemptions: z.array(SafeText({ max: 2000 })).max(50),
    ...attestationShape,
  })
  .strict()
  .superRefine((fact, ctx) => unknownIsUnconfirmed(fact.rule, fact.confidence, ctx));

const DocumentsFact = z
  .object({ items: z.array(RequiredDocument).min(1).max(100).nullable(), ...attestationShape })
  .strict()
  .superRefine((fact, ctx) => unknownIsUnconfirmed(fact.items, fact.confidence, ctx));

const ResultDocumentFact = z
  .object({ name: SafeText({ max: 500 }).nullable(), ...attestationShape })
  .strict()
  .superRefine((fact, ctx) => unknownIsUnconfirmed(fact.name, fact.confidence, ctx));

const LegalBasisFact = z
  .object({
    items: z
      .array(SafeText({ max: 500 }))
      .min(1)
      .max(50)
      .nullable(),
    ...attestationShape,
  })
  .strict()
  .superRefine((fact, ctx) => unknownIsUnconfirmed(fact.items, fact.confidence, ctx));

export const Procedure = z
  .object({
    id: z.uuid(),
    nationalCode: NationalCodeFact,
    /** Lĩnh vực, e.g. "Hộ tịch". */
    field: SafeText({ max: 200 }),
    name: SafeText({ max: 500 }),
    receivingUnit: SafeText({ max: 300 }),
    competentUnit: SafeText({ max: 300 }),
    channels: z.array(Channel).min(1).max(CHANNELS.length),
    deadline: DeadlineFact,
    fee: FeeFact,
    requiredDocuments: DocumentsFact,
    resultDocument: ResultDocumentFact,
    legalBasis: LegalBasisFact,
    /** Quyết định công bố thủ tục, once the city's decision is known. */
    publicationDecision: SafeText({ max: 300 }).nullable(),
    effectiveFrom: z.iso.date(),
  })
  .strict()
  .superRefine((procedure, ctx) => {
    procedure.channels.forEach((channel, index) => {
      if (procedure.channels.indexOf(channel) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['channels', index],
          message: `channel ${channel} listed twice`,
          params: { catalogue: 'channel_repeated' },
        });
      }
    });
    for (const channel of CHANNELS) {
      if (procedure.deadline.byChannel[channel] !== undefined && !procedure.channels.includes(channel)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadline', 'byChannel', channel],
          message: `deadline given for ${channel}, which the procedure does not offer`,
          params: { catalogue: 'deadline_for_missing_channel', channel },
        });
      }
    }
  });
export type Procedure = z.infer<typeof Procedure>;
