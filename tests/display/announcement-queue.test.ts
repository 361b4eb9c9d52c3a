import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnnouncementQueue,
  systemClock,
  type Announcement,
  type AnnouncementQueueOptions,
} from '../../src/renderer/display/announcement-queue';
import { CLIP_TEXT, clipSequence, numberClips, spokenText } from '../../src/renderer/display/voice-clips';
import { announcementText } from '../../src/shared/i18n/vi';

const PAUSE = 500;

interface Utterance {
  label: string;
  start: number;
  end: number | null;
}

/** A voice that takes `durationMs` per utterance (fake timers) and records when each one ran. */
function recordingVoice(durationMs: (a: Announcement) => number = () => 1000) {
  const utterances: Utterance[] = [];
  let active = 0;
  let maxActive = 0;
  const speak = vi.fn((a: Announcement, signal: AbortSignal) => {
    const u: Utterance = { label: a.displayNumber, start: Date.now(), end: null };
    utterances.push(u);
    maxActive = Math.max(maxActive, ++active);
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        active--;
        u.end = Date.now();
        resolve();
      }, durationMs(a));
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        active--;
        u.end = Date.now();
        reject(new Error('aborted'));
      });
    });
  });
  return { speak, utterances, maxActive: () => maxActive };
}

function makeQueue(options: Partial<AnnouncementQueueOptions> & Pick<AnnouncementQueueOptions, 'speak'>, startPaused = false) {
  return new AnnouncementQueue({ repeat: () => 1, clock: systemClock, pauseMs: PAUSE, ...options }, { startPaused });
}

function call(displayNumber: string, counterNumber: number, recall = false) {
  return { displayNumber, counterNumber, recall, text: announcementText(displayNumber, counterNumber) };
}

function states(queue: AnnouncementQueue) {
  return queue.snapshot().map((a) => `${a.displayNumber}:${a.state}`);
}

describe('AnnouncementQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says calls in arrival order, each only after the previous one has finished', async () => {
    const voice = recordingVoice();
    const queue = makeQueue({ speak: voice.speak });
    queue.enqueue(call('A001', 1));
    queue.enqueue(call('B001', 2));
    queue.enqueue(call('A002', 3));

    expect(states(queue)).toEqual(['A001:playing', 'B001:queued', 'A002:queued']);
    await vi.advanceTimersByTimeAsync(1000 + PAUSE);
    expect(states(queue)).toEqual(['A001:done', 'B001:playing', 'A002:queued']);
    await vi.advanceTimersByTimeAsync(10_000);

    expect(voice.utterances.map((u) => u.label)).toEqual(['A001', 'B001', 'A002']);
    expect(voice.maxActive()).toBe(1);
    const log = queue.snapshot();
    for (let i = 1; i < log.length; i++) expect(log[i]!.startedAt!).toBeGreaterThanOrEqual(log[i - 1]!.finishedAt! + PAUSE);
    expect(log.map((a) => a.outcome)).toEqual(['spoken', 'spoken', 'spoken']);
  });

  it('repeats each call the configured number of times before the next call starts', async () => {
    const voice = recordingVoice();
    const queue = makeQueue({ speak: voice.speak, repeat: () => 3 });
    queue.enqueue(call('A001', 1));
    queue.enqueue(call('A002', 2));
    await vi.advanceTimersByTimeAsync(20_000);

    expect(voice.utterances.map((u) => u.label)).toEqual(['A001', 'A001', 'A001', 'A002', 'A002', 'A002']);
    expect(queue.snapshot().map((a) => a.plays)).toEqual([3, 3]);
    expect(voice.maxActive()).toBe(1);
  });

  it('reads the repeat count when each call starts, so a settings change applies to the next call', async () => {
    let repeat = 1;
    const voice = recordingVoice();
    const queue = makeQueue({ speak: voice.speak, repeat: () => repeat });
    queue.enqueue(call('A001', 1));
    queue.enqueue(call('A002', 2));
    repeat = 2;
    await vi.advanceTimersByTimeAsync(20_000);

    expect(voice.utterances.map((u) => u.label)).toEqual(['A001', 'A002', 'A002']);
  });

  it('announces a recall again, even while the first call is still being said', async () => {
    const voice = recordingVoice();
    const queue = makeQueue({ speak: voice.speak });
    queue.enqueue(call('A001', 1));
    await vi.advanceTimersByTimeAsync(300);
    queue.enqueue(call('A001', 1, true));
    await vi.advanceTimersByTimeAsync(10_000);

    expect(voice.utterances.map((u) => u.label)).toEqual(['A001', 'A001']);
    expect(queue.snapshot().map((a) => [a.recall, a.state])).toEqual([
      [false, 'done'],
      [true, 'done'],
    ]);
  });

  it('goes on with the next call when the voice fails, throws or never finishes', async () => {
    const voice = recordingVoice();
    const speak = vi.fn((a: Announcement, signal: AbortSignal) => {
      if (a.displayNumber === 'A001') return Promise.reject(new Error('audio device gone'));
      if (a.displayNumber === 'A002') throw new Error('synchronous failure');
      if (a.displayNumber === 'A003') {
        signal.addEventListener('abort', () => voice.utterances.push({ label: 'A003 aborted', start: Date.now(), end: null }));
        return new Promise<void>(() => {});
      }
      return voice.speak(a, signal);
    });
    const queue = makeQueue({ speak, repeat: () => 2, speakTimeoutMs: 5000 });
    for (const n of ['A001', 'A002', 'A003', 'A004']) queue.enqueue(call(n, 1));
    await vi.advanceTimersByTimeAsync(30_000);

    expect(queue.snapshot().map((a) => [a.displayNumber, a.state, a.outcome, a.plays])).toEqual([
      ['A001', 'done', 'failed', 0],
      ['A002', 'done', 'failed', 0],
      ['A003', 'done', 'failed', 0],
      ['A004', 'done', 'spoken', 2],
    ]);
    // The hung voice was told to stop before the next call started.
    expect(voice.utterances.map((u) => u.label)).toEqual(['A003 aborted', 'A004', 'A004']);
  });

  it('holds calls while paused and drops those that waited too long to mean anything', async () => {
    const voice = recordingVoice();
    const queue = makeQueue({ speak: voice.speak, maxAgeMs: 60_000 }, true);
    queue.enqueue(call('A001', 1));
    await vi.advanceTimersByTimeAsync(61_000);
    queue.enqueue(call('A002', 2));
    await vi.advanceTimersByTimeAsync(1000);
    expect(voice.speak).not.toHaveBeenCalled();
    expect(states(queue)).toEqual(['A001:queued', 'A002:queued']);

    queue.setPaused(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(voice.utterances.map((u) => u.label)).toEqual(['A002']);
    expect(queue.snapshot().map((a) => a.outcome)).toEqual(['stale', 'spoken']);
  });

  it('keeps only the latest finished calls in the log', async () => {
    const voice = recordingVoice(() => 10);
    const queue = makeQueue({ speak: voice.speak, historySize: 3 });
    for (let i = 1; i <= 6; i++) queue.enqueue(call(`A00${i}`, 1));
    await vi.advanceTimersByTimeAsync(60_000);

    expect(queue.snapshot().map((a) => a.displayNumber)).toEqual(['A004', 'A005', 'A006']);
  });

  it('notifies subscribers with a new snapshot on every change', async () => {
    const voice = recordingVoice();
    const queue = makeQueue({ speak: voice.speak });
    const seen: (readonly Announcement[])[] = [];
    queue.subscribe(() => seen.push(queue.snapshot()));
    queue.enqueue(call('A001', 1));
    await vi.advanceTimersByTimeAsync(5000);

    expect(seen.map((s) => s[0]!.state)).toEqual(['queued', 'playing', 'playing', 'done']);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('never overlaps and keeps FIFO order for any arrivals, durations and repeat counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ gap: fc.nat(3000), duration: fc.integer({ min: 1, max: 3000 }) }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        async (arrivals, repeat) => {
          const durations = new Map(arrivals.map((a, i) => [`A${String(i).padStart(3, '0')}`, a.duration]));
          const voice = recordingVoice((a) => durations.get(a.displayNumber)!);
          const queue = makeQueue({ speak: voice.speak, repeat: () => repeat });
          for (const [i, arrival] of arrivals.entries()) {
            await vi.advanceTimersByTimeAsync(arrival.gap);
            queue.enqueue(call(`A${String(i).padStart(3, '0')}`, 1 + (i % 3)));
          }
          await vi.advanceTimersByTimeAsync(arrivals.length * repeat * 4000);

          expect(voice.maxActive()).toBe(1);
          expect(voice.utterances.map((u) => u.label)).toEqual([...durations.keys()].flatMap((n) => Array<string>(repeat).fill(n)));
          for (let i = 1; i < voice.utterances.length; i++)
            expect(voice.utterances[i]!.start).toBeGreaterThanOrEqual(voice.utterances[i - 1]!.end!);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('clipSequence', () => {
  it('reads the ticket letter then digit by digit, and the counter as a number', () => {
    expect(clipSequence('A023', 3)).toEqual(['moi-cong-dan-co-so', 'chu-a', 'khong', 'hai', 'ba', 'den-quay-so', 'ba']);
    expect(clipSequence('E105', 12)).toEqual(['moi-cong-dan-co-so', 'chu-e', 'mot', 'khong', 'nam', 'den-quay-so', 'muoi', 'hai']);
    expect(clipSequence('B1000', 1)).toEqual(['moi-cong-dan-co-so', 'chu-b', 'mot', 'khong', 'khong', 'khong', 'den-quay-so', 'mot']);
  });

  it('says counter numbers the way Vietnamese does', () => {
    const say = (n: number) =>
      numberClips(n)
        .map((c) => CLIP_TEXT[c])
        .join(' ');
    expect(say(1)).toBe('một');
    expect(say(10)).toBe('mười');
    expect(say(11)).toBe('mười một');
    expect(say(15)).toBe('mười lăm');
    expect(say(20)).toBe('hai mươi');
    expect(say(21)).toBe('hai mươi mốt');
    expect(say(25)).toBe('hai mươi lăm');
    expect(say(34)).toBe('ba mươi bốn');
    expect(say(99)).toBe('chín mươi chín');
  });

  it('refuses what it cannot say rather than saying something wrong', () => {
    expect(() => clipSequence('a023', 1)).toThrow(RangeError);
    expect(() => clipSequence('AB01', 1)).toThrow(RangeError);
    expect(() => clipSequence('A023', 0)).toThrow(RangeError);
    expect(() => clipSequence('A023', 100)).toThrow(RangeError);
  });

  it('uses only clips that are bundled, for every letter, A000–Z999 and counters 1–99', () => {
    const voiceDir = path.resolve('resources/public/voice');
    for (const name of Object.keys(CLIP_TEXT)) expect(fs.existsSync(path.join(voiceDir, `${name}.ogg`)), name).toBe(true);
    const used = new Set<string>();
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
      for (let n = 0; n <= 999; n += 37) for (const c of clipSequence(`${letter}${String(n).padStart(3, '0')}`, 1)) used.add(c);
    for (let counter = 1; counter <= 99; counter++) for (const c of clipSequence('A001', counter)) used.add(c);
    for (const c of used) expect(CLIP_TEXT[c], c).toBeDefined();
    const bytes = fs.readdirSync(voiceDir).reduce((sum, f) => sum + fs.statSync(path.join(voiceDir, f)).size, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('gives speech synthesis the same words as the clips', () => {
    expect(spokenText('A023', 3)).toBe('Mời công dân có số a không hai ba, đến quầy số ba');
    expect(spokenText('C007', 21)).toBe('Mời công dân có số xê không không bảy, đến quầy số hai mươi mốt');
  });
});
