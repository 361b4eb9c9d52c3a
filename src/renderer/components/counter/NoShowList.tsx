import type { Ticket } from '../../../shared/api/schemas';
import { counterText } from '../../../shared/i18n/vi';
import { localClock } from '../../../shared/time/local-time';

interface NoShowListProps {
  tickets: Ticket[];
  disabled: boolean;
  onReturn: (ticket: Ticket) => void;
}

export function NoShowList({ tickets, disabled, onReturn }: NoShowListProps) {
  return (
    <section className="counter-no-shows" aria-labelledby="counter-no-shows-title">
      <h2 id="counter-no-shows-title">{counterText.noShowsTitle}</h2>
      {tickets.length === 0 ? (
        <p>{counterText.noShowsNone}</p>
      ) : (
        <ul data-testid="counter-no-shows">
          {tickets.map((t) => (
            <li key={t.id} data-testid="counter-no-show">
              <strong>{t.displayNumber}</strong> {t.serviceName}
              {t.calledAt && ` · ${counterText.calledAt(localClock(t.calledAt))}`}{' '}
              <button type="button" disabled={disabled} data-testid="return-to-queue" onClick={() => onReturn(t)}>
                {counterText.returnToQueue}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
