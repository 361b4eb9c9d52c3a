// `clerk.save@1`: a ward's clerk account (never its secret), sent once per creation or change, so that
// the city can name the clerk a ticket event's actor points to (src/city/ops/actor.ts). Kept like the
// ward's other set-up records (latest by clamped HLC per ward), but checked first: the city reads these
// back for the dashboard, so a record it cannot read whole is parked rather than stored.
import { z } from 'zod';
import { Instant, Uuid } from '../../shared/sync/wire';
import type { Queryable } from '../db/adapter';
import { wardRecordModule } from './ward-records';

export const CLERK_ROLES = ['clerk', 'head', 'admin'] as const;

/** Strict: a field this version does not know means a newer op shape, which must come as `clerk.save@2`. */
export const ClerkRecord = z.strictObject({
  id: Uuid,
  username: z.string().regex(/^[a-z0-9._-]{3,32}$/),
  fullName: z.string().min(1).max(100),
  role: z.enum(CLERK_ROLES),
  active: z.boolean(),
  updatedAt: Instant,
});
export type ClerkRecord = z.infer<typeof ClerkRecord>;

export const clerkModule = wardRecordModule('clerk', ['clerk.save@1'], {
  // The entity id is the clerk's id: a payload naming another clerk would file one under the other's key.
  accepts: (payload, ctx) => {
    const parsed = ClerkRecord.safeParse(payload);
    return parsed.success && parsed.data.id === ctx.entityId;
  },
});

// A type, not an interface: query rows must be plain records (src/city/db/adapter.ts Row).
export type ClerkName = {
  id: string;
  username: string;
  fullName: string;
};

/** The clerks a ward has sent, by id: what a ticket event's `clerk_id` is shown as. */
export async function clerkNames(db: Queryable, wardCode: string): Promise<Map<string, ClerkName>> {
  const rows = await db.query<ClerkName>(
    `SELECT entity_id AS id, payload->>'username' AS username, payload->>'fullName' AS "fullName"
     FROM ward_records WHERE ward_code = $1 AND entity = 'clerk' ORDER BY entity_id`,
    [wardCode],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
