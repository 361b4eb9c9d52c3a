// The display board's announcer: calls are said one after another, never over each other (a new
// call cutting off the current one is the classic complaint about queue boards). Pure: the voice
// and the clock are injected, so the ordering rules are unit-tested without audio or real time.

export type AnnouncementState = 'queued' | 'playing' | 'done';
/** How a finished announcement ended: said, failed (voice error or timeout), or dropped as stale. */
export type AnnouncementOutcome = 'spoken' | 'failed' | 'stale';

export interface AnnouncementRequest {
  displayNumber: string;
  counterNumber: number;
  recall: boolean;
  /** What the log shows. */
  text: string;
}

export interface Announcement extends AnnouncementRequest {
  id: number;
  state: AnnouncementState;
  enqueuedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** How many times it was said in full. */
  plays: number;
  outcome: AnnouncementOutcome | null;
}

export interface QueueClock {
  now(): number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
}

export interface AnnouncementQueueOptions {
  /** Says the announcement once; resolves when the voice has finished. Must stop when `signal` aborts. */
  speak(announcement: Announcement, signal: AbortSignal): Promise<void>;
  /** Times each announcement is said, read when it starts so a settings change applies to the next call. */
  repeat(): number;
  clock: QueueClock;
  /** Silence between the repeats of one call and between two calls. */
  pauseMs?: number;
  /** A voice that never reports the end (speech engines do hang) must not block every later call. */
  speakTimeoutMs?: number;
  /** Calls still queued after this long are dropped: the citizen has long been served elsewhere. */
  maxAgeMs?: number;
  /** Finished announcements kept for the log. */
  historySize?: number;
}

const MAX_REPEAT = 5;

export const systemClock: QueueClock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export class AnnouncementQueue {
  private items: readonly Announcement[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private running = false;
  private paused: boolean;
  private readonly pauseMs: number;
  private readonly speakTimeoutMs: number;
  private readonly maxAgeMs: number;
  private readonly historySize: number;

  constructor(
    private readonly options: AnnouncementQueueOptions,
    { startPaused = false }: { startPaused?: boolean } = {},
  ) {
    this.paused = startPaused;
    this.pauseMs = options.pauseMs ?? 600;
    this.speakTimeoutMs = options.speakTimeoutMs ?? 20_000;
    this.maxAgeMs = options.maxAgeMs ?? 120_000;
    this.historySize = options.historySize ?? 10;
  }

  /** The log, oldest first; a new array after every change (for React's useSyncExternalStore). */
  snapshot = (): readonly Announcement[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  enqueue(request: AnnouncementRequest): Announcement {
    const announcement: Announcement = {
      ...request,
      id: this.nextId++,
      state: 'queued',
      enqueuedAt: this.options.clock.now(),
      startedAt: null,
      finishedAt: null,
      plays: 0,
      outcome: null,
    };
    this.setItems([...this.items, announcement]);
    void this.drain();
    return announcement;
  }

  /** While paused (audio not yet allowed, voice not chosen) calls wait; the one playing finishes. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.firstQueued(); next && !this.paused; next = this.firstQueued()) await this.play(next);
    } finally {
      this.running = false;
    }
  }

  private async play(announcement: Announcement): Promise<void> {
    const { clock } = this.options;
    if (clock.now() - announcement.enqueuedAt > this.maxAgeMs) {
      this.update(announcement.id, { state: 'done', finishedAt: clock.now(), outcome: 'stale' });
      return;
    }
    this.update(announcement.id, { state: 'playing', startedAt: clock.now() });
    const times = Math.min(MAX_REPEAT, Math.max(1, Math.floor(this.options.repeat())));
    let plays = 0;
    let outcome: AnnouncementOutcome = 'spoken';
    for (let i = 0; i < times; i++) {
      if (i > 0) await this.sleep(this.pauseMs);
      try {
        await this.speakOnce(this.current(announcement.id));
        plays++;
        this.update(announcement.id, { plays });
      } catch {
        outcome = 'failed';
        break;
      }
    }
    this.update(announcement.id, { state: 'done', finishedAt: clock.now(), outcome });
    await this.sleep(this.pauseMs);
  }

  private speakOnce(announcement: Announcement): Promise<void> {
    const abort = new AbortController();
    return new Promise<void>((resolve, reject) => {
      const cancelTimer = this.options.clock.setTimer(() => {
        abort.abort();
        reject(new Error('announcement timed out'));
      }, this.speakTimeoutMs);
      let spoken: Promise<void>;
      try {
        spoken = this.options.speak(announcement, abort.signal);
      } catch (error) {
        spoken = Promise.reject(error);
      }
      spoken.then(
        () => {
          cancelTimer();
          resolve();
        },
        (error: unknown) => {
          cancelTimer();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.options.clock.setTimer(resolve, ms));
  }

  private firstQueued(): Announcement | undefined {
    return this.items.find((a) => a.state === 'queued');
  }

  private current(id: number): Announcement {
    return this.items.find((a) => a.id === id)!;
  }

  private update(id: number, patch: Partial<Announcement>): void {
    this.setItems(this.items.map((a) => (a.id === id ? { ...a, ...patch } : a)));
  }

  private setItems(items: readonly Announcement[]): void {
    const done = items.filter((a) => a.state === 'done');
    const excess = done.length - this.historySize;
    const dropped = new Set(done.slice(0, Math.max(0, excess)));
    this.items = items.filter((a) => !dropped.has(a));
    for (const listener of this.listeners) listener();
  }
}
