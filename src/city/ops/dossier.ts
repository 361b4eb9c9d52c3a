// `dossier.<action>@1`: the dossiers a ward received and each step of their lifecycle, and
// `dossier.conflict@1`, a status the processing side posted that the ward could not apply. The ward's
// dossier is the record (reception data belongs to the receiving ward; processing statuses reach it by
// pull and come back here as the ward's own steps), so the city replays the ward's steps through the
// shared lifecycle and refuses one that does not follow from its copy. Everything is per ward: an id
// another ward holds is as unknown here as one nobody holds.
import { z } from 'zod';
import { ClockTime } from '../../shared/catalog/deadline-rule';
import { DOSSIER_STATUSES, DOSSIER_STEPS, dossierTransition, type DossierStatus } from '../../shared/dossier/dossier-state';
import { Instant, PROCESSING_ACTOR, PROCESSING_STATUSES, Uuid } from '../../shared/sync/wire';
import { localDay } from '../../shared/time/local-time';
import type { Queryable } from '../db/adapter';
import { parseActor } from './actor';
import type { EntityBatch, EntityModule, OpContext, OpOutcome } from './entity-module';
import { claimOfficialNumbers, type NumberClaim } from './official-numbers';

const Status = z.enum(DOSSIER_STATUSES);
const ACTIONS = ['receive', ...DOSSIER_STEPS] as const;
const Due = z.strictObject({ date: z.iso.date(), time: ClockTime, at: Instant });

/** The dossier as the ward's API answers it; the city reads only these fields, the rest is kept as sent. */
const DossierDocument = z.looseObject({
  id: Uuid,
  code: z.string().min(1).max(64),
  status: Status,
  procedure: z.looseObject({ id: z.string().min(1).max(100) }),
  receivedAt: Instant,
  due: Due,
  updatedAt: Instant,
});

const StepPayload = z.strictObject({
  eventId: Uuid,
  action: z.enum(ACTIONS),
  from: Status.nullable(),
  to: Status,
  at: Instant,
  reason: z.string().max(2000).nullable(),
  newDue: Due.nullable(),
  dossier: DossierDocument,
});
type StepPayload = z.infer<typeof StepPayload>;

const ConflictPayload = z.strictObject({
  eventId: Uuid,
  status: z.enum(PROCESSING_STATUSES),
  at: Instant,
  note: z.string().max(2000).nullable(),
  wardStatus: Status,
  recordedAt: Instant,
});
type ConflictPayload = z.infer<typeof ConflictPayload>;

const CONFLICT_OP = 'dossier.conflict@1';

type Parsed = { kind: 'step'; p: StepPayload } | { kind: 'conflict'; p: ConflictPayload };

function parse(op: string, payload: unknown, entityId: string): Parsed | string {
  const schema = op === CONFLICT_OP ? ConflictPayload : StepPayload;
  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    return parsed.error.issues
      .slice(0, 5)
      .map((i) => `payload.${i.path.join('.')}: ${i.message}`)
      .join('; ');
  if (op === CONFLICT_OP) return { kind: 'conflict', p: parsed.data as ConflictPayload };
  const p = parsed.data as StepPayload;
  if (`dossier.${p.action}@1` !== op) return `payload.action: ${p.action} does not match op ${op}`;
  if (p.dossier.id !== entityId) return 'payload.dossier.id: not the mutation entityId';
  return { kind: 'step', p };
}

interface CityDossier {
  status: DossierStatus;
  originDeviceId: string;
  document: StepPayload['dossier'];
  dirty: boolean;
}

interface EventRecord {
  event_id: string;
  dossier_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  at: string;
  reason: string | null;
  new_due: StepPayload['newDue'];
  source: 'ward' | 'processing';
  clerk_id: string | null;
  device_id: string;
  seq: number;
}

interface ConflictRecord {
  event_id: string;
  dossier_id: string;
  status: string;
  at: string;
  note: string | null;
  ward_status: string;
  recorded_at: string;
  device_id: string;
  seq: number;
}

function decide(current: CityDossier | undefined, p: StepPayload): OpOutcome | null {
  if (p.action === 'receive') {
    if (current) return { status: 'rejected', code: 'dossier_exists' };
    if (p.from !== null || p.to !== 'received' || p.dossier.status !== 'received')
      return { status: 'rejected', code: 'dossier_state_mismatch' };
    return null;
  }
  if (!current) return { status: 'rejected', code: 'dossier_unknown' };
  const moved = dossierTransition(current.status, p.action);
  if (!moved.ok) return { status: 'rejected', code: 'dossier_illegal_step' };
  if (p.from !== current.status || p.to !== moved.to || p.dossier.status !== moved.to)
    return { status: 'rejected', code: 'dossier_state_mismatch' };
  return null;
}

class DossierBatch implements EntityBatch {
  private readonly events: EventRecord[] = [];
  private readonly conflicts: ConflictRecord[] = [];
  private readonly numbers: NumberClaim[] = [];

  constructor(
    private readonly tx: Queryable,
    private readonly wardCode: string,
    private readonly dossiers: Map<string, CityDossier>,
    /** Event ids this ward's dossiers already hold, steps and conflicts alike: each applies once. */
    private readonly seen: Set<string>,
  ) {}

  apply(op: string, payload: unknown, ctx: OpContext): OpOutcome {
    const parsed = parse(op, payload, ctx.entityId);
    // Checked before the transaction (checkPayload): only a bug could get here with a bad payload.
    if (typeof parsed === 'string') return { status: 'rejected', code: 'malformed_mutation' };
    const current = this.dossiers.get(ctx.entityId);
    // A step already here (the ward resent it under another seq, e.g. after a restore) changes nothing.
    if (this.seen.has(parsed.p.eventId)) return { status: 'applied', change: null };
    if (parsed.kind === 'conflict') return this.conflict(current, parsed.p, ctx);

    const p = parsed.p;
    const refusal = decide(current, p);
    if (refusal) return refusal;
    this.dossiers.set(ctx.entityId, {
      status: p.to,
      originDeviceId: current?.originDeviceId ?? ctx.deviceId,
      document: p.dossier,
      dirty: true,
    });
    this.seen.add(p.eventId);
    this.events.push({
      event_id: p.eventId,
      dossier_id: ctx.entityId,
      action: p.action,
      from_status: p.from,
      to_status: p.to,
      at: p.at,
      reason: p.reason,
      new_due: p.newDue,
      source: ctx.actor === PROCESSING_ACTOR ? 'processing' : 'ward',
      clerk_id: parseActor(ctx.actor).clerkId,
      device_id: ctx.deviceId,
      seq: ctx.seq,
    });
    if (p.action === 'receive')
      this.numbers.push({ number: p.dossier.code, entity_id: ctx.entityId, device_id: ctx.deviceId, seq: ctx.seq });
    return { status: 'applied', change: null };
  }

  private conflict(current: CityDossier | undefined, p: ConflictPayload, ctx: OpContext): OpOutcome {
    if (!current) return { status: 'rejected', code: 'dossier_unknown' };
    this.seen.add(p.eventId);
    this.conflicts.push({
      event_id: p.eventId,
      dossier_id: ctx.entityId,
      status: p.status,
      at: p.at,
      note: p.note,
      ward_status: p.wardStatus,
      recorded_at: p.recordedAt,
      device_id: ctx.deviceId,
      seq: ctx.seq,
    });
    return { status: 'applied', change: null };
  }

  async flush(): Promise<void> {
    const dirty = [...this.dossiers.entries()].filter(([, d]) => d.dirty);
    if (dirty.length > 0)
      await this.tx.query(
        `INSERT INTO dossiers (ward_code, id, origin_device_id, code, status, procedure_id, received_day, received_at, due_at, data, updated_at)
         SELECT $1, d.id, d.origin, d.code, d.status, d.procedure_id, d.received_day, d.received_at, d.due_at, d.data, d.updated_at
         FROM jsonb_to_recordset($2::jsonb) AS d(id uuid, origin uuid, code text, status text, procedure_id text, received_day text,
           received_at timestamptz, due_at timestamptz, data jsonb, updated_at timestamptz)
         ON CONFLICT (ward_code, id) DO UPDATE SET status = excluded.status, due_at = excluded.due_at, data = excluded.data,
           updated_at = excluded.updated_at`,
        [
          this.wardCode,
          JSON.stringify(
            dirty.map(([id, d]) => ({
              id,
              origin: d.originDeviceId,
              code: d.document.code,
              status: d.status,
              procedure_id: d.document.procedure.id,
              received_day: localDay(d.document.receivedAt),
              received_at: d.document.receivedAt,
              due_at: d.document.due.at,
              data: d.document,
              updated_at: d.document.updatedAt,
            })),
          ),
        ],
      );
    if (this.events.length > 0)
      await this.tx.query(
        `INSERT INTO dossier_events (ward_code, event_id, dossier_id, action, from_status, to_status, at, reason, new_due, source, clerk_id,
           device_id, seq)
         SELECT $1, e.event_id, e.dossier_id, e.action, e.from_status, e.to_status, e.at, e.reason, e.new_due, e.source, e.clerk_id,
           e.device_id, e.seq
         FROM jsonb_to_recordset($2::jsonb) AS e(event_id uuid, dossier_id uuid, action text, from_status text, to_status text,
           at timestamptz, reason text, new_due jsonb, source text, clerk_id uuid, device_id uuid, seq bigint)
         ON CONFLICT DO NOTHING`,
        [this.wardCode, JSON.stringify(this.events)],
      );
    if (this.conflicts.length > 0)
      await this.tx.query(
        `INSERT INTO dossier_conflicts (ward_code, event_id, dossier_id, status, at, note, ward_status, recorded_at, device_id, seq)
         SELECT $1, c.event_id, c.dossier_id, c.status, c.at, c.note, c.ward_status, c.recorded_at, c.device_id, c.seq
         FROM jsonb_to_recordset($2::jsonb) AS c(event_id uuid, dossier_id uuid, status text, at timestamptz, note text, ward_status text,
           recorded_at timestamptz, device_id uuid, seq bigint)
         ON CONFLICT DO NOTHING`,
        [this.wardCode, JSON.stringify(this.conflicts)],
      );
    if (this.numbers.length > 0) await claimOfficialNumbers(this.tx, this.wardCode, 'dossier', this.numbers);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const dossierModule: EntityModule = {
  entity: 'dossier',
  ops: new Set([...ACTIONS.map((a) => `dossier.${a}@1`), CONFLICT_OP]),
  checkPayload(op, payload, entityId) {
    const parsed = parse(op, payload, entityId);
    return typeof parsed === 'string' ? parsed : null;
  },
  async begin(tx, wardCode, entityIds) {
    // A dossier's id is a uuid; a mutation naming anything else was refused by checkPayload.
    const ids = entityIds.filter((id) => UUID.test(id));
    const rows = await tx.query<{ id: string; status: DossierStatus; origin_device_id: string; data: StepPayload['dossier'] }>(
      `SELECT id::text AS id, status, origin_device_id::text AS origin_device_id, data FROM dossiers
       WHERE ward_code = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [wardCode, ids],
    );
    const seen = await tx.query<{ event_id: string }>(
      `SELECT event_id::text AS event_id FROM dossier_events WHERE ward_code = $1 AND dossier_id = ANY($2::uuid[])
       UNION ALL SELECT event_id::text FROM dossier_conflicts WHERE ward_code = $1 AND dossier_id = ANY($2::uuid[])`,
      [wardCode, ids],
    );
    const dossiers = new Map<string, CityDossier>();
    for (const r of rows) dossiers.set(r.id, { status: r.status, originDeviceId: r.origin_device_id, document: r.data, dirty: false });
    return new DossierBatch(tx, wardCode, dossiers, new Set(seen.map((r) => r.event_id)));
  },
};
