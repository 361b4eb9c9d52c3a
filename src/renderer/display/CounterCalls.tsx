import type { CSSProperties } from 'react';
import type { Board } from '../../shared/api/schemas';
import { displayText } from '../../shared/i18n/vi';
import type { Highlight } from './use-highlights';

/** The current call of every counter, sized so that up to ~15 counters stay readable across a room. */
export function CounterCalls({ counters, highlights }: { counters: Board['counters']; highlights: ReadonlyMap<number, Highlight> }) {
  const columns = counters.length <= 4 ? 2 : counters.length <= 9 ? 3 : 4;
  const rows = Math.max(1, Math.ceil(counters.length / columns));
  return (
    <section
      className="display-counters"
      aria-label={displayText.nowServing}
      style={{ '--cols': columns, '--rows': rows } as CSSProperties}
    >
      {counters.map((counter) => {
        const lit = highlights.get(counter.number);
        return (
          <div key={counter.number} className={`display-counter${lit ? ' is-new' : ''}`} data-testid={`display-current-${counter.number}`}>
            <div className="display-counter-name">{displayText.counter(counter.number)}</div>
            <div key={lit?.seq ?? 0} className="display-counter-number">
              {counter.current?.displayNumber ?? displayText.noCall}
            </div>
          </div>
        );
      })}
    </section>
  );
}
