import { z } from 'zod';
import { Instant, Text } from '../api/schemas';
import { NAME_MAX } from '../citizen-id/applicant';
import { SafeText } from '../text/safe-text';
import { PhoneNumber, PrintedDossierCode, slipBaseShape } from './slip-common';

// Mẫu 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" (TT 03/2025/TT-VPCP, Phụ lục I). Fields after
// one-stop-rules §1.3 [U]; the rule that the guidance is given once, in full, in writing is [C] (§1.2).

export const MissingItem = z
  .object({
    /** The paper or content to supply. */
    item: Text(500),
    /** Why, or the provision that asks for it. */
    reason: Text(1000),
  })
  .strict();
export type MissingItem = z.infer<typeof MissingItem>;

export const SupplementRequestSlip = z
  .object({
    ...slipBaseShape,
    /** Null at the counter, before any code is issued (one-stop-rules §1.2 recommends codes only on acceptance). */
    dossierCode: PrintedDossierCode.nullable(),
    /** Everything that is missing, at once: the applicant may not be asked again for anything left off. */
    missing: z.array(MissingItem).min(1).max(50),
    /** Whom the applicant may ask while completing the dossier. */
    contact: z.object({ name: SafeText({ max: NAME_MAX }), phone: PhoneNumber }).strict(),
    issuedAt: Instant,
  })
  .strict();
export type SupplementRequestSlip = z.infer<typeof SupplementRequestSlip>;
