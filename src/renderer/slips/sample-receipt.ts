import { formatDossierCode } from '../../shared/dossier-code/dossier-code';
import { slipsText } from '../../shared/i18n/vi/slips';
import { ReceiptSlip } from '../../shared/slips/receipt';
import { localDay } from '../../shared/time/local-time';

const HOUR_MS = 60 * 60 * 1000;

/** What a printer test prints: the ward's header, a made-up dossier received now, due in a day. */
export function sampleReceipt(wardName: string, now: Date): ReceiptSlip {
  const s = slipsText.sample;
  return ReceiptSlip.parse({
    wardName,
    placeName: null,
    dossierCode: formatDossierCode({ unitCode: s.unitCode, day: localDay(now), number: 1 }),
    applicant: { fullName: s.applicantName, idNumber: null, address: s.address, phone: null, email: null },
    procedureName: s.procedureName,
    documents: s.documents.map((name, i) => ({ name, form: i === 0 ? 'original' : 'copy', count: 1 })),
    dossierSets: 1,
    deadlineRule: { kind: 'working_days', days: 1 },
    fee: { amountDong: 0, exemptionReason: null },
    receivedAt: now.toISOString(),
    dueAt: new Date(now.getTime() + 24 * HOUR_MS).toISOString(),
    returnMethod: 'counter',
    clerkName: s.clerkName,
    calendarUnconfirmed: false,
  });
}
