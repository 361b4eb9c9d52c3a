// City-owned reference data (procedure catalogue entries, calendar years, statutory holiday rules, ward settings): the city
// writes it, every ward it concerns receives it through pull.
import { z } from 'zod';
import type { CityDb, Queryable } from '../db/adapter';
import { recordChanges } from './ward-state';

export const REFERENCE_ENTITIES = ['procedure', 'calendar_year', 'statutory_rules', 'ward_setting'] as const;
export type ReferenceEntity = (typeof REFERENCE_ENTITIES)[number];

export const ReferenceItem = z.strictObject({
  entity: z.enum(REFERENCE_ENTITIES),
  key: z.string().min(1).max(100),
  // The catalogue and calendar modules own these shapes; the city stores and forwards them whole.
  data: z.record(z.string(), z.unknown()),
});
export type ReferenceItem = z.infer<typeof ReferenceItem>;

/** `ward_setting` belongs to one ward; the other kinds to every ward. */
export async function publishReference(db: CityDb, item: ReferenceItem, wardCode: string | null): Promise<number> {
  if ((item.entity === 'ward_setting') !== (wardCode !== null))
    throw new Error('ward settings need a ward; catalogue and calendar data are city-wide');
  const scope = wardCode ?? 'city';
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO reference_data (scope, entity, key, data, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (scope, entity, key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      [scope, item.entity, item.key, JSON.stringify(item.data)],
    );
    const wards = wardCode ? [{ code: wardCode }] : await tx.query<{ code: string }>('SELECT code FROM wards ORDER BY code');
    for (const ward of wards)
      await recordChanges(tx, ward.code, [{ entity: item.entity, entityId: item.key, data: item.data, originDeviceId: null }]);
    return wards.length;
  });
}

/** A new ward starts with the city-wide reference data already in its log. */
export async function seedWardReference(tx: Queryable, wardCode: string): Promise<void> {
  const items = await tx.query<{ entity: ReferenceEntity; key: string; data: Record<string, unknown> }>(
    `SELECT entity, key, data FROM reference_data WHERE scope = 'city' ORDER BY entity, key`,
  );
  await recordChanges(
    tx,
    wardCode,
    items.map((i) => ({ entity: i.entity, entityId: i.key, data: i.data, originDeviceId: null })),
  );
}
