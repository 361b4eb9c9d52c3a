import { formMoment, slipsText } from '../../shared/i18n/vi/slips';
import type { ReceiptSlip as ReceiptSlipData } from '../../shared/slips/receipt';
import { localParts } from '../../shared/time/local-time';
import { describeDeadline } from '../catalog/procedure-facts';
import { QrCode } from './QrCode';
import { SlipHeading, SlipSignatures, type SlipCopy } from './slip-parts';

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
  const { applicant } = slip;
  return (
    <section className="copy">
      {sample && <div className="sample">{slipsText.sample.mark}</div>}
      <SlipHeading unitName={slip.wardName} formNumber={text.formNumber} copy={copy} />
      <div className="date-line">{slipsText.dateLine(slip.placeName, localParts(slip.receivedAt))}</div>
      <div className="title-row">
        <div className="title-text">
          <h1>{text.title}</h1>
          <div className="code">
            {text.code} <strong>{slip.dossierCode}</strong>
          </div>
        </div>
        <QrCode text={slip.dossierCode} sizeMm={qrSizeMm} label={text.qrLabel(slip.dossierCode)} />
      </div>
      <p>{text.receivedBy(slip.wardName)}</p>
      <dl className="facts">
        <Fact label={text.applicantName} value={<strong>{applicant.fullName}</strong>} />
        {applicant.idNumber && <Fact label={text.idNumber} value={applicant.idNumber} />}
        <Fact label={text.address} value={applicant.address} />
        {applicant.phone && <Fact label={text.phone} value={applicant.phone} />}
        {applicant.email && <Fact label={text.email} value={applicant.email} />}
        <Fact label={text.request} value={slip.procedureName} />
      </dl>
      <p>{text.documentsHeading}</p>
      <table className="documents">
        <thead>
          <tr>
            <th>{text.columns.index}</th>
            <th>{text.columns.name}</th>
            <th>{text.columns.form}</th>
            <th>{text.columns.count}</th>
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

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function feeLine(fee: ReceiptSlipData['fee']): string {
  if (fee.amountDong > 0) return text.fee(fee.amountDong.toLocaleString('vi-VN'));
  return fee.exemptionReason === null ? text.feeNone : text.feeExempted(fee.exemptionReason);
}
