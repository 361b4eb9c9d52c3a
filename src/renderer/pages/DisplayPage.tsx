import { useCallback, useEffect } from 'react';
import { displayText } from '../../shared/i18n/vi';
import { AnnouncementLog } from '../display/AnnouncementLog';
import { Clock } from '../display/Clock';
import { CounterCalls } from '../display/CounterCalls';
import { RecentCalls } from '../display/RecentCalls';
import { useAnnouncer } from '../display/use-announcer';
import { HealthBanner } from '../components/HealthBanner';
import { useBoard, type BoardCallEvent } from '../display/use-board';
import { useHighlights } from '../display/use-highlights';
import { WaitingList } from '../display/WaitingList';
import '../display/display.css';

const HIGHLIGHT_MS = 10_000;
/**
 * `/display?debug` adds the voice in use and the announcement log under the board, for staff setting
 * up the sound; the waiting room sees neither.
 */
const diagnostics = new URLSearchParams(window.location.search).has('debug');
/** Until the board has loaded, the service's default. */
const DEFAULT_REPEAT = 2;

/** The waiting-room board: current call per counter, last calls, waiting counts, and the voice. */
export function DisplayPage() {
  const { highlights, highlight } = useHighlights(HIGHLIGHT_MS);
  const announcer = useAnnouncer();
  const { announce, setRepeat } = announcer;
  const onCall = useCallback(
    (call: BoardCallEvent) => {
      highlight(call.counterNumber, call.ticketId);
      announce(call);
    },
    [highlight, announce],
  );
  const { board, status, clockOffsetMs } = useBoard(onCall);
  const repeat = board?.announceRepeat ?? DEFAULT_REPEAT;
  useEffect(() => setRepeat(repeat), [setRepeat, repeat]);

  if (status === 'unauthorized')
    return (
      <main className="display display-message">
        <p>{displayText.unauthorized}</p>
      </main>
    );

  return (
    <main className="display" data-connection={status}>
      <header className="display-header">
        <h1>{board?.wardName ?? displayText.loading}</h1>
        {status !== 'online' && (
          <span className="display-offline" data-testid="display-offline" role="status">
            {displayText.offline}
          </span>
        )}
        <Clock offsetMs={clockOffsetMs} />
      </header>
      <HealthBanner health={board?.health} />
      {board && (
        <div className="display-body">
          <CounterCalls counters={board.counters} highlights={highlights} />
          <aside className="display-side">
            <RecentCalls calls={board.recentCalls} highlights={highlights} />
            <WaitingList services={board.services} />
          </aside>
        </div>
      )}
      {(announcer.audioLocked || diagnostics) && (
        // In the page's flow, below the counters: nothing here may cover a counter's call.
        <footer className="display-footer">
          {announcer.audioLocked && (
            <div className="display-sound" role="alert">
              <button type="button" data-testid="enable-sound" onClick={announcer.unlockAudio} autoFocus>
                {displayText.enableSound}
              </button>
              <p>{displayText.soundLockedHint}</p>
            </div>
          )}
          {diagnostics && <AnnouncementLog log={announcer.log} voice={announcer.voice} />}
        </footer>
      )}
    </main>
  );
}
