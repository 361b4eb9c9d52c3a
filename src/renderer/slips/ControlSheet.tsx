import { formMoment, slipsText } from '../../shared/i18n/vi/slips';
import type { ControlSheet as ControlSheetData, ControlStep } from '../../shared/slips/control-sheet';
import { localParts } from '../../shared/time/local-time';
import { Fact, SlipHeading, SlipTitle } from './slip-parts';

const text = slipsText.control;
const moment = (instant: string) => formMoment(localParts(instant));

/** Mẫu 06, printed once: it travels with the dossier, and each hand-over is signed on it by hand. */
export function ControlSheet({ sheet }: { sheet: ControlSheetData }) {
  return (
    <section className="copy">
      <SlipHeading
        unitName={sheet.wardName}
        placeName={sheet.placeName}
        at={sheet.printedAt}
        formNumber={text.formNumber}
        copy={null}
        sample={false}
      />
      <SlipTitle title={text.title} code={sheet.dossierCode} qr={null} />
      <dl className="facts">
        <Fact label={text.attachedTo} value={<strong>{sheet.applicantName}</strong>} />
        <Fact label={slipsText.fields.request} value={sheet.procedureName} />
        <Fact label={text.leadAgency} value={text.blank} />
        <Fact label={text.coordinating} value={text.blank} />
        <Fact label={text.dueAt} value={moment(sheet.dueAt)} />
      </dl>
      <table className="documents control">
        <thead>
          <tr>
            <th className="num">{text.columns.index}</th>
            <th>{text.columns.step}</th>
            <th>{text.columns.time}</th>
            <th>{text.columns.outcome}</th>
            <th>{text.columns.note}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.steps.map((step, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{text.steps[step.action]}</td>
              <td>
                <div>{moment(step.at)}</div>
                <div>{text.handedBy(step.clerkName ?? text.noClerk)}</div>
                <div>{text.receivedBy}</div>
              </td>
              <td>{step.result && text.outcomes[step.result]}</td>
              <td className="reason">{note(step)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function note(step: ControlStep): string {
  return [step.newDueAt && text.newDue(moment(step.newDueAt)), step.reason].filter(Boolean).join('\n');
}
