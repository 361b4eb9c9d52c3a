// Push (sync research §6.3): one transaction per batch, the device row locked, exactly-once by
// (device, seq) and mutation id, results stored so a replay gets the same answer.
import { clampHlc } from '../../shared/sync/hlc-clamp';
import { mutationResultMessages, type MutationResultCode } from '../../shared/i18n/vi/city';
import {
  Mutation,
  type MutationResult,
  type MutationStatus,
  type PushedMutation,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/wire';
import { sqlState, SQLSTATE, type CityDb, type Queryable } from '../db/adapter';
import type { EntityBatch, OpOutcome } from '../ops/entity-module';
import { moduleFor } from '../ops/registry';
import { SyncError } from '../sync-error';
import { recordChanges, type ChangeInput } from './ward-state';

export interface PushingDevice {
  deviceId: string;
  wardCode: string;
}

type StoredResult = {
  seq: number;
  mutation_id: string;
  status: MutationStatus;
  code: string | null;
  message: string | null;
};

export async function push(
  db: CityDb,
  device: PushingDevice,
  request: PushRequest,
  appVersion: string | null,
  now: () => Date,
): Promise<PushResponse> {
  // A mutation id already stored under another seq is rare (a ward restored from an old backup), so the
  // batch is first applied without looking for one: the unique index on mutation ids refuses it at the
  // end, the transaction rolls back whole, and the batch is applied again with the lookup.
  const checked = request.mutations.map(checkMutation);
  try {
    return await pushOnce(db, device, request, checked, appVersion, now, false);
  } catch (error) {
    if (sqlState(error) !== SQLSTATE.uniqueViolation) throw error;
    return pushOnce(db, device, request, checked, appVersion, now, true);
  }
}

/**
 * A pushed mutation with the whole wire shape, or why it has not: checked before any transaction. A row
 * whose wire shape is sound but whose payload its module refuses keeps `m` (it is stored whole, as any
 * rejected row) with the payload's `reason`.
 */
type Checked = { pushed: PushedMutation; m: Mutation; reason: string | null } | { pushed: PushedMutation; m: null; reason: string };

function checkMutation(pushed: PushedMutation): Checked {
  const parsed = Mutation.safeParse(pushed);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    return { pushed, m: null, reason: issues.join('; ') };
  }
  const m = parsed.data;
  const payloadReason = moduleFor(m.entity, m.op)?.checkPayload?.(m.op, m.payload, m.entityId) ?? null;
  return { pushed, m, reason: payloadReason };
}

/**
 * The log row of a malformed mutation: only its seq and id are known to be sound, so nothing else it
 * carried is stored (it may not fit a column); its seq stays answered, and a replay gets the same answer.
 */
function malformedLogRow(pushed: PushedMutation, serverTime: Date): Mutation {
  return {
    seq: pushed.seq,
    mutationId: pushed.mutationId,
    entity: '',
    entityId: '',
    op: '',
    payload: null,
    hlc: '',
    actor: '',
    wallTime: serverTime.toISOString(),
    schemaVersion: 0,
  };
}

async function pushOnce(
  db: CityDb,
  device: PushingDevice,
  request: PushRequest,
  checked: readonly Checked[],
  appVersion: string | null,
  now: () => Date,
  lookForStoredIds: boolean,
): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const serverTime = now();
    const lastSeq = await lockDevice(tx, device.deviceId);
    const replays = request.mutations.filter((m) => m.seq <= lastSeq);
    const fresh = checked.filter((c) => c.pushed.seq > lastSeq);
    const results: MutationResult[] = await replayResults(tx, device.deviceId, replays, lastSeq);
    if (fresh.length > 0 && fresh[0]!.pushed.seq !== lastSeq + 1)
      throw new SyncError('seq_gap', `device ${device.deviceId} sent seq ${fresh[0]!.pushed.seq}, expected ${lastSeq + 1}`, {
        expectedSeq: lastSeq + 1,
      });

    const report = request.report;
    const clockOffsetMs = report ? serverTime.getTime() - new Date(report.sentAt).getTime() : null;
    if (fresh.length > 0) results.push(...(await applyFresh(tx, device, fresh, serverTime, clockOffsetMs, lookForStoredIds)));
    const ackedThroughSeq = Math.max(lastSeq, fresh.at(-1)?.pushed.seq ?? 0);
    await tx.query(
      `UPDATE devices SET last_seq = $2, last_push_at = $3, app_version = COALESCE($4, app_version),
         reported_backlog = COALESCE($5, reported_backlog), oldest_pending_at = CASE WHEN $5::int IS NULL THEN oldest_pending_at ELSE $6::timestamptz END,
         clock_offset_ms = COALESCE($7, clock_offset_ms)
       WHERE id = $1`,
      [device.deviceId, ackedThroughSeq, serverTime, appVersion, report?.backlog ?? null, report?.oldestPendingAt ?? null, clockOffsetMs],
    );
    return { ackedThroughSeq, results, serverTime: serverTime.toISOString() };
  });
}

/**
 * The device's last seq, with its row locked to the end of the batch; a second concurrent push is
 * refused. NO KEY UPDATE, so that rows referencing the device (its request counter) can still be written.
 */
async function lockDevice(tx: Queryable, deviceId: string): Promise<number> {
  try {
    const [row] = await tx.query<{ last_seq: number; status: string }>(
      'SELECT last_seq, status FROM devices WHERE id = $1 FOR NO KEY UPDATE NOWAIT',
      [deviceId],
    );
    if (!row) throw new SyncError('unauthorized', `device ${deviceId} vanished`);
    if (row.status !== 'active') throw new SyncError('device_revoked', `device ${deviceId} is revoked`);
    return row.last_seq;
  } catch (error) {
    if (sqlState(error) === SQLSTATE.lockNotAvailable)
      throw new SyncError('push_in_progress', `device ${deviceId} already has a push in progress`);
    throw error;
  }
}

async function replayResults(
  tx: Queryable,
  deviceId: string,
  replays: readonly PushedMutation[],
  lastSeq: number,
): Promise<MutationResult[]> {
  if (replays.length === 0) return [];
  const stored = await tx.query<StoredResult>(
    'SELECT seq, mutation_id, status, code, message FROM mutations WHERE device_id = $1 AND seq BETWEEN $2 AND $3',
    [deviceId, replays[0]!.seq, replays.at(-1)!.seq],
  );
  const bySeq = new Map(stored.map((r) => [r.seq, r]));
  return replays.map((m) => {
    const row = bySeq.get(m.seq);
    if (!row || row.mutation_id !== m.mutationId)
      throw new SyncError('seq_regression', `device ${deviceId} reused seq ${m.seq} for another mutation`, { expectedSeq: lastSeq + 1 });
    return { seq: m.seq, mutationId: m.mutationId, status: row.status, code: row.code, message: row.message, replayed: true };
  });
}

interface StoredMutation {
  m: Mutation;
  payload: string | null;
  hlcEffective: string;
  status: MutationStatus;
  code: string | null;
  message: string | null;
}

/**
 * The batch's mutation log rows, one array per column: PostgreSQL reads typed arrays faster than it
 * parses a JSON document into records (a quarter less time for this table, measured in docs/benchmarks.md).
 */
async function storeMutations(tx: Queryable, device: PushingDevice, serverTime: Date, rows: readonly StoredMutation[]): Promise<void> {
  const column = <T>(pick: (r: StoredMutation) => T) => rows.map(pick);
  await tx.query(
    `INSERT INTO mutations (device_id, seq, mutation_id, ward_code, entity, entity_id, op, payload, hlc, hlc_effective, actor,
       client_wall_time, server_received_at, schema_version, status, code, message)
     SELECT $1, seq, mutation_id, $2, entity, entity_id, op, payload, hlc, hlc_effective, actor, client_wall_time, $3,
       schema_version, status, code, message
     FROM unnest($4::bigint[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::text[], $12::text[],
       $13::timestamptz[], $14::int[], $15::text[], $16::text[], $17::text[])
       AS t(seq, mutation_id, entity, entity_id, op, payload, hlc, hlc_effective, actor, client_wall_time, schema_version, status, code, message)`,
    [
      device.deviceId,
      device.wardCode,
      serverTime,
      column((r) => r.m.seq),
      column((r) => r.m.mutationId),
      column((r) => r.m.entity),
      column((r) => r.m.entityId),
      column((r) => r.m.op),
      column((r) => r.payload),
      column((r) => r.m.hlc),
      column((r) => r.hlcEffective),
      column((r) => r.m.actor),
      column((r) => r.m.wallTime),
      column((r) => r.m.schemaVersion),
      column((r) => r.status),
      column((r) => r.code),
      column((r) => r.message),
    ],
  );
}

/** Mutation ids are unique per ward: another ward's id is no duplicate here, so no answer says it exists elsewhere. */
async function storedMutationIds(tx: Queryable, wardCode: string, fresh: readonly PushedMutation[]): Promise<{ mutation_id: string }[]> {
  return tx.query<{ mutation_id: string }>(
    `SELECT mutation_id FROM mutations WHERE ward_code = $1 AND mutation_id = ANY($2::uuid[])
       AND code IS DISTINCT FROM 'duplicate_mutation'`,
    [wardCode, fresh.map((m) => m.mutationId)],
  );
}

async function applyFresh(
  tx: Queryable,
  device: PushingDevice,
  checked: readonly Checked[],
  serverTime: Date,
  clockOffsetMs: number | null,
  lookForStoredIds: boolean,
): Promise<MutationResult[]> {
  const fresh = checked.flatMap((c) => (c.m ? [c.m] : []));
  const entityIds = [...new Set(fresh.map((m) => m.entityId))];
  const known = lookForStoredIds
    ? await storedMutationIds(
        tx,
        device.wardCode,
        checked.map((c) => c.pushed),
      )
    : [];
  const parkedRows = await tx.query<{ entity: string; entity_id: string }>(
    'SELECT entity, entity_id FROM parked_entities WHERE ward_code = $1 AND entity_id = ANY($2::text[])',
    [device.wardCode, entityIds],
  );
  const alreadyStored = new Set(known.map((r) => r.mutation_id));
  const parked = new Set(parkedRows.map((r) => `${r.entity}:${r.entity_id}`));
  const newlyParked: { entity: string; entity_id: string; first_seq: number }[] = [];

  const batches = new Map<string, EntityBatch>();
  for (const m of fresh) {
    const module = moduleFor(m.entity, m.op);
    if (!module || batches.has(module.entity)) continue;
    const mine = fresh.filter((x) => moduleFor(x.entity, x.op) === module);
    const ofModule = [...new Set(mine.map((x) => x.entityId))].sort();
    batches.set(
      module.entity,
      await module.begin(
        tx,
        device.wardCode,
        ofModule,
        device.deviceId,
        mine.map((x) => x.payload),
      ),
    );
  }

  const rows: StoredMutation[] = [];
  const changes: ChangeInput[] = [];
  const results: MutationResult[] = [];
  const seenInBatch = new Set<string>();
  for (const c of checked) {
    const m = c.m ?? malformedLogRow(c.pushed, serverTime);
    const hlc = c.m ? clampHlc(m.hlc, serverTime.getTime()) : '';
    const entityKey = `${m.entity}:${m.entityId}`;
    let outcome: OpOutcome;
    if (alreadyStored.has(m.mutationId) || seenInBatch.has(m.mutationId)) outcome = { status: 'rejected', code: 'duplicate_mutation' };
    else if (!c.m || c.reason !== null) outcome = { status: 'rejected', code: 'malformed_mutation' };
    else if (parked.has(entityKey)) outcome = { status: 'parked', code: 'entity_parked' };
    else {
      const module = moduleFor(m.entity, m.op);
      outcome = module
        ? batches.get(module.entity)!.apply(m.op, m.payload, {
            wardCode: device.wardCode,
            deviceId: device.deviceId,
            seq: m.seq,
            mutationId: m.mutationId,
            entityId: m.entityId,
            hlc,
            actor: m.actor,
            serverTime,
            wallTime: m.wallTime,
            deviceClockOffsetMs: clockOffsetMs,
          })
        : { status: 'parked', code: 'unknown_op' };
    }
    seenInBatch.add(m.mutationId);
    if (outcome.status === 'parked' && !parked.has(entityKey)) {
      parked.add(entityKey);
      newlyParked.push({ entity: m.entity, entity_id: m.entityId, first_seq: m.seq });
    }
    if (outcome.status === 'applied' && outcome.change) changes.push(outcome.change);
    const code: MutationResultCode | null = outcome.status === 'applied' ? null : outcome.code;
    const message = code ? mutationResultMessages[code] : null;
    const result: MutationResult = { seq: m.seq, mutationId: m.mutationId, status: outcome.status, code, message, replayed: false };
    results.push(code === 'malformed_mutation' && c.reason ? { ...result, reason: c.reason } : result);
    rows.push({
      m,
      // An applied mutation lives on in its entity's projection and event rows; a second copy of its
      // payload here would double what a push writes. A parked or rejected one is kept whole, so an
      // operator (or a newer server) can apply it later, or see what the ward sent.
      payload: outcome.status === 'applied' || m.payload == null ? null : JSON.stringify(m.payload),
      hlcEffective: hlc,
      status: outcome.status,
      code,
      message,
    });
  }

  for (const batch of batches.values()) await batch.flush();
  await storeMutations(tx, device, serverTime, rows);
  if (newlyParked.length > 0)
    await tx.query(
      `INSERT INTO parked_entities (entity, entity_id, ward_code, device_id, first_seq)
       SELECT entity, entity_id, $1, $2, first_seq FROM jsonb_to_recordset($3::jsonb) AS t(entity text, entity_id text, first_seq bigint)
       ON CONFLICT DO NOTHING`,
      [device.wardCode, device.deviceId, JSON.stringify(newlyParked)],
    );
  await recordChanges(tx, device.wardCode, changes);
  return results;
}
