import type { Dossier } from '../api/dossiers';
import { ReceiptSlip } from './receipt';

// The Mẫu 01 receipt of a dossier just received: everything comes from the saved dossier (the facts as
// the service recorded them, not the form the clerk filled in), plus the ward's name and whether the
// calendar the due date was counted on is confirmed, which the dossier does not keep.

export interface ReceiptContext {
  wardName: string;
  calendarConfirmed: boolean;
}

export function receiptFromDossier(dossier: Dossier, context: ReceiptContext): ReceiptSlip {
  const { applicant } = dossier;
  return ReceiptSlip.parse({
    wardName: context.wardName,
    placeName: null,
    dossierCode: dossier.code,
    applicant: {
      fullName: applicant.fullName,
      idNumber: applicant.idNumber,
      address: applicant.address,
      phone: applicant.phone ?? null,
      email: null,
    },
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
