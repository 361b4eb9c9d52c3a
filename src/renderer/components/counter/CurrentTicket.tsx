import type { Ticket } from '../../../shared/api/schemas';
import { counterText, ticketStateLabels } from '../../../shared/i18n/vi';
import { localClock } from '../../../shared/time/local-time';

export function CurrentTicket({ ticket }: { ticket: Ticket | null }) {
  return (
    <section className="counter-current" aria-labelledby="counter-current-title">
      <h2 id="counter-current-title">{counterText.current}</h2>
      {ticket ? (
        <>
          <p className="counter-current-number" data-testid="counter-current-number">
            {ticket.displayNumber}
          </p>
          <p className={`counter-current-state state-${ticket.state}`} data-testid="counter-current-state">
            {ticketStateLabels[ticket.state]}
          </p>
          <p data-testid="counter-current-service">{ticket.serviceName}</p>
          {ticket.priorityName && (
            <p className="priority-mark" data-testid="counter-current-priority">
              ★ {counterText.priority(ticket.priorityName)}
            </p>
          )}
          {ticket.calledAt && <p data-testid="counter-current-called-at">{counterText.calledAt(localClock(ticket.calledAt))}</p>}
          {ticket.recallCount > 0 && <p>{counterText.recalls(ticket.recallCount)}</p>}
        </>
      ) : (
        <p className="counter-current-empty" data-testid="counter-no-current">
          {counterText.noCurrent}
        </p>
      )}
    </section>
  );
}
