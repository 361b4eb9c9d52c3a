// The ward's own set-up ops. They are the ward's business (DESIGN §4: reception data belongs to the
// receiving ward), so the city records the latest of each, last writer by clamped HLC (sync research
// §6.5, descriptive data), and applies nothing to its own reference data: a ward that edits its local
// copy of the catalogue or calendar keeps its copy, and the city's next publication still reaches it.
import type { Queryable } from '../db/adapter';
import type { EntityBatch, EntityModule, OpContext, OpOutcome } from './entity-module';

interface Pending {
  entityId: string;
  op: string;
  payload: unknown;
  hlc: string;
  deviceId: string;
  at: string;
}

export interface WardRecordOptions {
  /**
   * Each PC of the ward has its own (its dossier-code block: the ward sends `this-pc`), so the city
   * keeps one record per device instead of letting the PCs overwrite each other's.
   */
  perDevice?: boolean;
  /**
   * The payload's shape, for records the city reads back (clerk names): one it does not accept is
   * parked as `payload_schema`, like a ticket event, so nothing half-understood is stored. Entities
   * without it are stored as sent, if they are a JSON object (every ward set-up record is one): the
   * city only keeps them for audit.
   */
  accepts?: (payload: unknown, ctx: OpContext) => boolean;
}

function isJsonObject(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload);
}

export function wardRecordModule(entity: string, ops: readonly string[], options: WardRecordOptions = {}): EntityModule {
  return {
    entity,
    ops: new Set(ops),
    async begin(tx: Queryable, wardCode: string, entityIds: readonly string[], deviceId: string): Promise<EntityBatch> {
      const keyOf = (ctx: { entityId: string; deviceId: string }): string => (options.perDevice ? ctx.deviceId : ctx.entityId);
      const stored = new Map<string, string>();
      const rows = await tx.query<{ entity_id: string; hlc: string }>(
        `SELECT entity_id, hlc FROM ward_records WHERE ward_code = $1 AND entity = $2 AND entity_id = ANY($3::text[])
         ORDER BY entity_id FOR UPDATE`,
        [wardCode, entity, options.perDevice ? [deviceId] : entityIds],
      );
      for (const r of rows) stored.set(r.entity_id, r.hlc);
      const pending = new Map<string, Pending>();
      return {
        apply(op: string, payload: unknown, ctx: OpContext): OpOutcome {
          const accepted = options.accepts ? options.accepts(payload, ctx) : isJsonObject(payload);
          if (!accepted) return { status: 'parked', code: 'payload_schema' };
          // HLC strings sort in clock order; an older change arriving late is recorded as applied but
          // does not replace the newer state.
          const key = keyOf(ctx);
          const newest = pending.get(key)?.hlc ?? stored.get(key);
          if (newest === undefined || ctx.hlc > newest)
            pending.set(key, {
              entityId: key,
              op,
              payload,
              hlc: ctx.hlc,
              deviceId: ctx.deviceId,
              at: ctx.serverTime.toISOString(),
            });
          return { status: 'applied', change: null };
        },
        async flush(): Promise<void> {
          if (pending.size === 0) return;
          await tx.query(
            `INSERT INTO ward_records (ward_code, entity, entity_id, op, payload, hlc, device_id, updated_at)
             SELECT $1, $2, r.entity_id, r.op, r.payload, r.hlc, r.device_id, r.at
             FROM jsonb_to_recordset($3::jsonb) AS r(entity_id text, op text, payload jsonb, hlc text, device_id uuid, at timestamptz)
             ON CONFLICT (ward_code, entity, entity_id) DO UPDATE SET op = excluded.op, payload = excluded.payload, hlc = excluded.hlc,
               device_id = excluded.device_id, updated_at = excluded.updated_at`,
            [
              wardCode,
              entity,
              JSON.stringify(
                [...pending.values()].map((p) => ({
                  entity_id: p.entityId,
                  op: p.op,
                  payload: p.payload,
                  hlc: p.hlc,
                  device_id: p.deviceId,
                  at: p.at,
                })),
              ),
            ],
          );
        },
      };
    },
  };
}

export const wardRecordModules: readonly EntityModule[] = [
  wardRecordModule('service', ['service.save@1']),
  wardRecordModule('counter', ['counter.save@1']),
  wardRecordModule('priority_category', ['priority_category.save@1']),
  wardRecordModule('settings', ['settings.update@1']),
  wardRecordModule('account_settings', ['account_settings.save@1']),
  wardRecordModule('device', ['device.pair@1', 'device.revoke@1']),
  wardRecordModule('procedure', ['procedure.save@1', 'procedure.remove@1']),
  wardRecordModule('calendar_year', ['calendar_year.save@1']),
  wardRecordModule('calendar_office', ['calendar_office.save@1']),
  wardRecordModule('statutory_rules', ['statutory_rules.save@1']),
  wardRecordModule('dossier_code_settings', ['dossier_code_settings.save@1'], { perDevice: true }),
];
