// `dossier_code.allocate@1`: a dossier code a ward PC handed out (src/main/service/dossier-codes). The
// code is printed on the citizen's receipt, so it is an official number (sync research §6.5): the first
// allocation the city sees keeps the record, and another allocation of the same code (two PCs set to one
// slot, a PC restored from an old backup) is applied and flagged as an incident for a human, never
// overwritten or renumbered. An allocation has no id of its own: its mutation id stands for it.
import { z } from 'zod';
import { Instant } from '../../shared/sync/wire';
import type { Queryable } from '../db/adapter';
import type { EntityBatch, EntityModule, OpContext, OpOutcome } from './entity-module';
import { flagMisdated, misjudgedDay, type MisdatedClaim } from './misdated';
import { claimOfficialNumbers, type NumberClaim } from './official-numbers';

const Allocation = z.looseObject({
  code: z.string().min(1).max(64),
  unitCode: z.string().min(1).max(64),
  day: z.iso.date(),
  number: z.number().int().min(0),
  issuedAt: Instant,
});

interface Held {
  code: string;
  payload: unknown;
  hlc: string;
  deviceId: string;
  at: string;
}

class DossierCodeBatch implements EntityBatch {
  private readonly held = new Map<string, Held>();
  private readonly claims: NumberClaim[] = [];
  private readonly misdated: MisdatedClaim[] = [];

  constructor(
    private readonly tx: Queryable,
    private readonly wardCode: string,
  ) {}

  apply(_op: string, payload: unknown, ctx: OpContext): OpOutcome {
    const parsed = Allocation.safeParse(payload);
    if (!parsed.success || parsed.data.code !== ctx.entityId) return { status: 'parked', code: 'payload_schema' };
    if (!this.held.has(ctx.entityId))
      this.held.set(ctx.entityId, { code: ctx.entityId, payload, hlc: ctx.hlc, deviceId: ctx.deviceId, at: ctx.serverTime.toISOString() });
    const claim = { number: ctx.entityId, entity_id: ctx.mutationId, device_id: ctx.deviceId, seq: ctx.seq };
    this.claims.push(claim);
    const judged = misjudgedDay(parsed.data.day, ctx);
    if (judged) this.misdated.push({ ...claim, judged_day: judged });
    return { status: 'applied', change: null };
  }

  async flush(): Promise<void> {
    if (this.claims.length === 0) return;
    const rows = [...this.held.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    await this.tx.query(
      `INSERT INTO ward_records (ward_code, entity, entity_id, op, payload, hlc, device_id, updated_at)
       SELECT $1, 'dossier_code', r.code, 'dossier_code.allocate@1', r.payload, r.hlc, r.device_id, r.at
       FROM jsonb_to_recordset($2::jsonb) AS r(code text, payload jsonb, hlc text, device_id uuid, at timestamptz)
       ON CONFLICT (ward_code, entity, entity_id) DO NOTHING`,
      [this.wardCode, JSON.stringify(rows.map((r) => ({ code: r.code, payload: r.payload, hlc: r.hlc, device_id: r.deviceId, at: r.at })))],
    );
    await claimOfficialNumbers(this.tx, this.wardCode, 'dossier_code', this.claims);
    await flagMisdated(this.tx, this.wardCode, 'dossier_code', this.misdated);
  }
}

export const dossierCodeModule: EntityModule = {
  entity: 'dossier_code',
  ops: new Set(['dossier_code.allocate@1']),
  begin: async (tx, wardCode) => new DossierCodeBatch(tx, wardCode),
};
