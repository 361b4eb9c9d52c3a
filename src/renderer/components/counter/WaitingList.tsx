import { counterText } from '../../../shared/i18n/vi';
import type { CounterState } from '../../state/counter-store';

/** Per line this counter calls from: how many wait, how many of them have priority, and the next numbers in calling order. */
export function WaitingList({ waiting }: { waiting: CounterState['waiting'] }) {
  return (
    <section className="counter-waiting" aria-labelledby="counter-waiting-title">
      <h2 id="counter-waiting-title">{counterText.waitingTitle}</h2>
      {waiting.length === 0 ? (
        <p>{counterText.waitingNone}</p>
      ) : (
        <ul data-testid="counter-waiting">
          {waiting.map((w) => (
            <li key={w.serviceId} data-testid="counter-waiting-row">
              <div className="line">
                <span className="letter">{w.letter}</span> <span className="name">{w.name}</span>{' '}
                {w.priorityWaiting > 0 && <span className="priority-count">{counterText.waitingPriority(w.priorityWaiting)}</span>}{' '}
                <strong className="count">{w.waiting}</strong>
              </div>
              <p className="next" data-testid="counter-waiting-next">
                {w.next.length === 0 ? (
                  counterText.waitingEmpty
                ) : (
                  <>
                    {counterText.waitingNext}{' '}
                    {w.next.map((t) => (
                      <span
                        key={t.displayNumber}
                        className={t.priorityName ? 'next-number priority' : 'next-number'}
                        title={t.priorityName ? counterText.priority(t.priorityName) : undefined}
                      >
                        {t.displayNumber}
                        {t.priorityName && <small> {counterText.priorityBadge}</small>}
                      </span>
                    ))}
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
