import type { ChangeEntity } from '../../shared/sync/wire';
import type { Queryable } from '../db/adapter';

export interface ChangeInput {
  entity: ChangeEntity;
  entityId: string;
  data: Record<string, unknown>;
  originDeviceId: string | null;
}

/**
 * Records changes in the ward's latest-state table under new versions. Must run in the transaction
 * that made them: the ward_clock row lock it takes is held to commit, so versions are in commit order
 * and a pull reading "every row above my cursor" never skips a change committed later with a lower one.
 * Several changes to one entity keep only the last: a change carries the full state.
 */
export async function recordChanges(tx: Queryable, wardCode: string, changes: readonly ChangeInput[]): Promise<void> {
  const latest = new Map<string, ChangeInput>();
  for (const c of changes) {
    const key = `${c.entity}\u0000${c.entityId}`;
    latest.delete(key);
    latest.set(key, c);
  }
  if (latest.size === 0) return;
  const [clock] = await tx.query<{ v: number }>('UPDATE ward_clock SET v = v + $2 WHERE ward_code = $1 RETURNING v', [
    wardCode,
    latest.size,
  ]);
  if (!clock) throw new Error(`ward ${wardCode} has no clock row`);
  const first = clock.v - latest.size + 1;
  const rows = [...latest.values()].map((c, i) => ({
    v: first + i,
    entity: c.entity,
    entity_id: c.entityId,
    data: c.data,
    origin: c.originDeviceId,
  }));
  await tx.query(
    `INSERT INTO ward_state (ward_code, entity, entity_id, data, v, origin_device_id)
     SELECT $1, entity, entity_id, data, v, origin FROM jsonb_to_recordset($2::jsonb) AS t(v bigint, entity text, entity_id text, data jsonb, origin uuid)
     ON CONFLICT (ward_code, entity, entity_id) DO UPDATE SET data = excluded.data, v = excluded.v, origin_device_id = excluded.origin_device_id`,
    [wardCode, JSON.stringify(rows)],
  );
}
