import type { Dossier } from '../api/dossiers';
import { slipApplicant, type SlipContext } from './from-dossier';
import { ReceiptSlip } from './receipt';

// The Mẫu 01 receipt of a dossier just received: everything comes from the saved dossier (the facts as
// the service recorded them, not the form the clerk filled in), plus the ward's name and whether the
// calendar the due date was counted on is confirmed, which the dossier does not keep.

export interface ReceiptContext extends SlipContext {
  calendarConfirmed: boolean;
}

export function receiptFromDossier(dossier: Dossier, context: ReceiptContext): ReceiptSlip {
  return ReceiptSlip.parse({
    wardName: context.wardName,
    placeName: null,
    dossierCode: dossier.code,
    applicant: slipApplicant(dossier, { withIdNumber: true }),
    procedureName: dossier.procedure.name,
    documents: dossier.documents.map((d) => ({ name: d.name, form: d.kind, count: d.count })),
    dossierSets: 1,
    deadlineRule: dossier.deadline.rule,
    fee: { amountDong: dossier.fee.amount, exemptionReason: dossier.fee.exemptionReason },
    receivedAt: dossier.receivedAt,
    dueAt: dossier.due.at,
    returnMethod: dossier.returnMethod,
    clerkName: dossier.clerk.fullName,
    calendarUnconfirmed: !context.calendarConfirmed,
  });
}
