import type { DossierApplicant } from '../api/dossiers';
import { RefusalSlip } from './refusal';
import { SupplementRequestSlip, type MissingItem } from './supplement-request';

// Mẫu 02 and Mẫu 03 are given at two moments: at the counter, before any code exists (the dossier is
// incomplete or refused at reception, one-stop-rules §1.2 steps 2a/2b), and later to a received dossier
// (a supplement asked for during processing, a refusal). Both build from the same subject, so the
// two moments print the same form.

export interface NoticeSubject {
  wardName: string;
  /** The clerk who gives the notice and signs it. */
  clerkName: string;
  applicant: Pick<DossierApplicant, 'fullName' | 'idNumber' | 'address' | 'phone'>;
  procedureName: string;
  /** Null before reception: no code is issued for a dossier that is not received. */
  dossierCode: string | null;
  issuedAt: string;
}

function base(subject: NoticeSubject) {
  const { applicant } = subject;
  return {
    wardName: subject.wardName,
    placeName: null,
    dossierCode: subject.dossierCode,
    applicant: {
      fullName: applicant.fullName,
      idNumber: /^\d{12}$/.test(applicant.idNumber) ? applicant.idNumber : null,
      address: applicant.address,
      phone: applicant.phone ?? null,
      email: null,
    },
    procedureName: subject.procedureName,
    clerkName: subject.clerkName,
    issuedAt: subject.issuedAt,
  };
}

/** Mẫu 02: everything missing at once, and whom the citizen may call while completing the dossier. */
export function supplementNotice(subject: NoticeSubject, missing: MissingItem[], contactPhone: string): SupplementRequestSlip {
  return SupplementRequestSlip.parse({ ...base(subject), missing, contact: { name: subject.clerkName, phone: contactPhone } });
}

/** Mẫu 03: the refusal with its mandatory reason. */
export function refusalNotice(subject: NoticeSubject, reason: string, legalBasis: string | null): RefusalSlip {
  return RefusalSlip.parse({ ...base(subject), reason, legalBasis });
}
