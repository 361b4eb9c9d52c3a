import { formMoment, slipsText } from '../../shared/i18n/vi/slips';
import type { ReceiptSlip as ReceiptSlipData } from '../../shared/slips/receipt';
import { localParts } from '../../shared/time/local-time';
import { describeDeadline } from '../catalog/procedure-facts';
import { ApplicantFacts, SlipHeading, SlipSignatures, SlipTitle, type SlipCopy } from './slip-parts';

const text = slipsText.receipt;

interface ReceiptSlipProps {
  slip: ReceiptSlipData;
  copy: SlipCopy;
  qrSizeMm: number;
  /** A printer test: marked so that nobody takes it for a receipt. */
  sample: boolean;
}

/** One copy of Mẫu 01; the document prints it twice (one for the applicant, one kept with the dossier). */
export function ReceiptSlip({ slip, copy, qrSizeMm, sample }: ReceiptSlipProps) {
  return (
    <section className="copy">
      <SlipHeading
        unitName={slip.wardName}
        placeName={slip.placeName}
        at={slip.receivedAt}
        formNumber={text.formNumber}
        copy={copy}
        sample={sample}
      />
      <SlipTitle title={text.title} code={slip.dossierCode} qr={{ sizeMm: qrSizeMm, label: text.qrLabel(slip.dossierCode) }} />
      <p>{text.receivedBy(slip.wardName)}</p>
      <ApplicantFacts applicant={slip.applicant} procedureName={slip.procedureName} />
      <p>{text.documentsHeading}</p>
      <table className="documents">
        <thead>
          <tr>
            <th className="num">{text.columns.index}</th>
            <th>{text.columns.name}</th>
            <th>{text.columns.form}</th>
            <th className="num">{text.columns.count}</th>
          </tr>
        </thead>
        <tbody>
          {slip.documents.map((doc, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{doc.name}</td>
              <td>{text.forms[doc.form]}</td>
              <td className="num">{doc.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{text.dossierSets(slip.dossierSets)}</p>
      <p>{text.processingTime(describeDeadline(slip.deadlineRule))}</p>
      <p>{text.receivedAt(formMoment(localParts(slip.receivedAt)))}</p>
      <p className="due">
        {text.dueAt(formMoment(localParts(slip.dueAt)))}
        {slip.calendarUnconfirmed && ' (*)'}
      </p>
      <p>{text.returnMethod(text.returnMethods[slip.returnMethod])}</p>
      <p>{feeLine(slip.fee)}</p>
      {slip.calendarUnconfirmed && <p className="note">{text.calendarUnconfirmed}</p>}
      <SlipSignatures left={{ title: text.applicantSigns, name: null }} right={{ title: text.clerkSigns, name: slip.clerkName }} />
    </section>
  );
}

function feeLine(fee: ReceiptSlipData['fee']): string {
  if (fee.amountDong > 0) return text.fee(fee.amountDong.toLocaleString('vi-VN'));
  return fee.exemptionReason === null ? text.feeNone : text.feeExempted(fee.exemptionReason);
}
