import { z } from 'zod';
import type { Dossier, DossierEvent } from '../api/dossiers';
import { Instant, Text } from '../api/schemas';
import { SafeText } from '../text/safe-text';
import { latestStep, slipApplicant, type SlipContext } from './from-dossier';
import { PrintedDossierCode, slipOpeningShape } from './slip-common';

// Mẫu 05 "Thông báo dừng giải quyết hồ sơ" (TT 03/2025/TT-VPCP, Phụ lục I, new in 2025). Fields after
// one-stop-rules §1.3, all [U]: dossier code, applicant, procedure, the reason and legal basis for
// stopping, what happens to the fee and the submitted papers, a signature (whose is not given).

export const StopNoticeSlip = z
  .object({
    ...slipOpeningShape,
    dossierCode: PrintedDossierCode,
    /** Mandatory, as for every step that ends a dossier against the applicant's request. */
    reason: SafeText({ max: 2000, multiline: true }),
    /**
     * Null prints a line to fill in by hand: the stop step records a reason only, not the provision it
     * rests on nor what becomes of the fee and the papers (source gap: §1.3 names them, the lifecycle
     * does not capture them yet).
     */
    legalBasis: Text(1000).nullable(),
    feeAndPapers: Text(1000).nullable(),
    issuedAt: Instant,
  })
  .strict();
export type StopNoticeSlip = z.infer<typeof StopNoticeSlip>;

/** The notice for the step that stopped the dossier. */
export function stopNoticeFromDossier(dossier: Dossier, events: readonly DossierEvent[], context: SlipContext): StopNoticeSlip {
  const stop = latestStep(events, 'stop', 'form 05');
  return StopNoticeSlip.parse({
    wardName: context.wardName,
    placeName: null,
    applicant: slipApplicant(dossier, { withIdNumber: false }),
    procedureName: dossier.procedure.name,
    dossierCode: dossier.code,
    reason: stop.reason,
    legalBasis: null,
    feeAndPapers: null,
    issuedAt: stop.at,
  });
}
