import { z } from 'zod';
import { Instant, Text } from '../api/schemas';
import { DeadlineRule } from '../catalog/deadline-rule';
import { PrintedDossierCode, slipBaseShape } from './slip-common';

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

export const ReceivedDocument = z
  .object({
    name: Text(500),
    form: DocumentForm,
    count: z.number().int().min(1).max(99),
  })
  .strict();
export type ReceivedDocument = z.infer<typeof ReceivedDocument>;

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
    ...slipBaseShape,
    dossierCode: PrintedDossierCode,
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
    /** The due date was counted on a holiday calendar the city has not confirmed yet. */
    calendarUnconfirmed: z.boolean(),
  })
  .strict()
  .refine((slip) => Date.parse(slip.dueAt) >= Date.parse(slip.receivedAt), {
    path: ['dueAt'],
    message: 'the appointment cannot come before the reception',
  });
export type ReceiptSlip = z.infer<typeof ReceiptSlip>;
