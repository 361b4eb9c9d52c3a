import { REGISTER_MAX_DAYS, type REGISTER_FORMATS } from '../../shared/api/register';
import { registerText as text } from '../../shared/i18n/vi/register';
import { downloadFile } from '../api/client';
import { saveDownload } from '../api/save-download';
import { printRegister } from '../slips/print-slip';
import { DayRangeFields, RangeActionOutcome } from '../components/DayRangeFields';
import { useDayRangeAction } from '../components/use-day-range-action';

type Format = (typeof REGISTER_FORMATS)[number];

/** The register of dossiers (Mẫu 07) for a range of days: as CSV or XLSX, or printed on A4 landscape. */
export function RegisterSection() {
  // The month so far: the register a head prints most often.
  const { from, setFrom, to, setTo, busy, error, status, run } = useDayRangeAction(
    REGISTER_MAX_DAYS,
    text,
    (today) => `${today.slice(0, 8)}01`,
  );

  const download = (format: Format) =>
    run(async () => {
      const { blob, fileName } = await downloadFile('exportDossierRegister', { from, to, format });
      saveDownload(blob, fileName);
      return text.downloaded(fileName);
    });

  const print = () =>
    run(async () => {
      const outcome = await printRegister({ from, to });
      if (!outcome.ok) throw new Error(outcome.message);
      return text.printed;
    });

  return (
    <section className="register-section no-print" aria-labelledby="register-heading" data-testid="register-section">
      <h2 id="register-heading">{text.heading}</h2>
      <p className="hint">{text.hint}</p>
      <div className="close-day-form">
        <DayRangeFields from={from} to={to} setFrom={setFrom} setTo={setTo} labels={text} testIdPrefix="register" />
        <button type="button" disabled={busy} onClick={() => download('csv')} data-testid="register-csv">
          {text.csv}
        </button>
        <button type="button" disabled={busy} onClick={() => download('xlsx')} data-testid="register-xlsx">
          {text.xlsx}
        </button>
        <button type="button" disabled={busy} onClick={print} data-testid="register-print">
          {text.print}
        </button>
      </div>
      <RangeActionOutcome error={error} status={status} />
    </section>
  );
}
