// Official numbers printed for citizens (ticket numbers, dossier codes) are collision-free by
// construction (counter slots); this records who holds each one so a collision is seen, not fixed.
import type { Queryable } from '../db/adapter';

export interface NumberClaim {
  number: string;
  entity_id: string;
  device_id: string;
  seq: number;
}

/**
 * Records who holds each official number; a number already held by another entity becomes an
 * incident. The printed paper exists either way, so nothing is renumbered automatically.
 */
export async function claimOfficialNumbers(tx: Queryable, wardCode: string, kind: string, claims: readonly NumberClaim[]): Promise<void> {
  const inserted = await tx.query<{ number: string; entity_id: string }>(
    `INSERT INTO official_numbers (ward_code, kind, number, entity_id)
     SELECT $1, $2, number, entity_id FROM unnest($3::text[], $4::uuid[]) AS t(number, entity_id)
     ON CONFLICT (ward_code, kind, number) DO NOTHING
     RETURNING number, entity_id`,
    [wardCode, kind, claims.map((c) => c.number), claims.map((c) => c.entity_id)],
  );
  // Only a claim that did not take its number can collide (with an earlier holder, or with another
  // claim of this batch): usually none, and the second statement is skipped.
  const took = new Set(inserted.map((r) => `${r.number}\u0000${r.entity_id}`));
  const contested = claims.filter((c) => !took.has(`${c.number}\u0000${c.entity_id}`));
  if (contested.length === 0) return;
  // A second statement, so that its snapshot sees holders committed meanwhile by the ward's other devices.
  await tx.query(
    `INSERT INTO incidents (ward_code, kind, number, holder_entity_id, colliding_entity_id, device_id, seq)
     SELECT $1, $2, c.number, o.entity_id, c.entity_id, c.device_id, c.seq
     FROM jsonb_to_recordset($3::jsonb) AS c(number text, entity_id uuid, device_id uuid, seq bigint)
     JOIN official_numbers o ON o.ward_code = $1 AND o.kind = $2 AND o.number = c.number
     WHERE o.entity_id <> c.entity_id
     ON CONFLICT DO NOTHING`,
    [wardCode, kind, JSON.stringify(contested)],
  );
}
