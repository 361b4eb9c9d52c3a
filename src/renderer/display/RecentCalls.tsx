import { useRef } from 'react';
import type { BoardCall } from '../../shared/api/schemas';
import { displayText } from '../../shared/i18n/vi';
import { localClock } from '../../shared/time/local-time';
import type { Highlight } from './use-highlights';
import { useRowsThatFit } from './use-rows-that-fit';

/** The last calls, newest first: as many as fit whole in the space the board leaves them. */
export function RecentCalls({ calls, highlights }: { calls: BoardCall[]; highlights: ReadonlyMap<number, Highlight> }) {
  const listRef = useRef<HTMLOListElement>(null);
  const shown = useRowsThatFit(listRef, calls.length);
  return (
    <section className="display-panel display-recent-panel">
      <h2>{displayText.recentCalls}</h2>
      {calls.length === 0 ? (
        <p className="display-empty">{displayText.noRecentCalls}</p>
      ) : (
        <ol className="display-recent" data-testid="recent-calls" ref={listRef}>
          {calls.slice(0, shown).map((call) => (
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
