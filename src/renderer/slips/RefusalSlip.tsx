import { slipsText } from '../../shared/i18n/vi/slips';
import type { RefusalSlip as RefusalData } from '../../shared/slips/refusal';
import { DossierOfOpening, Fact, SlipSignatures, type SlipCopy } from './slip-parts';

const text = slipsText.refusal;

/** One copy of Mẫu 03: the refusal and its reason, signed by the clerk who received the dossier. */
export function RefusalSlip({ slip, copy }: { slip: RefusalData; copy: SlipCopy }) {
  return (
    <section className="copy">
      <DossierOfOpening slip={slip} title={text.title} formNumber={text.formNumber} copy={copy} />
      <p>{text.statement(slip.wardName)}</p>
      <dl className="facts">
        <Fact label={text.reason} value={<span className="reason">{slip.reason}</span>} />
        {slip.legalBasis && <Fact label={text.legalBasis} value={slip.legalBasis} />}
      </dl>
      <SlipSignatures left={null} right={{ title: text.clerkSigns, name: slip.clerkName }} />
    </section>
  );
}
