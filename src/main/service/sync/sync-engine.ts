import type { SyncState, SyncStatus } from '../../../shared/api/sync';
import { enrolText, syncFailureText, type SyncFailureCode } from '../../../shared/i18n/vi/sync';
import { MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS } from '../../../shared/sync/wire';
import { instantOfLocal, localDay } from '../../../shared/time/local-time';
import { ApiError } from '../api-error';
import type { EventBus } from '../events';
import type { CityClock } from '../clock/city-clock';
import type { HealthMonitor } from '../health/health-monitor';
import { CityCallError, CityClient } from './city-client';
import { CitySession, newDeviceKey } from './city-session';
import { readCredential, writeCredential, type DeviceCredential } from './credential-store';
import { crashAfterRequestSent, crashPoint } from '../crash-points';
import type { SyncStore } from './sync-store';

// The ward's sync client (research §6.3-6.7): one run at a time, push before pull, started by local
// writes (debounced, with a maximum wait), at start, by an independent timer, on reconnection and by
// hand. A failed run is logged and retried with exponential backoff and full jitter, started over when
// the run got a batch acknowledged; only a revoked device or a city that needs a newer app stops it,
// and then it says so.

export interface SyncTiming {
  debounceMs: number;
  /**
   * The longest a local write waits for its run to start, however often the debounce restarts. 1.5 s
   * rather than the 2 s the city's target names: the push itself takes a few hundred milliseconds on a
   * busy machine, and the target is the city's acknowledgement within 2 s (bench/write-to-city.bench.ts).
   */
  maxWaitMs: number;
  periodMinMs: number;
  periodMaxMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  requestTimeoutMs: number;
  pushBatch: number;
  pullLimit: number;
}

export const DEFAULT_SYNC_TIMING: SyncTiming = {
  debounceMs: 1000,
  maxWaitMs: 1500,
  periodMinMs: 30_000,
  periodMaxMs: 60_000,
  backoffBaseMs: 1000,
  backoffCapMs: 5 * 60_000,
  requestTimeoutMs: 30_000,
  pushBatch: MAX_PUSH_MUTATIONS,
  pullLimit: MAX_PULL_LIMIT,
};

/** A clock offset beyond this shows the banner (research §6.6). */
export const CLOCK_WARNING_MS = 2 * 60_000;
/** Re-stored only when it moved this much: every answer carries a server time, most move it by milliseconds. */
const OFFSET_SAVE_STEP_MS = 1000;
/** Tries of one enrolment whose answer did not come (the first included), with backoff between them. */
export const ENROL_ATTEMPTS = 6;
/** Sequence repairs one run may make before it gives up and retries later: a loop must not spin. */
const MAX_REPAIRS_PER_RUN = 3;

export interface SyncEngineOptions {
  dataDir: string;
  store: SyncStore;
  events: EventBus;
  health: HealthMonitor;
  /** The PC's clock: the city's offset is measured against it, and reported to the city with each push. */
  now: () => Date;
  /** Told every city answer's time, so the ward dates its work by the city's clock. */
  cityClock: CityClock;
  appVersion: string;
  timing?: Partial<SyncTiming>;
  /** Injected by tests for reproducible jitter. */
  random?: () => number;
  /**
   * Runs after every pull that reached the city's head: what the pulled pages left for the local
   * modules to take through their own write path (dossier statuses posted at the city).
   */
  afterPull?: () => void;
}

interface Failure {
  code: string;
  message: string;
  stop?: 'revoked' | 'upgrade_required';
  retryAfterSeconds?: number;
  /** Retry no sooner than the longest backoff: the same request would fail the same way. */
  slow?: boolean;
}

/** A failure after which asking again may get the answer: the request may not have arrived, or its reply was lost. */
function answerMayCome(error: CityCallError): boolean {
  return error.outcomeUnknown || error.kind === 'unavailable' || error.kind === 'rate_limited';
}

type Trigger = 'start' | 'write' | 'timer' | 'manual' | 'enrol' | 'retry' | 'reconnect' | 'close_day';

export class SyncEngine {
  private readonly timing: SyncTiming;
  private readonly random: () => number;
  private credential: DeviceCredential | null = null;
  private client: CityClient | null = null;
  private session: CitySession | null = null;
  private running: Promise<void> | null = null;
  private rerun: Trigger | null = null;
  private stopped: 'revoked' | 'upgrade_required' | null = null;
  private closed = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryAt: Date | null = null;
  private retryAfterUntil = 0;
  private periodicTimer: NodeJS.Timeout | null = null;
  private debounceTimer: NodeJS.Timeout | null = null;
  private writeDeadline: NodeJS.Timeout | null = null;
  private progress: { sent: number; total: number } | null = null;
  private offsetMs: number | null;
  private savedOffsetMs: number | null;
  private enrolment: { state: 'running' | 'failed'; message: string; done?: Promise<void> } | null = null;
  /**
   * The key sent with an enrolment code: the same code asked again (its answer lost) goes with the same
   * key, so the city answers the identity it already made instead of refusing a spent code.
   */
  private enrolKey: { cityUrl: string; code: string; key: ReturnType<typeof newDeviceKey> } | null = null;
  private applying = false;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    this.timing = { ...DEFAULT_SYNC_TIMING, ...options.timing };
    this.random = options.random ?? Math.random;
    this.savedOffsetMs = options.store.savedOffset();
    this.offsetMs = this.savedOffsetMs;
  }

  start(): void {
    this.options.store.closeAbandonedRuns(syncFailureText.interrupted);
    // The last known offset holds until the city answers again: the banner must not wait for the network.
    if (this.offsetMs !== null) this.reportClock(this.offsetMs);
    const credential = readCredential(this.options.dataDir);
    if (credential) this.useCredential(credential);
    this.unsubscribe = this.options.events.subscribe((name) => {
      if (name === 'sync.changed' || this.applying) return;
      this.onLocalWrite();
    });
    this.armPeriodic();
    if (this.credential) this.trigger('start');
  }

  close(): void {
    this.closed = true;
    for (const timer of [this.retryTimer, this.periodicTimer, this.debounceTimer, this.writeDeadline]) if (timer) clearTimeout(timer);
    this.unsubscribe?.();
  }

  /** Starts a run now, or right after the one in progress. False when this PC cannot sync at all. */
  trigger(trigger: Trigger): boolean {
    if (!this.credential || this.closed) return false;
    if (this.running) {
      this.rerun = trigger;
      return true;
    }
    // The scheduled retry already waits out the city's Retry-After; nothing may go sooner, not even a click.
    if (this.retryTimer && Date.now() < this.retryAfterUntil) return true;
    this.clearRetry();
    this.running = this.run(trigger).finally(() => {
      this.running = null;
      const next = this.rerun;
      this.rerun = null;
      // After a failure the scheduled retry carries what the rerun would have sent, with its backoff.
      if (next && !this.stopped && !this.closed && (!this.retryTimer || next === 'manual' || next === 'close_day')) this.trigger(next);
    });
    return true;
  }

  /** For the clerk's button and the end of the day: a revoked or outdated PC tries again too, and logs why it cannot. */
  syncNow(trigger: 'manual' | 'close_day' = 'manual'): boolean {
    if (!this.credential || this.closed) return false;
    this.stopped = null;
    return this.trigger(trigger);
  }

  /** Resolves once no run or enrolment is in progress (tests, and the end of day waiting for its sync). */
  async settled(): Promise<void> {
    for (;;) {
      const pending = this.enrolment?.done ?? this.running;
      if (!pending) return;
      await pending;
    }
  }

  enrol(cityUrl: string, code: string): { started: boolean; message: string | null } {
    // A revoked PC may enrol again with a new code: the new identity replaces the old one once the city accepts it.
    if (this.credential && this.stopped !== 'revoked') return { started: false, message: enrolText.alreadyEnrolled };
    if (this.enrolment?.state === 'running') return { started: false, message: enrolText.alreadyRunning };
    const enrolment: { state: 'running'; message: string; done?: Promise<void> } = { state: 'running', message: enrolText.running };
    this.enrolment = enrolment;
    this.options.store.announce();
    enrolment.done = this.enrolWith(cityUrl, code);
    return { started: true, message: null };
  }

  /** The ward the city enrolled this PC for; null before enrolment. */
  enrolledWard(): DeviceCredential['ward'] | null {
    return this.credential?.ward ?? null;
  }

  status(): SyncStatus {
    const { store } = this.options;
    const now = this.options.now();
    const pending = store.pendingSummary();
    const lastFailure = store.lastFailure();
    const c = this.credential;
    return {
      state: this.state(),
      inSync: c !== null && pending.total === 0 && lastFailure === null && this.stopped === null,
      city: c ? { url: c.cityUrl, deviceId: c.deviceId, ward: c.ward, slot: c.slot } : null,
      pending: {
        total: pending.total,
        byEntity: pending.byEntity,
        oldestAt: pending.oldestAt,
        oldestAgeSeconds: pending.oldestAt ? Math.max(0, Math.round((now.getTime() - Date.parse(pending.oldestAt)) / 1000)) : null,
      },
      progress: this.progress ? { ...this.progress } : null,
      lastSuccessAt: store.lastSuccessAt(),
      acknowledged: this.acknowledgedToday(now),
      lastError: lastFailure,
      nextAttemptAt: this.retryAt?.toISOString() ?? null,
      clockOffsetMs: this.offsetMs,
      clockWarning: this.offsetMs !== null && Math.abs(this.offsetMs) > CLOCK_WARNING_MS,
      rejectedCount: store.rejectedCount(),
      enrolment: this.enrolment ? { state: this.enrolment.state, message: this.enrolment.message } : null,
    };
  }

  private acknowledgedToday(now: Date): SyncStatus['acknowledged'] {
    const { count, lastAt } = this.options.store.acknowledged(new Date(instantOfLocal(localDay(now), '00:00')));
    return { today: count, lastAt };
  }

  private state(): SyncState {
    if (this.enrolment?.state === 'running') return 'enrolling';
    if (!this.credential) return 'not_enrolled';
    if (this.stopped) return this.stopped;
    if (this.running) return 'running';
    return this.retryTimer ? 'waiting_retry' : 'idle';
  }

  private useCredential(credential: DeviceCredential): void {
    this.credential = credential;
    this.client = new CityClient({
      baseUrl: credential.cityUrl,
      appVersion: this.options.appVersion,
      timeoutMs: this.timing.requestTimeoutMs,
      onServerTime: (ms) => this.noteServerTime(ms),
    });
    this.session = new CitySession(this.client, credential, this.options.now);
  }

  private async enrolWith(cityUrl: string, code: string): Promise<void> {
    try {
      if (this.enrolKey?.cityUrl !== cityUrl || this.enrolKey.code !== code) this.enrolKey = { cityUrl, code, key: newDeviceKey() };
      const { key } = this.enrolKey;
      const client = new CityClient({
        baseUrl: cityUrl,
        appVersion: this.options.appVersion,
        timeoutMs: this.timing.requestTimeoutMs,
        onServerTime: (ms) => this.noteServerTime(ms),
      });
      const request = { code, publicKey: key.publicKey, appVersion: this.options.appVersion, nextSeq: this.options.store.nextPushSeq() };
      const enrolled = await this.untilAnswered(() => client.enrol(request));
      const credential: DeviceCredential = {
        cityUrl,
        deviceId: enrolled.deviceId,
        ward: enrolled.ward,
        slot: enrolled.slot,
        privateKey: key.privateKey,
        enrolledAt: this.options.now().toISOString(),
      };
      writeCredential(this.options.dataDir, credential);
      this.useCredential(credential);
      this.enrolKey = null;
      this.enrolment = null;
      this.stopped = null;
    } catch (error) {
      const reason =
        error instanceof CityCallError && error.kind === 'enrol_code_invalid'
          ? enrolText.codeInvalid
          : error instanceof CityCallError && error.kind === 'slot_taken'
            ? enrolText.slotTaken
            : this.describe(error).message;
      this.enrolment = {
        state: 'failed',
        message: error instanceof CityCallError && answerMayCome(error) ? enrolText.noAnswer(ENROL_ATTEMPTS) : enrolText.failed(reason),
      };
    }
    if (this.closed) return;
    this.options.store.announce();
    if (this.credential) this.trigger('enrol');
  }

  /**
   * An enrolment asked again while its answer does not come (lost, cut, the city busy), with backoff and
   * full jitter, at most ENROL_ATTEMPTS times; the page says which try it is.
   */
  private async untilAnswered<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof CityCallError) || !answerMayCome(error) || attempt >= ENROL_ATTEMPTS || this.closed) throw error;
        const ceiling = Math.min(this.timing.backoffCapMs, this.timing.backoffBaseMs * 2 ** (attempt - 1));
        const wait = Math.max(this.random() * ceiling, (error.detail.retryAfterSeconds ?? 0) * 1000);
        this.enrolment = { ...this.enrolment!, message: enrolText.retrying(attempt + 1, ENROL_ATTEMPTS) };
        this.options.store.announce();
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async run(trigger: Trigger): Promise<void> {
    const { store } = this.options;
    const counts = { pushed: 0, batches: 0, pulled: 0, renumbered: false };
    let runId: number;
    try {
      runId = store.startRun(trigger);
    } catch (error) {
      this.fail(this.describe(error));
      return;
    }
    try {
      await this.push(counts);
      await this.pull(counts);
      this.progress = null;
      if (this.closed) return;
      this.options.afterPull?.();
      // A renumbering is worth an IT look even when the run then succeeded: it is kept on the run.
      const note = counts.renumbered ? { code: 'seq_regression', message: syncFailureText.seq_regression } : {};
      store.endRun(runId, { result: 'ok', pushed: counts.pushed, pulled: counts.pulled, ...note });
      this.failures = 0;
      this.stopped = null;
    } catch (error) {
      this.progress = null;
      if (this.closed) return;
      const failure = this.describe(error);
      // A batch the city acknowledged is progress, however the run ended: on a lossy link nearly every
      // run of many requests fails somewhere, and a backoff grown on those would starve a link that works.
      if (counts.batches > 0) this.failures = 0;
      try {
        store.endRun(runId, {
          result: failure.stop ? 'stopped' : 'failed',
          pushed: counts.pushed,
          pulled: counts.pulled,
          code: failure.code,
          message: failure.message,
        });
      } catch (logError) {
        console.error(`[sync] could not log a failed run: ${(logError as Error).message}`);
      }
      this.fail(failure);
    }
  }

  private fail(failure: Failure): void {
    if (failure.stop) {
      this.stopped = failure.stop;
      this.session?.invalidate();
      return;
    }
    this.scheduleRetry(failure);
  }

  private async push(counts: { pushed: number; batches: number; renumbered: boolean }): Promise<void> {
    const { store } = this.options;
    const session = this.session!;
    const client = this.client!;
    let batch = this.timing.pushBatch;
    let repairs = 0;
    this.progress = { sent: 0, total: store.pendingSummary().total };
    for (;;) {
      if (this.closed) return;
      const rows = store.pendingBatch(batch);
      if (rows.length === 0) return;
      const pending = store.pendingSummary();
      this.progress.total = Math.max(this.progress.total, this.progress.sent + pending.total);
      const backlog = pending.total - rows.length;
      const body = {
        mutations: rows,
        // What still waits after this batch: its oldest is unknown here, but with nothing left there is none.
        report: { backlog, oldestPendingAt: backlog > 0 ? pending.oldestAt : null, sentAt: this.options.now().toISOString() },
      };
      let answer;
      try {
        answer = await session.withToken(async (token) => {
          const reply = client.push(token, body);
          await crashAfterRequestSent();
          return reply;
        });
      } catch (error) {
        if (!(error instanceof CityCallError)) throw error;
        const expected = error.detail.expectedSeq;
        if (error.kind === 'payload_too_large' && rows.length > 1) {
          batch = Math.max(1, Math.floor(rows.length / 2));
          continue;
        }
        if (error.kind === 'seq_gap' && expected !== undefined && expected < rows[0]!.seq && repairs++ < MAX_REPAIRS_PER_RUN) {
          // The city lost rows this PC had delivered (a restored city database): they go out again.
          store.reopenFrom(expected);
          continue;
        }
        if (error.kind === 'seq_regression' && expected !== undefined && repairs++ < MAX_REPAIRS_PER_RUN) {
          store.renumberPending(expected);
          counts.renumbered = true;
          console.error(`[sync] the city already holds other changes under this PC's numbers; pending rows renumbered from ${expected}`);
          continue;
        }
        throw error;
      }
      crashPoint('after-response-received');
      if (answer.ackedThroughSeq < rows[0]!.seq) throw new CityCallError('bad_response', 200, null);
      crashPoint('before-ack-commit');
      const done = store.storePushResults(answer.results, answer.ackedThroughSeq);
      counts.pushed += done;
      counts.batches++;
      this.progress.sent += done;
    }
  }

  private async pull(counts: { pulled: number }): Promise<void> {
    const { store } = this.options;
    const session = this.session!;
    const client = this.client!;
    let resnapshots = 0;
    if (store.pullState().snapshotActive) await this.snapshot(counts);
    for (;;) {
      if (this.closed) return;
      const cursor = store.pullState().cursor;
      let page;
      try {
        page = await session.withToken((token) => client.pull(token, cursor, this.timing.pullLimit));
      } catch (error) {
        if (error instanceof CityCallError && error.kind === 'cursor_expired' && resnapshots++ < MAX_REPAIRS_PER_RUN) {
          store.startSnapshot();
          await this.snapshot(counts);
          continue;
        }
        throw error;
      }
      this.applyingPulled(() => store.applyPullPage(page, !page.hasMore));
      counts.pulled += page.changes.length;
      if (!page.hasMore) return;
    }
  }

  /** Resumable: the page token is stored with each page, so a restart goes on where it stopped. */
  private async snapshot(counts: { pulled: number }): Promise<void> {
    const { store } = this.options;
    for (;;) {
      if (this.closed) return;
      const page = store.pullState().snapshotPage;
      const answer = await this.session!.withToken((token) => this.client!.snapshot(token, page, this.timing.pullLimit));
      this.applyingPulled(() => store.applySnapshotPage(answer));
      counts.pulled += answer.items.length;
      if (answer.nextPage === null) return;
    }
  }

  /** The events a pulled page sends are not local writes: they must not start another run. */
  private applyingPulled<T>(apply: () => T): T {
    this.applying = true;
    try {
      return apply();
    } finally {
      this.applying = false;
    }
  }

  private describe(error: unknown): Failure {
    if (error instanceof ApiError) return { code: 'local', message: syncFailureText.local };
    if (!(error instanceof CityCallError)) {
      console.error(`[sync] unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
      return { code: 'local', message: syncFailureText.local };
    }
    const text = (code: SyncFailureCode): Failure => ({ code: error.kind, message: syncFailureText[code] });
    switch (error.kind) {
      case 'network':
      case 'timeout':
      case 'bad_response':
        return text(error.kind);
      case 'device_revoked':
        return { ...text('device_revoked'), stop: 'revoked' };
      case 'upgrade_required':
        return { ...text('upgrade_required'), stop: 'upgrade_required' };
      case 'unauthorized':
      case 'token_expired':
      case 'challenge_invalid':
        return text('unauthorized');
      case 'bad_request':
        console.error(`[sync] the city refused a request as malformed: ${(error.detail.issues ?? []).join('; ')}`);
        return { ...text('bad_request'), slow: true };
      case 'seq_regression':
        return text('seq_regression');
      case 'rate_limited':
      case 'unavailable':
      case 'push_in_progress':
        return { ...text('busy'), ...(error.detail.retryAfterSeconds ? { retryAfterSeconds: error.detail.retryAfterSeconds } : {}) };
      case 'internal':
        return text('server');
      default:
        return { code: error.kind, message: error.serverMessage ?? syncFailureText.server };
    }
  }

  private scheduleRetry(failure: Failure): void {
    if (this.closed) return;
    this.failures++;
    const ceiling = failure.slow
      ? this.timing.backoffCapMs
      : Math.min(this.timing.backoffCapMs, this.timing.backoffBaseMs * 2 ** Math.min(this.failures - 1, 30));
    let delay = failure.slow ? ceiling : this.random() * ceiling;
    if (failure.retryAfterSeconds) {
      const wait = failure.retryAfterSeconds * 1000;
      this.retryAfterUntil = Date.now() + wait;
      // A little jitter on top, so wards told the same Retry-After do not come back at the same instant.
      delay = Math.max(delay, wait + this.random() * Math.min(wait, 1000));
    }
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryAt = new Date(this.options.now().getTime() + delay);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryAt = null;
      this.trigger('retry');
    }, delay);
    this.retryTimer.unref();
    this.options.store.announce();
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
  }

  private onLocalWrite(): void {
    if (!this.credential || this.closed) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.sendWrites(), this.timing.debounceMs);
    this.debounceTimer.unref();
    // The debounce groups a burst, but a counter that never pauses would restart it forever: the first
    // unsent write also sets a deadline that later writes do not move.
    if (!this.writeDeadline) {
      this.writeDeadline = setTimeout(() => this.sendWrites(), this.timing.maxWaitMs);
      this.writeDeadline.unref();
    }
  }

  private sendWrites(): void {
    for (const timer of [this.debounceTimer, this.writeDeadline]) if (timer) clearTimeout(timer);
    this.debounceTimer = null;
    this.writeDeadline = null;
    crashPoint('after-local-commit');
    // While backing off, the scheduled retry carries these writes too.
    if (!this.retryTimer && !this.stopped) this.trigger('write');
  }

  /** The independent timer (research §4.2): a queue never waits for the next local write to move. */
  private armPeriodic(): void {
    if (this.closed) return;
    const delay = this.timing.periodMinMs + this.random() * (this.timing.periodMaxMs - this.timing.periodMinMs);
    this.periodicTimer = setTimeout(() => {
      void this.tick().finally(() => this.armPeriodic());
    }, delay);
    this.periodicTimer.unref();
  }

  private async tick(): Promise<void> {
    if (!this.credential || this.stopped || this.running || this.closed) return;
    if (!this.retryTimer) {
      this.trigger('timer');
      return;
    }
    // Backing off: a cheap look at the city, and the moment it answers again the queue moves.
    if (Date.now() < this.retryAfterUntil) return;
    if (await this.client!.reachable()) this.trigger('reconnect');
  }

  private noteServerTime(serverMs: number): void {
    if (this.closed) return;
    const now = this.options.now();
    const offset = Math.round(serverMs - now.getTime());
    this.options.cityClock.noteServerTime(serverMs, now.getTime());
    this.offsetMs = offset;
    if (this.savedOffsetMs === null || Math.abs(offset - this.savedOffsetMs) >= OFFSET_SAVE_STEP_MS) {
      this.savedOffsetMs = offset;
      this.options.store.saveOffset(offset);
    }
    this.reportClock(offset);
  }

  private reportClock(offset: number): void {
    if (Math.abs(offset) > CLOCK_WARNING_MS)
      this.options.health.report('clock_off', this.options.now(), Math.round(Math.abs(offset) / 60_000));
    else this.options.health.clear('clock_off');
  }
}
