import { slipsText } from '../../shared/i18n/vi/slips';
import { registerCells, type RegisterRow } from '../../shared/slips/register';
import { localClock, localDateVi } from '../../shared/time/local-time';
import { SlipHeading } from './slip-parts';

const text = slipsText.register;
const moment = (instant: string) => `${localClock(instant)} ${localDateVi(instant)}`;
const day = (isoDay: string) => isoDay.split('-').reverse().join('/');
/** Widths of the columns and the signature column, filling the 262 mm an A4 landscape page prints on. */
const COLUMN_MM = [8, 28, 28, 10, 24, 30, 17, 17, 17, 17, 17, 17, 20, 12];

export interface RegisterPrint {
  wardName: string;
  from: string;
  to: string;
  rows: readonly RegisterRow[];
  printedAt: string;
}

/** Mẫu 07 for a range of days: one line per dossier received, with a column to sign for the result. */
export function RegisterSheet({ register }: { register: RegisterPrint }) {
  return (
    <section className="copy register">
      <SlipHeading
        unitName={register.wardName}
        placeName={null}
        at={register.printedAt}
        formNumber={text.formNumber}
        copy={null}
        sample={false}
      />
      <div className="title-text">
        <h1>{text.title}</h1>
        <p>{text.range(day(register.from), day(register.to))}</p>
      </div>
      <table className="documents register-lines">
        <colgroup>
          {COLUMN_MM.map((mm, i) => (
            <col key={i} style={{ width: `${mm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {text.columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
            <th>{text.signColumn}</th>
          </tr>
        </thead>
        <tbody>
          {register.rows.map((row, i) => (
            <tr key={row.dossierId}>
              {registerCells(row, i, moment).map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      {register.rows.length === 0 && <p>{text.empty}</p>}
    </section>
  );
}
