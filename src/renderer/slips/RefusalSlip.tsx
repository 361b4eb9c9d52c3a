import { slipsText } from '../../shared/i18n/vi/slips';
import type { RefusalSlip as RefusalData } from '../../shared/slips/refusal';
import { DecisionNotice, Fact, type SlipCopy } from './slip-parts';

const text = slipsText.refusal;

/** One copy of Mẫu 03: the refusal and its reason, signed by the clerk who received the dossier. */
export function RefusalSlip({ slip, copy }: { slip: RefusalData; copy: SlipCopy }) {
  return (
    <DecisionNotice slip={slip} form={text} copy={copy} signer={{ title: text.clerkSigns, name: slip.clerkName }}>
      <Fact label={text.reason} value={<span className="reason">{slip.reason}</span>} />
      {slip.legalBasis && <Fact label={text.legalBasis} value={slip.legalBasis} />}
    </DecisionNotice>
  );
}
