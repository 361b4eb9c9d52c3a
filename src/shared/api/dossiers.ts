import { z } from 'zod';
import { Applicant } from '../citizen-id/applicant';
import { FeeFacts } from '../catalog/compute-fee';
import { ClockTime, DeadlineRule } from '../catalog/deadline-rule';
import { FeeRule } from '../catalog/fee-rule';
import { Channel, RequiredDocument } from '../catalog/procedure';
import { DOSSIER_STATUSES, DOSSIER_STEPS } from '../dossier/dossier-state';
import { PROCESSING_STATUSES } from '../sync/wire';
import { SafeText } from '../text/safe-text';
import { Empty, method } from './method';
import { Id, Instant, LocalDayString, RequestId, Text } from './schemas';

// Dossiers received at the counter (hồ sơ): intake, the lifecycle steps, the counter's lists and search.
// Every creating method takes a request id the client makes once per intent: a retry after a lost reply
// sends the same id and gets the first answer back, so a citizen never gets two dossiers.

/** Digits only, as the clerk reads it out: a 0 or +84 and 9 or 10 more digits (mobile and landline). */
export const Phone = z.string().regex(/^(0|\+84)\d{9,10}$/, 'expected a phone number such as 0912345678');

const DossierStatus = z.enum(DOSSIER_STATUSES);
const DossierStep = z.enum(DOSSIER_STEPS);
export const ReturnMethod = z.enum(['counter', 'post', 'online']);
const Reason = SafeText({ max: 2000, multiline: true });

/** Only what the receipt and the register need of the applicant (Law 91/2025/QH15: no more than needed). */
export const DossierApplicant = Applicant.pick({ idNumber: true, fullName: true, birthDate: true, sex: true, address: true }).extend({
  phone: Phone.optional(),
});
export type DossierApplicant = z.infer<typeof DossierApplicant>;

/** Someone filing for the applicant, with the paper that allows it ("Giấy ủy quyền số … ngày …"). */
const Representative = z
  .object({ fullName: Applicant.shape.fullName, idNumber: Applicant.shape.idNumber, authorisation: Text(500) })
  .strict();

const ReceivedDocument = z
  .object({ name: Text(500), kind: z.enum(['original', 'copy']), count: z.number().int().min(1).max(100) })
  .strict();

const FeeInput = z
  .object({
    /** What the clerk counted, for a fee by page, copy or case. */
    facts: FeeFacts.optional(),
    /** The exemption the clerk applied, in words (the catalogue lists them; the app does not judge them). */
    exemptionReason: Text(500).optional(),
    /** Only for a procedure whose fee is not in the catalogue: the amount the clerk charges, in đồng. */
    amount: z.number().int().min(0).max(1_000_000_000).optional(),
  })
  .strict();

const Due = z.object({ date: LocalDayString, time: ClockTime, at: Instant });

/** The facts of the procedure the dossier was received under, as they stood then. */
const ProcedureSnapshot = z.object({
  id: Id,
  nationalCode: z.string().nullable(),
  name: z.string(),
  field: z.string(),
  deadline: DeadlineRule.nullable(),
  fee: FeeRule.nullable(),
  documents: z.array(RequiredDocument).nullable(),
  effectiveFrom: LocalDayString,
  /** When this entry of the catalogue last changed: which version of it was used. */
  updatedAt: Instant,
});

const ClerkRef = z.object({ id: Id, fullName: z.string() });

export const Dossier = z.object({
  id: Id,
  code: z.string(),
  status: DossierStatus,
  procedure: ProcedureSnapshot,
  applicant: DossierApplicant,
  representative: Representative.nullable(),
  channel: Channel,
  documents: z.array(ReceivedDocument),
  fee: z.object({
    /** What the citizen pays, in đồng: 0 when exempted. */
    amount: z.number().int(),
    /** What the catalogue's rule gives, before any exemption; null when the clerk entered the fee. */
    listedAmount: z.number().int().nullable(),
    source: z.enum(['catalogue', 'clerk']),
    exemptionReason: z.string().nullable(),
  }),
  /** The rule the due date was counted with; `clerk` when the catalogue had none and the clerk gave it. */
  deadline: z.object({ rule: DeadlineRule, source: z.enum(['catalogue', 'clerk']), verification: z.boolean() }),
  receivedAt: Instant,
  /** The day the dossier counts as received (the next working day when it came after hours). */
  receivedOn: LocalDayString,
  due: Due,
  returnMethod: ReturnMethod,
  ticketId: Id.nullable(),
  clerk: ClerkRef,
  notes: z.string().nullable(),
  updatedAt: Instant,
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierEvent = z.object({
  id: Id,
  action: z.enum(['receive', ...DOSSIER_STEPS]),
  from: DossierStatus.nullable(),
  to: DossierStatus,
  at: Instant,
  clerk: ClerkRef.nullable(),
  deviceName: z.string(),
  reason: z.string().nullable(),
  /** The appointment an extension moved the dossier to. */
  newDue: Due.nullable(),
  /** `ward`: taken at the counter; `processing`: posted at the city by the processing side and pulled. */
  source: z.enum(['ward', 'processing']),
});
export type DossierEvent = z.infer<typeof DossierEvent>;

/**
 * A status the processing side posted at the city that the dossier could not take at this ward (the
 * counter had moved it meanwhile): kept for the clerk to settle with the processing side, never dropped.
 */
export const DossierConflict = z.object({
  /** The processing system's event id. */
  eventId: Id,
  status: z.enum(PROCESSING_STATUSES),
  /** When the processing side says the status changed. */
  at: Instant,
  note: z.string().nullable(),
  /** Where the dossier stood at this ward when the status arrived. */
  wardStatus: DossierStatus,
  recordedAt: Instant,
  /** What the clerk reads about it, in Vietnamese. */
  message: z.string(),
});
export type DossierConflict = z.infer<typeof DossierConflict>;

export const DossierSummary = z.object({
  id: Id,
  code: z.string(),
  status: DossierStatus,
  applicantName: z.string(),
  procedureName: z.string(),
  receivedAt: Instant,
  due: Due,
  /** Working days after the due day up to today, for a dossier past its appointment; else null. */
  overdueWorkingDays: z.number().int().nullable(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DOSSIER_LISTS = ['due_today', 'overdue', 'supplement_requested', 'result_ready'] as const;

/** The one-stop forms printed for one dossier (TT 03/2025/TT-VPCP, Phụ lục I); Mẫu 07, the register, covers many. */
export const DOSSIER_SLIP_FORMS = ['01', '02', '03', '04', '05', '06'] as const;
export type DossierSlipForm = (typeof DOSSIER_SLIP_FORMS)[number];

const counterWork = { roles: ['local', 'counter'], clerks: ['clerk', 'head', 'admin'] } as const;

export const dossierMethods = {
  createDossier: method({
    summary:
      'Receive a dossier: the procedure as it stands, the applicant, the documents, the fee, the due date and hour, and a new dossier code, all saved at once. Retried with the same requestId it returns the first dossier.',
    input: z
      .object({
        requestId: RequestId,
        procedureId: Id,
        channel: Channel,
        applicant: DossierApplicant,
        representative: Representative.optional(),
        documents: z.array(ReceivedDocument).min(1).max(100),
        fee: FeeInput,
        /** Only when the catalogue has no deadline for the procedure: the clerk's rule for this dossier. */
        deadline: DeadlineRule.optional(),
        verification: z.boolean().optional(),
        returnMethod: ReturnMethod,
        ticketId: Id.optional(),
        notes: SafeText({ max: 2000, multiline: true }).optional(),
      })
      .strict(),
    output: z.object({ dossier: Dossier }),
    ...counterWork,
  }),
  recordDossierStep: method({
    summary:
      'Move a dossier one step: transfer, start processing, request a supplement, resume, result ready, return, refuse, stop or extend (reason required for refuse, stop, extend and supplement; newDue for extend). Retried with the same requestId it returns the first answer.',
    input: z
      .object({
        requestId: RequestId,
        dossierId: Id,
        step: DossierStep,
        reason: Reason.optional(),
        /** The new appointment of an extension, in Hanoi time, as the clerk writes it on Mẫu 04. */
        newDue: z.object({ date: LocalDayString, time: ClockTime }).strict().optional(),
      })
      .strict(),
    output: z.object({ dossier: Dossier, event: DossierEvent }),
    ...counterWork,
  }),
  getDossier: method({
    summary:
      'One dossier with every step it went through (at the counter or posted by the processing side) and the processing statuses it could not take (conflicts for the clerk to settle). Recorded in the audit log as a read of personal data.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ dossier: Dossier, events: z.array(DossierEvent), conflicts: z.array(DossierConflict) }),
    ...counterWork,
  }),
  listDossiers: method({
    summary:
      "The counter's lists: due today, overdue (with how many working days), waiting for a supplement, result ready to return; earliest due first.",
    input: z.object({ list: z.enum(DOSSIER_LISTS), limit: z.number().int().min(1).max(500).optional() }).strict(),
    output: z.object({ dossiers: z.array(DossierSummary) }),
    ...counterWork,
  }),
  searchDossiers: method({
    summary:
      "Find dossiers as the clerk types: by dossier code, ID number or phone (a prefix of any), or by words typed without accents (d for the d-stroke), each the start of a word of the applicant's name or the procedure's name, in any order. Optionally only some statuses, one procedure, dates of reception. Newest received first.",
    input: z
      .object({
        /** Left out, every dossier the filters let through. */
        query: Text(100).optional(),
        statuses: z.array(DossierStatus).min(1).max(DOSSIER_STATUSES.length).optional(),
        procedureId: Id.optional(),
        /** First and last day of reception, Hanoi days, both included. */
        receivedFrom: LocalDayString.optional(),
        receivedTo: LocalDayString.optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict()
      .refine((i) => !i.receivedFrom || !i.receivedTo || i.receivedFrom <= i.receivedTo, 'receivedFrom must not be after receivedTo'),
    output: z.object({ dossiers: z.array(DossierSummary) }),
    ...counterWork,
  }),
  recordSlipPrinted: method({
    summary:
      "Record in the audit log that one of this dossier's slips (forms 01–06 of Circular 03/2025/TT-VPCP) is being printed: the citizen's data leave the screen on paper. The page calls it before printing and does not print when it fails.",
    input: z.object({ dossierId: Id, form: z.enum(DOSSIER_SLIP_FORMS) }).strict(),
    output: Empty,
    ...counterWork,
  }),
  recordNoticePrinted: method({
    summary:
      'Record in the audit log that a slip given at the counter instead of receiving a dossier is being printed: form 02 (papers missing) or form 03 (refused), under the procedure asked for and, when the citizen gave one, their ID number (kept only as its keyed hash, so listCitizenAccess finds it). No dossier exists. The page calls it before printing and does not print when it fails.',
    input: z.object({ procedureId: Id, form: z.enum(['02', '03']), idNumber: Applicant.shape.idNumber.optional() }).strict(),
    output: Empty,
    ...counterWork,
  }),
} as const;
