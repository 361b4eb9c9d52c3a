import { counterText } from '../../../shared/i18n/vi';
import type { CounterState } from '../../state/counter-store';

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
              <span className="letter">{w.letter}</span> <span className="name">{w.name}</span>{' '}
              <strong className="count">{w.waiting}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
