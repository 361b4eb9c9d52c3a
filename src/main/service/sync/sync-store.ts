import type { RejectedMutation, SyncRun } from '../../../shared/api/sync';
import type { Mutation, MutationResult, PullResponse, SnapshotResponse } from '../../../shared/sync/wire';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { SyncWriteContext, WritePath } from '../write-path';
import { applyChange, settleShadows, type ApplyOutcome } from './apply-changes';

// The sync module's tables: reads through the read-only handle, writes through the write path's sync
// transaction (never an outbox row of their own). Every write ends with a sync.changed event.

export interface OutboxRow {
  seq: number;
  mutation_id: string;
  entity: string;
  entity_id: string;
  op: string;
  payload: string;
  hlc: string;
  actor: string;
  wall_time: string;
  schema_version: number;
}

/** An outbox row as the wire carries it. */
export function outboxMutation(r: OutboxRow): Mutation {
  return {
    seq: r.seq,
    mutationId: r.mutation_id,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    payload: JSON.parse(r.payload) as unknown,
    hlc: r.hlc,
    actor: r.actor,
    wallTime: r.wall_time,
    schemaVersion: r.schema_version,
  };
}

export interface PendingSummary {
  total: number;
  byEntity: { entity: string; count: number }[];
  oldestAt: string | null;
}

export interface PullState {
  cursor: number;
  snapshotActive: boolean;
  snapshotPage: string | null;
  snapshotCursor: number | null;
}

const RUN_COLUMNS = 'id, started_at, ended_at, trigger, pushed, pulled, result, error_code, error_message';

interface RunRow {
  id: number;
  started_at: string;
  ended_at: string | null;
  trigger: string;
  pushed: number;
  pulled: number;
  result: SyncRun['result'];
  error_code: string | null;
  error_message: string | null;
}

function runOf(r: RunRow): SyncRun {
  return {
    id: r.id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    trigger: r.trigger,
    pushed: r.pushed,
    pulled: r.pulled,
    result: r.result,
    errorCode: r.error_code,
    errorMessage: r.error_message,
  };
}

const STATUS_OF = { applied: 'acked', rejected: 'rejected', parked: 'parked' } as const;

export class SyncStore {
  constructor(
    private readonly readDb: Db,
    private readonly write: WritePath,
  ) {}

  // ── Reads ──────────────────────────────────────────────────────────────────────────────────

  pendingBatch(limit: number): Mutation[] {
    const rows = stmt(
      this.readDb,
      `SELECT seq, mutation_id, entity, entity_id, op, payload, hlc, actor, wall_time, schema_version
       FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?`,
    ).all(limit) as OutboxRow[];
    return rows.map(outboxMutation);
  }

  /** The seq a new city identity starts at: the oldest row not yet delivered, or the one after the last written. */
  nextPushSeq(): number {
    const row = stmt(
      this.readDb,
      `SELECT COALESCE((SELECT MIN(seq) FROM outbox WHERE status = 'pending'), (SELECT last_seq FROM sync_state WHERE id = 1) + 1) AS seq`,
    ).get() as { seq: number };
    return row.seq;
  }

  pendingSummary(): PendingSummary {
    const byEntity = stmt(
      this.readDb,
      `SELECT entity, COUNT(*) AS count FROM outbox WHERE status = 'pending' GROUP BY entity ORDER BY count DESC, entity`,
    ).all() as { entity: string; count: number }[];
    const oldest = stmt(this.readDb, `SELECT wall_time AS at FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT 1`).get() as
      { at: string } | undefined;
    return { total: byEntity.reduce((n, e) => n + e.count, 0), byEntity, oldestAt: oldest?.at ?? null };
  }

  pullState(): PullState {
    const row = stmt(
      this.readDb,
      'SELECT cursor, snapshot_active AS active, snapshot_page AS page, snapshot_cursor AS snapCursor FROM sync_pull_state WHERE id = 1',
    ).get() as { cursor: number; active: number; page: string | null; snapCursor: number | null };
    return { cursor: row.cursor, snapshotActive: row.active === 1, snapshotPage: row.page, snapshotCursor: row.snapCursor };
  }

  savedOffset(): number | null {
    return (stmt(this.readDb, 'SELECT server_offset_ms AS o FROM sync_state WHERE id = 1').get() as { o: number | null }).o;
  }

  lastSuccessAt(): string | null {
    const row = stmt(this.readDb, `SELECT ended_at AS at FROM sync_runs WHERE result = 'ok' ORDER BY id DESC LIMIT 1`).get() as
      { at: string } | undefined;
    return row?.at ?? null;
  }

  /** Rows the city answered (acknowledged, rejected or parked) since an instant, and when it last answered one. */
  acknowledged(since: Date): { count: number; lastAt: string | null } {
    return stmt(
      this.readDb,
      `SELECT (SELECT COUNT(*) FROM outbox WHERE synced_at >= ?) AS count, (SELECT MAX(synced_at) FROM outbox) AS lastAt`,
    ).get(since.toISOString()) as { count: number; lastAt: string | null };
  }

  /** The latest finished run, when it failed: its error is the one the clerk should read. */
  lastFailure(): { code: string; message: string; at: string } | null {
    const row = stmt(
      this.readDb,
      `SELECT result, error_code AS code, error_message AS message, ended_at AS at FROM sync_runs WHERE result != 'running' ORDER BY id DESC LIMIT 1`,
    ).get() as { result: string; code: string | null; message: string | null; at: string } | undefined;
    if (!row || row.result === 'ok') return null;
    return { code: row.code ?? 'unknown', message: row.message ?? '', at: row.at };
  }

  runs(limit: number): SyncRun[] {
    return (stmt(this.readDb, `SELECT ${RUN_COLUMNS} FROM sync_runs ORDER BY id DESC LIMIT ?`).all(limit) as RunRow[]).map(runOf);
  }

  /** Runs started from `start` (included) to `end` (excluded), oldest first. */
  runsStartedBetween(start: string, end: string): SyncRun[] {
    return (
      stmt(this.readDb, `SELECT ${RUN_COLUMNS} FROM sync_runs WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id`).all(
        start,
        end,
      ) as RunRow[]
    ).map(runOf);
  }

  rejectedCount(): number {
    return (stmt(this.readDb, `SELECT COUNT(*) AS n FROM outbox WHERE status = 'rejected'`).get() as { n: number }).n;
  }

  rejected(limit: number): RejectedMutation[] {
    const rows = stmt(
      this.readDb,
      `SELECT seq, entity, entity_id, op, wall_time, result_code, result_message, synced_at FROM outbox
       WHERE status = 'rejected' ORDER BY seq DESC LIMIT ?`,
    ).all(limit) as {
      seq: number;
      entity: string;
      entity_id: string;
      op: string;
      wall_time: string;
      result_code: string | null;
      result_message: string | null;
      synced_at: string | null;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      entity: r.entity,
      entityId: r.entity_id,
      op: r.op,
      wallTime: r.wall_time,
      code: r.result_code,
      message: r.result_message,
      syncedAt: r.synced_at,
    }));
  }

  // ── Writes ─────────────────────────────────────────────────────────────────────────────────

  private change<T>(command: (tx: SyncWriteContext) => T): T {
    return this.write.runSync((tx) => {
      const out = command(tx);
      tx.emit('sync.changed', { at: tx.now.toISOString() });
      return out;
    });
  }

  /** An event only: progress and enrolment state live in memory, the page refetches on it. */
  announce(): void {
    this.change(() => undefined);
  }

  startRun(trigger: string): number {
    return this.change((tx) =>
      Number(stmt(tx.db, 'INSERT INTO sync_runs (started_at, trigger) VALUES (?, ?)').run(tx.now.toISOString(), trigger).lastInsertRowid),
    );
  }

  endRun(id: number, end: { result: 'ok' | 'failed' | 'stopped'; pushed: number; pulled: number; code?: string; message?: string }): void {
    this.change((tx) =>
      stmt(
        tx.db,
        'UPDATE sync_runs SET ended_at = ?, result = ?, pushed = ?, pulled = ?, error_code = ?, error_message = ? WHERE id = ?',
      ).run(tx.now.toISOString(), end.result, end.pushed, end.pulled, end.code ?? null, end.message ?? null, id),
    );
  }

  /** A run a killed process left open is closed as failed at the next start: the log never shows a run forever "running". */
  closeAbandonedRuns(message: string): void {
    this.change((tx) =>
      stmt(
        tx.db,
        `UPDATE sync_runs SET ended_at = ?, result = 'failed', error_code = 'interrupted', error_message = ? WHERE result = 'running'`,
      ).run(tx.now.toISOString(), message),
    );
  }

  saveOffset(offsetMs: number): void {
    this.change((tx) => stmt(tx.db, 'UPDATE sync_state SET server_offset_ms = ? WHERE id = 1').run(offsetMs));
  }

  /**
   * The city's answers, in one transaction: each row's result, and every row up to ackedThroughSeq out
   * of the pending state. Returns how many rows left the pending state.
   */
  storePushResults(results: MutationResult[], ackedThroughSeq: number): number {
    return this.change((tx) => {
      const at = tx.now.toISOString();
      let done = 0;
      for (const r of results) {
        if (r.seq > ackedThroughSeq) continue;
        done += stmt(
          tx.db,
          `UPDATE outbox SET status = ?, result_code = ?, result_message = ?, synced_at = ? WHERE seq = ? AND mutation_id = ? AND status = 'pending'`,
        ).run(STATUS_OF[r.status], r.code, r.message, at, r.seq, r.mutationId).changes;
      }
      done += stmt(tx.db, `UPDATE outbox SET status = 'acked', synced_at = ? WHERE seq <= ? AND status = 'pending'`).run(
        at,
        ackedThroughSeq,
      ).changes;
      return done;
    });
  }

  /** The city lost rows this PC thought delivered (a restored city database): they go out again from `fromSeq`. */
  reopenFrom(fromSeq: number): number {
    return this.change(
      (tx) =>
        stmt(tx.db, `UPDATE outbox SET status = 'pending', result_code = NULL, result_message = NULL, synced_at = NULL WHERE seq >= ?`).run(
          fromSeq,
        ).changes,
    );
  }

  /**
   * The city already used some of this PC's pending sequence numbers for other changes (a local
   * rollback or a restored backup, research §5.3): the pending rows move, in order, to start at
   * `expectedSeq`, and the counter continues after them. Done in one transaction.
   */
  renumberPending(expectedSeq: number): void {
    this.change((tx) => {
      const first = stmt(tx.db, `SELECT MIN(seq) AS s FROM outbox WHERE status = 'pending'`).get() as { s: number | null };
      if (first.s === null || first.s >= expectedSeq) return;
      const shift = expectedSeq - first.s;
      // Through negative numbers, so no row ever lands on a seq still held by another during the update.
      stmt(tx.db, `UPDATE outbox SET seq = -seq WHERE status = 'pending'`).run();
      stmt(tx.db, `UPDATE outbox SET seq = -seq + ? WHERE seq < 0`).run(shift);
      stmt(tx.db, `UPDATE sync_state SET last_seq = (SELECT MAX(seq) FROM outbox) WHERE id = 1`).run();
    });
  }

  /** One pull page and the cursor after it, in one transaction (research §4.3). */
  applyPullPage(page: PullResponse, atHead: boolean): ApplyOutcome {
    return this.change((tx) => {
      const at = tx.now.toISOString();
      const outcome: ApplyOutcome = { ticketsChanged: false, catalogueChanged: false, calendarChanged: false };
      for (const c of page.changes) applyChange(tx.db, c, at, outcome);
      if (atHead) settleShadows(tx.db, at, outcome);
      stmt(tx.db, 'UPDATE sync_pull_state SET cursor = ?, last_seq_for_this_device = ? WHERE id = 1').run(
        page.nextCursor,
        page.lastSeqForThisDevice,
      );
      announceApplied(tx, outcome, at);
      return outcome;
    });
  }

  startSnapshot(): void {
    this.change((tx) =>
      stmt(tx.db, 'UPDATE sync_pull_state SET snapshot_active = 1, snapshot_page = NULL, snapshot_cursor = NULL WHERE id = 1').run(),
    );
  }

  /** One snapshot page and the position after it; the last page also moves the pull cursor to the snapshot's start. */
  applySnapshotPage(page: SnapshotResponse): ApplyOutcome {
    return this.change((tx) => {
      const at = tx.now.toISOString();
      const outcome: ApplyOutcome = { ticketsChanged: false, catalogueChanged: false, calendarChanged: false };
      for (const item of page.items) applyChange(tx.db, { ...item, v: 0 }, at, outcome);
      const state = stmt(tx.db, 'SELECT snapshot_cursor AS c FROM sync_pull_state WHERE id = 1').get() as { c: number | null };
      const cursor = state.c === null ? page.cursor : Math.min(state.c, page.cursor);
      if (page.nextPage === null)
        stmt(
          tx.db,
          'UPDATE sync_pull_state SET cursor = ?, snapshot_active = 0, snapshot_page = NULL, snapshot_cursor = NULL WHERE id = 1',
        ).run(cursor);
      else stmt(tx.db, 'UPDATE sync_pull_state SET snapshot_page = ?, snapshot_cursor = ? WHERE id = 1').run(page.nextPage, cursor);
      announceApplied(tx, outcome, at);
      return outcome;
    });
  }
}

function announceApplied(tx: SyncWriteContext, outcome: ApplyOutcome, at: string): void {
  if (outcome.ticketsChanged) tx.emit('board.changed', { at });
  if (outcome.catalogueChanged) tx.emit('catalogue.changed', { at });
  if (outcome.calendarChanged) tx.emit('calendar.changed', { at });
}
