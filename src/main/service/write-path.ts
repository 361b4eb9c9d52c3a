import type { Caller } from './caller';
import type { Db } from './db/open-database';
import { stmt } from './db/statements';
import type { BusEventName, BusEventPayload, EventBus } from './events';
import { appendOutbox } from './write-path-outbox';
import { actorOf } from './caller';
import { appendAudit, type AuditRecord } from './write-path-audit';
import { ApiError } from './api-error';
import type { HealthMonitor } from './health/health-monitor';
import { storageProblem } from './health/storage-errors';

/** Named and versioned, never changed in place once released: 'ticket.call@1'. */
export type OpName = `${string}.${string}@${number}`;

export interface Change {
  entity: string;
  entityId: string;
  op: OpName;
  payload: unknown;
}

/** What a command may touch while its transaction is open. */
export interface WriteContext {
  /** The writable connection, inside the command's transaction. */
  readonly db: Db;
  /**
   * One instant for the whole command, so every row it writes agrees on the time: the PC's clock
   * corrected by the city's once known (clock/city-clock.ts), so every day and number it dates is right.
   */
  readonly now: Date;
  /**
   * Whether `now` is the city's time, heard in this process: then its day is today, even where this
   * PC already filed rows under a later day (with a clock running ahead).
   */
  readonly cityTimeKnown: boolean;
  readonly caller: Caller;
  /** Appends the change to the sync outbox in this transaction. */
  record(change: Change): void;
  /** Queues an event; it is sent only if the transaction commits. */
  emit<E extends BusEventName>(name: E, data: BusEventPayload<E>): void;
}

/** What the sync module may touch while it stores what the city sent or answered. */
export interface SyncWriteContext {
  readonly db: Db;
  readonly now: Date;
  /** Queues an event; it is sent only if the transaction commits. */
  emit<E extends BusEventName>(name: E, data: BusEventPayload<E>): void;
}

export class UnrecordedWriteError extends Error {
  constructor() {
    super('A command changed rows without recording an outbox operation; it was rolled back');
  }
}

/**
 * The one way to change local data: one IMMEDIATE transaction that also appends every change to the
 * outbox, with events after commit. A command that changes rows but records nothing is rolled back,
 * so sync can never miss a change; modules hold only a read-only handle besides this.
 */
export class WritePath {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly clock: () => Date,
    private readonly health: HealthMonitor,
    /**
     * The PC's own clock, for the outbox's wall time and stamp (the city measures this PC's clock
     * against them, and judges by them which day a row was really made: docs/sync-protocol.md), and
     * whether `clock` is the city's time yet. Without it, `clock` is the PC's and not the city's.
     */
    private readonly pc: { now: () => Date; cityTimeKnown: () => boolean } = { now: clock, cityTimeKnown: () => false },
  ) {}

  run<T>(caller: Caller, command: (tx: WriteContext) => T): T {
    let lastStamp: { now: Date; wall: number } | undefined;
    const result = this.transaction((emit) => {
      const before = totalChanges(this.db);
      const now = this.clock();
      const wall = this.pc.now();
      let recorded = 0;
      const tx: WriteContext = {
        db: this.db,
        now,
        cityTimeKnown: this.pc.cityTimeKnown(),
        caller,
        record: (change) => {
          lastStamp = { now: wall, wall: appendOutbox(this.db, { ...change, actor: actorOf(caller) }, wall).stampWall };
          appendAudit(this.db, caller, now, {
            method: caller.method ?? change.op,
            entity: change.entity,
            entityId: change.entityId,
            outcome: 'ok',
          });
          recorded++;
        },
        emit,
      };
      const out = command(tx);
      if (recorded === 0 && totalChanges(this.db) !== before) throw new UnrecordedWriteError();
      return out;
    });
    if (lastStamp) this.health.noteClock(lastStamp.now, lastStamp.wall);
    return result;
  }

  /**
   * For the sync module only: stores rows that came from the city, or the city's answers about rows
   * already in the outbox. They must not become outbox rows themselves, or every pulled change would be
   * pushed back to the city. Same transaction, storage-error and after-commit event rules as `run`.
   */
  runSync<T>(command: (tx: SyncWriteContext) => T): T {
    return this.transaction((emit) => command({ db: this.db, now: this.clock(), emit }));
  }

  /**
   * Local bookkeeping that is none of the ward's data and never travels, such as forgetting the answers
   * to requests no client will send again: no outbox row; the same transaction and storage-error rules.
   */
  housekeep<T>(command: (tx: Pick<SyncWriteContext, 'db' | 'now'>) => T): T {
    return this.transaction(() => command({ db: this.db, now: this.clock() }));
  }

  /**
   * An audit row with no change behind it: a refusal of authority, or a read of a citizen's personal
   * data (several at once for a list: one commit, one row per citizen shown). Local to this PC (the
   * log of who looked at whom does not travel), so it takes no outbox row.
   */
  audit(caller: Caller, records: AuditRecord | readonly AuditRecord[]): void {
    const now = this.clock();
    this.transaction(() => {
      for (const record of Array.isArray(records) ? records : [records]) appendAudit(this.db, caller, now, record);
    });
  }

  /**
   * One IMMEDIATE transaction (the write lock taken up front, so a concurrent reader never deadlocks
   * the upgrade); a disk fault becomes its own error and a health problem, cleared by the next commit;
   * events queued by the body are sent only after the commit.
   */
  private transaction<T>(body: (emit: WriteContext['emit']) => T): T {
    const queued: { name: BusEventName; data: unknown }[] = [];
    let result: T;
    try {
      result = this.db.transaction(() => body((name, data) => void queued.push({ name, data }))).immediate();
    } catch (error) {
      const problem = storageProblem(error);
      if (!problem) throw error;
      this.health.report(problem, this.clock());
      throw new ApiError(problem);
    }
    this.health.clear('storage_full', 'storage_failed');
    for (const event of queued) this.events.emit(event.name, event.data as never);
    return result;
  }
}

function totalChanges(db: Db): number {
  return (stmt(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
}
