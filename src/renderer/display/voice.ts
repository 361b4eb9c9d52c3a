import type { Announcement } from './announcement-queue';
import { CLIP_TEXT, clipSequence, clipUrl, spokenText } from './voice-clips';

// How the board speaks, best first: the OS's own Vietnamese voice, else the bundled clips, else a
// chime. All three work with no internet.

export type VoiceKind = 'speech' | 'clips' | 'chime';

export interface Voice {
  kind: VoiceKind;
  say(announcement: Announcement, signal: AbortSignal): Promise<void>;
}

const VOICES_WAIT_MS = 1500;

export async function pickVoice(audio: AudioOutput): Promise<Voice> {
  const vietnamese = await findVietnameseVoice();
  if (vietnamese) return speechVoice(vietnamese);
  if (await clipsAvailable()) return clipVoice(audio);
  return { kind: 'chime', say: (_announcement, signal) => audio.chime(signal) };
}

/** Only voices installed on this PC: a network voice would fall silent exactly when the link is down. */
async function findVietnameseVoice(): Promise<SpeechSynthesisVoice | null> {
  if (!('speechSynthesis' in window)) return null;
  const voices = await loadVoices();
  return voices.find((v) => v.lang.toLowerCase().startsWith('vi') && v.localService) ?? null;
}

/** Chromium fills the voice list asynchronously; an empty list may only mean "not yet". */
function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolve(speechSynthesis.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    speechSynthesis.addEventListener('voiceschanged', done);
  });
}

function speechVoice(voice: SpeechSynthesisVoice): Voice {
  return {
    kind: 'speech',
    say: (announcement, signal) =>
      new Promise<void>((resolve, reject) => {
        const utterance = new SpeechSynthesisUtterance(spokenText(announcement.displayNumber, announcement.counterNumber));
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        utterance.onend = () => resolve();
        utterance.onerror = (event) => reject(new Error(`speech failed: ${event.error}`));
        signal.addEventListener('abort', () => speechSynthesis.cancel(), { once: true });
        speechSynthesis.speak(utterance);
      }),
  };
}

async function clipsAvailable(): Promise<boolean> {
  if (new Audio().canPlayType('audio/ogg; codecs="vorbis"') === '') return false;
  try {
    const response = await fetch(clipUrl('moi-cong-dan-co-so'), { method: 'HEAD' });
    return response.ok;
  } catch {
    return false;
  }
}

function clipVoice(audio: AudioOutput): Voice {
  const elements = new Map<string, HTMLAudioElement>();
  const element = (name: string): HTMLAudioElement => {
    let el = elements.get(name);
    if (!el) {
      el = new Audio(clipUrl(name));
      el.preload = 'auto';
      elements.set(name, el);
    }
    return el;
  };
  // Loaded up front so that the first call does not stutter while clips download.
  for (const name of Object.keys(CLIP_TEXT)) element(name);
  return {
    kind: 'clips',
    async say(announcement, signal) {
      let clips: string[];
      try {
        clips = clipSequence(announcement.displayNumber, announcement.counterNumber);
      } catch {
        // A number the clips cannot say still deserves a sound: the number is on the screen.
        return audio.chime(signal);
      }
      for (const name of clips) {
        if (signal.aborted) throw new Error('aborted');
        await playToEnd(element(name), signal);
      }
    },
  };
}

function playToEnd(el: HTMLAudioElement, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      el.removeEventListener('ended', onEnded);
      el.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onEnded = () => {
      cleanup();
      resolve();
    };
    const onError = () => {
      cleanup();
      reject(new Error(`clip failed: ${el.src}`));
    };
    const onAbort = () => {
      cleanup();
      el.pause();
      reject(new Error('aborted'));
    };
    el.addEventListener('ended', onEnded);
    el.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    el.currentTime = 0;
    el.play().catch((error: unknown) => {
      cleanup();
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/**
 * The page's audio: knows whether the browser still blocks sound until a user gesture (Electron
 * allows autoplay; a LAN browser does not), unlocks it, and plays the fallback chime.
 */
export class AudioOutput {
  private readonly context: AudioContext | null;
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.context = typeof AudioContext === 'function' ? new AudioContext() : null;
    this.context?.addEventListener('statechange', () => this.notify());
  }

  isLocked = (): boolean => this.context !== null && this.context.state === 'suspended';

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Call from a click or key handler: the gesture is what the browser waits for. */
  async unlock(): Promise<void> {
    await this.context?.resume();
    this.notify();
  }

  /** A two-tone "ding-dong", about a second long. */
  chime(signal: AbortSignal): Promise<void> {
    const ctx = this.context;
    if (!ctx) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const start = ctx.currentTime + 0.05;
      const tones = [
        { freq: 880, at: 0 },
        { freq: 660, at: 0.45 },
      ];
      const oscillators = tones.map(({ freq, at }) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, start + at);
        gain.gain.exponentialRampToValueAtTime(0.4, start + at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + at + 0.6);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start + at);
        osc.stop(start + at + 0.6);
        return osc;
      });
      oscillators.at(-1)!.onended = () => resolve();
      signal.addEventListener('abort', () => oscillators.forEach((o) => o.stop()), { once: true });
    });
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
