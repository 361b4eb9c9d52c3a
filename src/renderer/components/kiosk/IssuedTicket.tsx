import { kioskText } from '../../../shared/i18n/vi';
import { localClock } from '../../../shared/time/local-time';
import type { Issued, PrintState } from '../../state/kiosk-store';

interface IssuedTicketProps {
  issued: Issued;
  print: PrintState;
  onReprint: () => void;
  onDone: () => void;
}

export function IssuedTicket({ issued, print, onReprint, onDone }: IssuedTicketProps) {
  const { ticket, ahead, estimatedCallAt } = issued;
  return (
    <section className="kiosk-issued" aria-labelledby="kiosk-issued-title">
      <h1 id="kiosk-issued-title">{kioskText.yourNumber}</h1>
      <p className="kiosk-number" data-testid="kiosk-ticket-number">
        {ticket.displayNumber}
      </p>
      <p className="kiosk-service-line">
        {ticket.serviceName}
        {ticket.priorityName && ` · ★ ${ticket.priorityName}`}
      </p>
      <p className="kiosk-ahead" data-testid="kiosk-ahead">
        {kioskText.ahead(ahead)}
      </p>
      <p className="kiosk-eta" data-testid="kiosk-eta">
        {kioskText.eta(localClock(estimatedCallAt))}
      </p>
      {print.status === 'failed' ? (
        <div className="kiosk-print-failed" role="alert" data-testid="kiosk-print-error">
          <p className="kiosk-print-failed-title">{kioskText.printFailed}</p>
          <p>{kioskText.printFailedHint}</p>
          <button type="button" className="primary" data-testid="kiosk-reprint" onClick={onReprint}>
            {kioskText.reprint}
          </button>
        </div>
      ) : (
        <p className="kiosk-print-status" role="status" data-testid="kiosk-print-status" data-print-status={print.status}>
          {print.status === 'printing' ? kioskText.printing : kioskText.printed}
        </p>
      )}
      <button type="button" className="kiosk-done" data-testid="kiosk-done" onClick={onDone}>
        {kioskText.done}
      </button>
    </section>
  );
}
