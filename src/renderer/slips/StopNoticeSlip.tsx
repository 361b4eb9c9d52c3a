import { slipsText } from '../../shared/i18n/vi/slips';
import type { StopNoticeSlip as StopNoticeData } from '../../shared/slips/stop-notice';
import { DecisionNotice, Fact, type SlipCopy } from './slip-parts';

const text = slipsText.stop;

/** One copy of Mẫu 05: the dossier is stopped, why, and lines for what the app does not record. */
export function StopNoticeSlip({ slip, copy }: { slip: StopNoticeData; copy: SlipCopy }) {
  return (
    <DecisionNotice slip={slip} form={text} copy={copy} signer={{ title: text.signs, name: null }}>
      <Fact label={text.reason} value={<span className="reason">{slip.reason}</span>} />
      <Fact label={text.legalBasis} value={slip.legalBasis ?? text.blank} />
      <Fact label={text.feeAndPapers} value={slip.feeAndPapers ?? text.blank} />
    </DecisionNotice>
  );
}
