import { z } from 'zod';
import { Instant, Text } from '../api/schemas';
import { SafeText } from '../text/safe-text';
import { PrintedDossierCode, slipBaseShape } from './slip-common';

// Mẫu 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ" (TT 03/2025/TT-VPCP, Phụ lục I). Fields after
// one-stop-rules §1.3 [U]; that a refusal states its reason is [C] (§1.2, the hoatieu.vn procedure record).

export const RefusalSlip = z
  .object({
    ...slipBaseShape,
    /** Null when the dossier is refused at the counter, before any code is issued. */
    dossierCode: PrintedDossierCode.nullable(),
    /** Mandatory: a refusal without its reason is not a refusal the law allows. */
    reason: SafeText({ max: 2000, multiline: true }),
    /** The provision the refusal rests on, when the clerk names one. */
    legalBasis: Text(1000).nullable(),
    issuedAt: Instant,
  })
  .strict();
export type RefusalSlip = z.infer<typeof RefusalSlip>;
