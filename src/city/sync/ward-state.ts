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
  const rows = [...latest.values()];
  // One statement takes the next versions and writes the rows. Scalars go as typed arrays, the states
  // as one jsonb array read by position: jsonb_to_recordset over the whole batch was slower.
  const written = await tx.query<{ v: number }>(
    `WITH clock AS (UPDATE ward_clock SET v = v + $2 WHERE ward_code = $1 RETURNING v),
       states AS MATERIALIZED (SELECT $6::jsonb AS data)
     INSERT INTO ward_state (ward_code, entity, entity_id, data, v, origin_device_id)
     SELECT $1, entity, entity_id, states.data -> (n - 1)::int, clock.v - $2 + n, origin
     FROM unnest($3::text[], $4::text[], $5::uuid[]) WITH ORDINALITY AS t(entity, entity_id, origin, n), clock, states
     ON CONFLICT (ward_code, entity, entity_id) DO UPDATE SET data = excluded.data, v = excluded.v, origin_device_id = excluded.origin_device_id
     RETURNING v`,
    [
      wardCode,
      rows.length,
      rows.map((c) => c.entity),
      rows.map((c) => c.entityId),
      rows.map((c) => c.originDeviceId),
      JSON.stringify(rows.map((c) => c.data)),
    ],
  );
  if (written.length !== rows.length) throw new Error(`ward ${wardCode} has no clock row`);
}
