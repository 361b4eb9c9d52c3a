import { useState } from 'react';
import { REGISTER_MAX_DAYS, type REGISTER_FORMATS } from '../../shared/api/register';
import { epochDayOf } from '../../shared/calendar/civil-day';
import { registerText as text } from '../../shared/i18n/vi/register';
import { localDay } from '../../shared/time/local-time';
import { downloadFile } from '../api/client';
import { saveDownload } from '../api/save-download';
import { printRegister } from '../slips/print-slip';
import { failureMessage } from '../state/failure';
import { DateInput } from '../components/DateInput';

type Format = (typeof REGISTER_FORMATS)[number];

/** What is wrong with the range before asking the service, which checks the same again. */
function rangeProblem(from: string, to: string): string | null {
  if (!from || !to) return null;
  const days = epochDayOf(to) - epochDayOf(from) + 1;
  if (days < 1) return text.reversed;
  return days > REGISTER_MAX_DAYS ? text.tooLong : null;
}

/** The register of dossiers (Mẫu 07) for a range of days: as CSV or XLSX, or printed on A4 landscape. */
export function RegisterSection() {
  const today = localDay(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const run = (action: () => Promise<string>): void => {
    const problem = rangeProblem(from, to);
    setStatus(null);
    setError(problem);
    if (problem) return;
    setBusy(true);
    action()
      .then(setStatus)
      .catch((failure: unknown) => setError(failureMessage(failure)))
      .finally(() => setBusy(false));
  };

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
        <label>
          {text.from}
          <DateInput value={from} required onChange={setFrom} data-testid="register-from" />
        </label>
        <label>
          {text.to}
          <DateInput value={to} required onChange={setTo} data-testid="register-to" />
        </label>
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
      <div className="alert" role="alert">
        {error}
      </div>
      <div className="notice" role="status">
        {status}
      </div>
    </section>
  );
}
