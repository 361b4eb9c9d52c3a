// Dated official numbers (a ticket's day, a dossier code's YYMMDD) filed under a PC clock the city
// judges wrong (issue 21 §4). The ward dates by the city's clock once it knows it; what it filed before
// is judged here, per row, and flagged in `incidents` for a human. Nothing is renumbered or moved to
// another day: the citizen holds the printed paper.
import { localDay } from '../../shared/time/local-time';
import type { Queryable } from '../db/adapter';
import type { OpContext } from './entity-module';

/** A PC clock off by more than this when a row was made makes its day worth a look. */
export const MISDATED_OFFSET_MS = 10 * 60_000;

export interface MisdatedClaim {
  number: string;
  entity_id: string;
  device_id: string;
  seq: number;
  judged_day: string;
}

/**
 * The Hanoi day the city judges a row was made on, when it is not the day the row was filed under;
 * null when they agree. The row's wall time is the PC's own clock when it was made; moved by the PC's
 * offset the push reports when that is over the threshold, and never later than its arrival here: a day
 * that had not begun at the city when the row arrived cannot be the day it was made.
 */
export function misjudgedDay(filedDay: string, ctx: OpContext): string | null {
  const offset = ctx.deviceClockOffsetMs;
  const wall = Date.parse(ctx.wallTime) + (offset !== null && Math.abs(offset) > MISDATED_OFFSET_MS ? offset : 0);
  const judged = localDay(new Date(Math.min(wall, ctx.serverTime.getTime())));
  return judged === filedDay ? null : judged;
}

export async function flagMisdated(tx: Queryable, wardCode: string, kind: string, claims: readonly MisdatedClaim[]): Promise<void> {
  if (claims.length === 0) return;
  await tx.query(
    `INSERT INTO incidents (ward_code, kind, number, holder_entity_id, colliding_entity_id, device_id, seq, judged_day)
     SELECT $1, $2, c.number, c.entity_id, c.entity_id, c.device_id, c.seq, c.judged_day
     FROM jsonb_to_recordset($3::jsonb) AS c(number text, entity_id uuid, device_id uuid, seq bigint, judged_day text)
     ON CONFLICT DO NOTHING`,
    [wardCode, `misdated_${kind}`, JSON.stringify(claims)],
  );
}
