import { v7 as uuidv7 } from 'uuid';
import { hlcEncode, hlcTick } from '../../shared/clock/hlc';
import { MAX_CLOCK_AHEAD_MS } from '../../shared/sync/hlc-clamp';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import type { Db } from './db/open-database';
import { stmt } from './db/statements';

export interface OutboxEntry {
  entity: string;
  entityId: string;
  /** Named and versioned, never changed in place: 'ticket.call@1'. */
  op: string;
  payload: unknown;
  /** Who made the change: 'local', 'device:<id>', later 'clerk:<id>'. */
  actor: string;
}

/**
 * The physical part of a new stamp: this PC's clock, but never more than MAX_CLOCK_AHEAD_MS ahead of the
 * city's clock once a city answer has told how far off this PC is (sync research §6.6). A PC set a day
 * ahead would otherwise stamp every change a day ahead, and its stamps could never come back.
 */
export function stampPhysicalTime(wallMs: number, serverOffsetMs: number | null): number {
  if (serverOffsetMs === null) return wallMs;
  return Math.min(wallMs, wallMs + serverOffsetMs + MAX_CLOCK_AHEAD_MS);
}

/**
 * Appends one change to the sync log. Must run inside the caller's transaction: the sequence number
 * is gap-free only because it is taken in the same commit as the change it describes.
 */
export function appendOutbox(db: Db, entry: OutboxEntry, now: Date): { seq: number; stampWall: number } {
  if (!db.inTransaction) throw new Error('appendOutbox must run inside the transaction of the change');
  const state = stmt(
    db,
    `SELECT device_id AS deviceId, hlc_wall AS wall, hlc_counter AS counter, last_seq AS lastSeq, server_offset_ms AS offset
     FROM sync_state WHERE id = 1`,
  ).get() as { deviceId: string; wall: number; counter: number; lastSeq: number; offset: number | null };
  const stamp = hlcTick({ wall: state.wall, counter: state.counter }, stampPhysicalTime(now.getTime(), state.offset));
  const seq = state.lastSeq + 1;
  stmt(db, 'UPDATE sync_state SET hlc_wall = ?, hlc_counter = ?, last_seq = ? WHERE id = 1').run(stamp.wall, stamp.counter, seq);
  stmt(
    db,
    `INSERT INTO outbox (seq, mutation_id, entity, entity_id, op, payload, hlc, actor, wall_time, schema_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    seq,
    uuidv7(),
    entry.entity,
    entry.entityId,
    entry.op,
    JSON.stringify(entry.payload),
    hlcEncode(stamp, state.deviceId),
    entry.actor,
    now.toISOString(),
    LATEST_SCHEMA_VERSION,
  );
  return { seq, stampWall: stamp.wall };
}
