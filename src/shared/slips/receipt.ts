import { z } from 'zod';
import { Instant, Text } from '../api/schemas';
import { DeadlineRule } from '../catalog/deadline-rule';
import { ADDRESS_MAX, NAME_MAX, NAME_PATTERN } from '../citizen-id/applicant';
import { parseDossierCode } from '../dossier-code/dossier-code';
import { SafeText } from '../text/safe-text';

// What Mẫu 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (TT 03/2025/TT-VPCP, Phụ lục I) prints, as
// plain data: whoever holds a received dossier fills it, and the slip is rendered from it alone.
// The field list follows one-stop-rules §1.3, itself [U] (TT 01/2018 templates as known), so it is
// the data we must capture, not a certified copy of the official layout.

export const RETURN_METHODS = ['counter', 'post', 'online'] as const;
export const ReturnMethod = z.enum(RETURN_METHODS);
export type ReturnMethod = z.infer<typeof ReturnMethod>;

export const DOCUMENT_FORMS = ['original', 'copy'] as const;
export const DocumentForm = z.enum(DOCUMENT_FORMS);
export type DocumentForm = z.infer<typeof DocumentForm>;

/** A dossier code as the allocator formats it; anything else must never reach a citizen's receipt. */
export const PrintedDossierCode = z.string().refine((code) => parseDossierCode(code) !== null, 'expected <unit code>-<YYMMDD>-<NNNN>');

export const ReceivedDocument = z
  .object({
    name: Text(500),
    form: DocumentForm,
    count: z.number().int().min(1).max(99),
  })
  .strict();
export type ReceivedDocument = z.infer<typeof ReceivedDocument>;

export const ReceiptApplicant = z
  .object({
    fullName: SafeText({ max: NAME_MAX }).pipe(z.string().regex(NAME_PATTERN)),
    /** Absent when the applicant files without a citizen ID (e.g. a foreigner's passport is noted elsewhere). */
    idNumber: z
      .string()
      .regex(/^\d{12}$/)
      .nullable(),
    address: SafeText({ max: ADDRESS_MAX }),
    phone: z
      .string()
      .regex(/^\+?\d{8,15}$/)
      .nullable(),
    email: z.email().max(200).nullable(),
  })
  .strict();
export type ReceiptApplicant = z.infer<typeof ReceiptApplicant>;

export const ReceiptFee = z
  .object({
    /** Integer đồng actually charged; 0 when the procedure is free or the fee is exempted. */
    amountDong: z.number().int().min(0).max(1_000_000_000),
    /** Why nothing (or less) was charged, when the clerk exempted it. */
    exemptionReason: Text(300).nullable(),
  })
  .strict();

export const ReceiptSlip = z
  .object({
    /** The receiving unit as the ward's settings name it (one-stop-rules §1.1: Hanoi's official naming is [U]). */
    wardName: Text(200),
    /** The locality before "ngày … tháng … năm …"; null leaves the date line without a place. */
    placeName: Text(100).nullable(),
    dossierCode: PrintedDossierCode,
    applicant: ReceiptApplicant,
    procedureName: Text(500),
    documents: z.array(ReceivedDocument).min(1).max(100),
    /** "Số lượng hồ sơ: … bộ". */
    dossierSets: z.number().int().min(1).max(99),
    /** The procedure's legal time limit, printed as "Thời gian giải quyết hồ sơ theo quy định". */
    deadlineRule: DeadlineRule,
    fee: ReceiptFee,
    receivedAt: Instant,
    /** The appointment: the due date with its hour. */
    dueAt: Instant,
    returnMethod: ReturnMethod,
    clerkName: SafeText({ max: NAME_MAX }),
    /** The due date was counted on a holiday calendar the city has not confirmed yet. */
    calendarUnconfirmed: z.boolean(),
  })
  .strict()
  .refine((slip) => Date.parse(slip.dueAt) >= Date.parse(slip.receivedAt), {
    path: ['dueAt'],
    message: 'the appointment cannot come before the reception',
  });
export type ReceiptSlip = z.infer<typeof ReceiptSlip>;
