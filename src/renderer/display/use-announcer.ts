import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { announcementText } from '../../shared/i18n/vi';
import { AnnouncementQueue, systemClock, type Announcement } from './announcement-queue';
import { AudioOutput, pickVoice, type Voice, type VoiceKind } from './voice';

export interface Announcer {
  log: readonly Announcement[];
  /** null until the voice has been chosen. */
  voice: VoiceKind | null;
  audioLocked: boolean;
  unlockAudio(): void;
  announce(call: { displayNumber: string; counterNumber: number; recall: boolean }): void;
  /** Times each call is said (settings); read when each announcement starts. */
  setRepeat(times: number): void;
}

/** The board's voice and its queue. */
export function useAnnouncer(): Announcer {
  const repeatRef = useRef(1);

  const [audio] = useState(() => new AudioOutput());
  const voiceRef = useRef<Voice | null>(null);
  const [voice, setVoice] = useState<VoiceKind | null>(null);
  const [queue] = useState(
    () =>
      new AnnouncementQueue(
        {
          speak: (announcement, signal) => voiceRef.current!.say(announcement, signal),
          repeat: () => repeatRef.current,
          clock: systemClock,
        },
        // Calls wait until there is a voice and the browser lets it be heard.
        { startPaused: true },
      ),
  );

  const log = useSyncExternalStore(queue.subscribe, queue.snapshot);
  const audioLocked = useSyncExternalStore(audio.subscribe, audio.isLocked);

  useEffect(() => {
    let cancelled = false;
    void pickVoice(audio).then((picked) => {
      if (cancelled) return;
      voiceRef.current = picked;
      setVoice(picked.kind);
    });
    return () => {
      cancelled = true;
    };
  }, [audio]);

  useEffect(() => {
    queue.setPaused(voice === null || audioLocked);
  }, [queue, voice, audioLocked]);

  const setRepeat = useCallback((times: number) => {
    repeatRef.current = times;
  }, []);
  const unlockAudio = useCallback(() => void audio.unlock(), [audio]);
  const announce = useCallback<Announcer['announce']>(
    ({ displayNumber, counterNumber, recall }) =>
      queue.enqueue({ displayNumber, counterNumber, recall, text: announcementText(displayNumber, counterNumber) }),
    [queue],
  );

  return { log, voice, audioLocked, unlockAudio, announce, setRepeat };
}
