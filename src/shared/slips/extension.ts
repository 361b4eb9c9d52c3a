import { z } from 'zod';
import type { Dossier, DossierEvent } from '../api/dossiers';
import { Instant, Text } from '../api/schemas';
import { SafeText } from '../text/safe-text';
import { latestStep, slipApplicant, type SlipContext } from './from-dossier';
import { PrintedDossierCode, slipOpeningShape } from './slip-common';

// Mẫu 04 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" (TT 03/2025/TT-VPCP, Phụ lục I).
// Fields after one-stop-rules §1.3 [U/S]: addressee with address and phone, the day received, the
// dossier code, the procedure and its field, the appointment that was missed, the reason [C], the
// apology and the new appointment [C], a signature of the processing agency [U]. Left out until a
// source settles it: whether the applicant must answer the request (§1.3 [U] "applicant response").

export const ExtensionSlip = z
  .object({
    ...slipOpeningShape,
    dossierCode: PrintedDossierCode,
    /** "Lĩnh vực" of the procedure [S]. */
    fieldName: Text(300),
    receivedAt: Instant,
    /** The appointment that was missed; null when the dossier no longer says (see `extensionFromDossier`). */
    previousDueAt: Instant.nullable(),
    newDueAt: Instant,
    /** Mandatory: the rule asks the late unit to say why (one-stop-rules §1.2, step 6a [C]). */
    reason: SafeText({ max: 2000, multiline: true }),
    issuedAt: Instant,
  })
  .strict()
  .refine((slip) => slip.previousDueAt === null || Date.parse(slip.newDueAt) > Date.parse(slip.previousDueAt), {
    path: ['newDueAt'],
    message: 'the new appointment must come after the one it replaces',
  });
export type ExtensionSlip = z.infer<typeof ExtensionSlip>;

export interface ExtensionContext extends SlipContext {
  /**
   * The appointment the dossier had before its first extension. The dossier keeps only its current
   * appointment, and an extension event only the new one, so a first extension's missed appointment
   * is known only to whoever held the dossier just before the step (the view that recorded it).
   */
  dueBeforeFirstExtension?: string | null;
}

/** The letter for the dossier's latest extension. */
export function extensionFromDossier(dossier: Dossier, events: readonly DossierEvent[], context: ExtensionContext): ExtensionSlip {
  const extension = latestStep(events, 'extend', 'form 04');
  const extensions = events.filter((e) => e.action === 'extend');
  const earlier = extensions[extensions.indexOf(extension) - 1];
  return ExtensionSlip.parse({
    wardName: context.wardName,
    placeName: null,
    applicant: slipApplicant(dossier, { withIdNumber: false }),
    procedureName: dossier.procedure.name,
    dossierCode: dossier.code,
    fieldName: dossier.procedure.field,
    receivedAt: dossier.receivedAt,
    previousDueAt: earlier?.newDue?.at ?? context.dueBeforeFirstExtension ?? null,
    newDueAt: extension.newDue?.at,
    reason: extension.reason,
    issuedAt: extension.at,
  });
}
