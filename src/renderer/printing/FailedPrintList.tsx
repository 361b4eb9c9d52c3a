import { useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../shared/api/schemas';
import { printingText } from '../../shared/i18n/vi';
import { localClock } from '../../shared/time/local-time';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';
import { printTicket } from './print-ticket';

const t = printingText.settings;

/** Today's tickets whose print failed, each with a reprint; the list refreshes with the live board. */
export function FailedPrintList() {
  const revision = useSession((s) => s.revision);
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const [reload, setReload] = useState(0);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    let current = true;
    api('listTickets', { printFailedOnly: true })
      .then(({ tickets: list }) => current && setTickets(list))
      .catch((e: unknown) => current && setError(t.loadFailed(failureMessage(e))));
    return () => {
      current = false;
    };
  }, [revision, reload]);

  // A reprinted row disappears with the button that had focus: keep the keyboard user in the list,
  // but never take focus from wherever else it went.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    if (document.activeElement && document.activeElement !== document.body) return;
    const root = container.current;
    (root?.querySelector<HTMLElement>('[data-testid="failed-print-reprint"]') ?? root?.querySelector<HTMLElement>('h3'))?.focus();
  }, [tickets]);

  const reprint = async (ticket: Ticket) => {
    if (busyId) return;
    setBusyId(ticket.id);
    setError(null);
    setNotice(t.reprinting);
    const outcome = await printTicket(ticket.id);
    setNotice(outcome.ok ? t.reprinted(ticket.displayNumber) : null);
    setError(outcome.ok ? null : t.reprintFailed(ticket.displayNumber, outcome.message));
    setBusyId(null);
    refocus.current = true;
    setReload((n) => n + 1);
  };

  return (
    <div className="failed-prints" ref={container}>
      <h3 id="failed-prints-title" tabIndex={-1}>
        {t.failedTitle}
      </h3>
      {tickets && tickets.length === 0 && <p data-testid="failed-prints-none">{t.failedNone}</p>}
      {tickets && tickets.length > 0 && (
        <table className="settings-table" aria-labelledby="failed-prints-title" data-testid="failed-prints">
          <thead>
            <tr>
              <th>{t.columnNumber}</th>
              <th>{t.columnService}</th>
              <th>{t.columnIssuedAt}</th>
              <th>{t.columnError}</th>
              <th>{t.columnAction}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id} data-testid="failed-print-row" data-ticket-id={ticket.id}>
                <td>{ticket.displayNumber}</td>
                <td>{ticket.serviceName}</td>
                <td>{localClock(ticket.issuedAt)}</td>
                <td>{ticket.printError}</td>
                <td>
                  <button
                    type="button"
                    aria-disabled={busyId !== null}
                    aria-label={t.reprintLabel(ticket.displayNumber)}
                    onClick={() => void reprint(ticket)}
                    data-testid="failed-print-reprint"
                  >
                    {busyId === ticket.id ? t.reprinting : t.reprint}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="notice" role="status" data-testid="failed-prints-status">
        {notice}
      </p>
      <p className="alert" role="alert" data-testid="failed-prints-error">
        {error}
      </p>
    </div>
  );
}
