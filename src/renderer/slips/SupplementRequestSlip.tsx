import { slipsText } from '../../shared/i18n/vi/slips';
import type { SupplementRequestSlip as SupplementRequestData } from '../../shared/slips/supplement-request';
import { DossierOfOpening, SlipSignatures, type SlipCopy } from './slip-parts';

const text = slipsText.supplement;

/** One copy of Mẫu 02: everything missing, each with its reason, and whom to ask. */
export function SupplementRequestSlip({ slip, copy }: { slip: SupplementRequestData; copy: SlipCopy }) {
  return (
    <section className="copy">
      <DossierOfOpening slip={slip} title={text.title} formNumber={text.formNumber} copy={copy} />
      <p>{text.heading}</p>
      <table className="documents">
        <thead>
          <tr>
            <th className="num">{text.columns.index}</th>
            <th>{text.columns.item}</th>
            <th>{text.columns.reason}</th>
          </tr>
        </thead>
        <tbody>
          {slip.missing.map((line, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{line.item}</td>
              <td>{line.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{text.contact(slip.contact.name, slip.contact.phone)}</p>
      <SlipSignatures left={null} right={{ title: text.clerkSigns, name: slip.clerkName }} />
    </section>
  );
}
