import { formMoment, slipsText } from '../../shared/i18n/vi/slips';
import type { ExtensionSlip as ExtensionData } from '../../shared/slips/extension';
import { localParts } from '../../shared/time/local-time';
import { DossierOfOpening, Fact, SlipSignatures, type SlipCopy } from './slip-parts';

const text = slipsText.extension;
const moment = (instant: string) => formMoment(localParts(instant));

/** One copy of Mẫu 04: why the dossier is late, the apology and the new appointment. */
export function ExtensionSlip({ slip, copy }: { slip: ExtensionData; copy: SlipCopy }) {
  return (
    <section className="copy">
      <DossierOfOpening slip={slip} title={text.title} formNumber={text.formNumber} copy={copy} lead={text.addressee} />
      <dl className="facts">
        <Fact label={text.field} value={slip.fieldName} />
      </dl>
      <p>{text.received(slip.wardName, moment(slip.receivedAt))}</p>
      <dl className="facts">
        <Fact label={text.previousDue} value={slip.previousDueAt ? moment(slip.previousDueAt) : text.unknownMoment} />
      </dl>
      <p>{text.lateBecause}</p>
      <p className="reason">{slip.reason}</p>
      <p>{text.apology(slip.wardName)}</p>
      <p className="due">
        {text.newDue} {moment(slip.newDueAt)}
      </p>
      <SlipSignatures left={null} right={{ title: text.signs, name: null, hint: text.signHint }} />
    </section>
  );
}
