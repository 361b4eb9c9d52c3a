// Pull and snapshot (sync research §6.4): the newest state of every entity a ward changed since the
// cursor, in commit order by its version; a cursor the server cannot continue (ahead of the ward's
// clock: a restored server) re-snapshots the ward's latest state in keyset pages.
import { z } from 'zod';
import {
  ChangeEntity,
  type Change,
  type PullQuery,
  type PullResponse,
  type SnapshotItem,
  type SnapshotQuery,
  type SnapshotResponse,
} from '../../shared/sync/wire';
import type { CityDb } from '../db/adapter';
import { SyncError } from '../sync-error';

export interface PullingDevice {
  deviceId: string;
  wardCode: string;
}

export async function pull(db: CityDb, device: PullingDevice, query: PullQuery, now: () => Date): Promise<PullResponse> {
  return db.transaction(
    async (tx) => {
      const [clock] = await tx.query<{ v: number }>('SELECT v FROM ward_clock WHERE ward_code = $1', [device.wardCode]);
      if (!clock) throw new SyncError('forbidden', `ward ${device.wardCode} unknown`);
      // A cursor beyond the ward's versions means the device saw changes this database no longer has (a restored server).
      if (query.cursor > clock.v)
        throw new SyncError('cursor_expired', `cursor ${query.cursor} is ahead of the ward's versions (${clock.v})`);
      const rows = await tx.query<{
        v: number;
        entity: Change['entity'];
        entity_id: string;
        data: Record<string, unknown>;
        origin_device_id: string | null;
      }>('SELECT v, entity, entity_id, data, origin_device_id FROM ward_state WHERE ward_code = $1 AND v > $2 ORDER BY v LIMIT $3', [
        device.wardCode,
        query.cursor,
        query.limit + 1,
      ]);
      const [dev] = await tx.query<{ last_seq: number }>('SELECT last_seq FROM devices WHERE id = $1', [device.deviceId]);
      const page = rows.slice(0, query.limit);
      return {
        changes: page.map((r) => ({ v: r.v, entity: r.entity, entityId: r.entity_id, data: r.data, originDeviceId: r.origin_device_id })),
        nextCursor: page.at(-1)?.v ?? query.cursor,
        hasMore: rows.length > query.limit,
        lastSeqForThisDevice: dev?.last_seq ?? 0,
        serverTime: now().toISOString(),
      };
    },
    { isolation: 'repeatable read', readOnly: true },
  );
}

// The token is opaque to the ward but comes back from it: what it holds goes into a query, so it has the
// shapes this server writes (a NUL in the entity id would make PostgreSQL fail the query).
const PageToken = z.strictObject({
  cursor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  entity: ChangeEntity,
  entityId: z
    .string()
    .max(200)
    .refine((s) => !s.includes('\u0000'), 'no NUL'),
});

function encodePage(token: z.infer<typeof PageToken>): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodePage(page: string): z.infer<typeof PageToken> {
  try {
    return PageToken.parse(JSON.parse(Buffer.from(page, 'base64url').toString('utf8')));
  } catch {
    throw new SyncError('bad_request', 'snapshot page token is not one this server issued', { issues: ['page: invalid'] });
  }
}

/**
 * The ward's latest state in (entity, id) pages. Rows changed while paging may come with a newer state
 * than `cursor`; pulling from `cursor` afterwards re-applies them, which is harmless (changes are upserts).
 */
export async function snapshot(db: CityDb, device: PullingDevice, query: SnapshotQuery, now: () => Date): Promise<SnapshotResponse> {
  const from = query.page ? decodePage(query.page) : null;
  return db.transaction(
    async (tx) => {
      let cursor = from?.cursor;
      if (cursor === undefined) {
        const [clock] = await tx.query<{ v: number }>('SELECT v FROM ward_clock WHERE ward_code = $1', [device.wardCode]);
        cursor = clock?.v ?? 0;
      }
      const rows = await tx.query<{ entity: SnapshotItem['entity']; entity_id: string; data: Record<string, unknown> }>(
        `SELECT entity, entity_id, data FROM ward_state WHERE ward_code = $1 AND (entity, entity_id) > ($2, $3)
         ORDER BY entity, entity_id LIMIT $4`,
        [device.wardCode, from?.entity ?? '', from?.entityId ?? '', query.limit + 1],
      );
      const items = rows.slice(0, query.limit).map((r) => ({ entity: r.entity, entityId: r.entity_id, data: r.data }));
      const last = items.at(-1);
      return {
        items,
        nextPage: rows.length > query.limit && last ? encodePage({ cursor, entity: last.entity, entityId: last.entityId }) : null,
        cursor,
        serverTime: now().toISOString(),
      };
    },
    { readOnly: true },
  );
}
