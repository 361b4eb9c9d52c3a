import type { BoardCall } from '../../shared/api/schemas';
import { displayText } from '../../shared/i18n/vi';
import { localClock } from '../../shared/time/local-time';
import type { Highlight } from './use-highlights';

const SHOWN = 8;

export function RecentCalls({ calls, highlights }: { calls: BoardCall[]; highlights: ReadonlyMap<number, Highlight> }) {
  return (
    <section className="display-panel">
      <h2>{displayText.recentCalls}</h2>
      {calls.length === 0 ? (
        <p className="display-empty">{displayText.noRecentCalls}</p>
      ) : (
        <ol className="display-recent" data-testid="recent-calls">
          {calls.slice(0, SHOWN).map((call) => (
            <li key={call.ticketId} className={highlights.get(call.counterNumber)?.ticketId === call.ticketId ? 'is-new' : undefined}>
              <span className="display-recent-number">{call.displayNumber}</span>
              <span className="display-recent-counter">{displayText.counter(call.counterNumber)}</span>
              <time className="display-recent-time">{localClock(call.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
