import { displayText } from '../../shared/i18n/vi';
import type { Announcement } from './announcement-queue';
import type { VoiceKind } from './voice';

/**
 * A small log of what was said and what is waiting to be said; its data attributes (state,
 * timestamps, voice in use) let staff and tests see that calls never overlap.
 */
export function AnnouncementLog({ log, voice }: { log: readonly Announcement[]; voice: VoiceKind | null }) {
  return (
    <section className="display-log" aria-label={displayText.announcementLog}>
      <span className="display-log-voice">{voice ? displayText.voices[voice] : ''}</span>
      <ol data-testid="announcement-queue" data-voice={voice ?? ''}>
        {log.map((a) => (
          <li
            key={a.id}
            data-testid="announcement"
            data-state={a.state}
            data-outcome={a.outcome ?? ''}
            data-recall={a.recall}
            data-plays={a.plays}
            data-started-at={a.startedAt ?? ''}
            data-finished-at={a.finishedAt ?? ''}
            title={a.recall ? displayText.recall : undefined}
          >
            {a.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
