// The city's replay of a ward's dossier steps (src/city/ops/dossier.ts) on an embedded PGlite city
// database, pushed as a ward PC pushes them: which steps the city takes, which it refuses and why, what
// it keeps of each, and that a step or a processing conflict sent again is kept once.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { DossierStatus } from '../../src/shared/dossier/dossier-state';
import type { Mutation } from '../../src/shared/sync/wire';
import { migratedPglite } from '../support/test-pglite';
import { cityFixture, count, type CityFixture } from './city-fixture';
import type { TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

type Due = { date: string; time: string; at: string };

interface Doc {
  id: string;
  code: string;
  status: DossierStatus;
  procedure: { id: string; name?: string };
  receivedAt: string;
  due: Due;
  updatedAt: string;
  [extra: string]: unknown;
}

interface StepFields {
  eventId: string;
  action: string;
  from: DossierStatus | null;
  to: DossierStatus;
  at: string;
  reason: string | null;
  newDue: Due | null;
  dossier: Doc;
}

const CLERK = 'c0ffee00-0000-4000-8000-000000000001';
// 17:30 UTC on 23 November is 00:30 on the 24th in Hanoi: the city files the dossier under the Hanoi day.
const RECEIVED_AT = '2026-11-23T17:30:00.000Z';
const FIRST_DUE: Due = { date: '2026-11-27', time: '16:30', at: '2026-11-27T09:30:00.000Z' };
const LATER_DUE: Due = { date: '2026-12-02', time: '10:00', at: '2026-12-02T03:00:00.000Z' };

/** A ward PC's dossiers, as its outbox sends their steps: the step's fields can be bent to what a test needs. */
class DossierOutbox {
  readonly docs = new Map<string, Doc>();
  constructor(
    readonly rows: WardOutbox,
    /** Minutes after reception of this PC's last step. */
    private minute = 0,
  ) {}

  private at(): string {
    this.minute += 1;
    return new Date(Date.parse(RECEIVED_AT) + this.minute * 60_000).toISOString();
  }

  mutation(entityId: string, op: string, payload: unknown, actor = 'local'): Mutation {
    return { ...this.rows.record('dossier', entityId, op, payload), actor };
  }

  receive(code: string, bend: (s: StepFields) => StepFields = (s) => s, actor = `local;clerk:${CLERK}`): Mutation {
    const id = uuidv7();
    const dossier: Doc = {
      id,
      code,
      status: 'received',
      procedure: { id: 'ho-tich.khai-sinh', name: 'Đăng ký khai sinh' },
      receivedAt: RECEIVED_AT,
      due: FIRST_DUE,
      updatedAt: RECEIVED_AT,
      applicant: { fullName: 'Nguyễn Văn An' },
    };
    this.docs.set(id, dossier);
    const step = bend({
      eventId: uuidv7(),
      action: 'receive',
      from: null,
      to: 'received',
      at: RECEIVED_AT,
      reason: null,
      newDue: null,
      dossier,
    });
    return this.mutation(id, 'dossier.receive@1', step, actor);
  }

  /** A step as the ward made it: `to` is where it lands (the status itself for an extension). */
  step(
    id: string,
    action: string,
    to: DossierStatus,
    options: { reason?: string; newDue?: Due; actor?: string; bend?: (s: StepFields) => StepFields } = {},
  ): Mutation {
    const before = this.docs.get(id)!;
    const at = this.at();
    const dossier: Doc = { ...before, status: to, due: options.newDue ?? before.due, updatedAt: at };
    const fields: StepFields = {
      eventId: uuidv7(),
      action,
      from: before.status,
      to,
      at,
      reason: options.reason ?? null,
      newDue: options.newDue ?? null,
      dossier,
    };
    // A bent step is one the city should refuse: the ward's copy stays where it was.
    if (!options.bend) this.docs.set(id, dossier);
    return this.mutation(id, `dossier.${action}@1`, options.bend ? options.bend(fields) : fields, options.actor ?? 'local');
  }

  conflict(id: string, status: string, wardStatus: DossierStatus, eventId: string = crypto.randomUUID()): Mutation {
    return this.mutation(id, 'dossier.conflict@1', {
      eventId,
      status,
      at: '2026-11-25T02:00:00.000Z',
      note: 'Phòng Tư pháp: đã có kết quả',
      wardStatus,
      recordedAt: '2026-11-25T02:05:00.000Z',
    });
  }

  /** The same row sent again under the next seq, as a ward does after restoring its outbox. */
  resend(m: Mutation): Mutation {
    return this.mutation(m.entityId, m.op, m.payload, m.actor);
  }
}

describe('the city replays a ward’s dossier steps', () => {
  let city: CityFixture;

  beforeAll(async () => {
    city = await cityFixture(await migratedPglite());
  }, 60_000);
  afterAll(async () => {
    await city?.close();
    await city?.db.close();
  });

  async function wardPc(ward?: string): Promise<{ ward: string; device: TestDevice; out: DossierOutbox }> {
    const w = ward ?? (await city.newWard());
    const device = await city.newDevice(w);
    return { ward: w, device, out: new DossierOutbox(new WardOutbox(device.deviceId)) };
  }

  /** Each pushed row's answer: `applied`, or the code it was refused with. */
  async function push(device: TestDevice, rows: Mutation[]): Promise<string[]> {
    const res = await device.push(rows);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results.map((r: { status: string; code: string | null }) => (r.status === 'applied' ? 'applied' : r.code));
  }

  async function dossierRow(ward: string, id: string) {
    const [row] = await city.db.query<Record<string, unknown>>(
      `SELECT origin_device_id::text AS origin, code, status, procedure_id, received_day,
         (extract(epoch FROM received_at) * 1000)::bigint AS received_ms, (extract(epoch FROM due_at) * 1000)::bigint AS due_ms,
         data, (extract(epoch FROM updated_at) * 1000)::bigint AS updated_ms
       FROM dossiers WHERE ward_code = $1 AND id = $2`,
      [ward, id],
    );
    return row;
  }

  async function events(ward: string, id: string) {
    return city.db.query<Record<string, unknown>>(
      `SELECT action, from_status, to_status, (extract(epoch FROM at) * 1000)::bigint AS at_ms, reason, new_due, source,
         clerk_id::text AS clerk, device_id::text AS device, seq
       FROM dossier_events WHERE ward_code = $1 AND dossier_id = $2 ORDER BY at`,
      [ward, id],
    );
  }

  it('keeps a received dossier as the ward sent it, under its Hanoi day, with its code held for the ward and the clerk who took it', async () => {
    const { ward, device, out } = await wardPc();
    const receive = out.receive('001.24.11.2026.H01');
    expect(await push(device, [receive])).toEqual(['applied']);

    expect(await dossierRow(ward, receive.entityId)).toEqual({
      origin: device.deviceId,
      code: '001.24.11.2026.H01',
      status: 'received',
      procedure_id: 'ho-tich.khai-sinh',
      received_day: '2026-11-24',
      received_ms: Date.parse(RECEIVED_AT),
      due_ms: Date.parse(FIRST_DUE.at),
      // Fields the city does not read are kept as sent.
      data: out.docs.get(receive.entityId),
      updated_ms: Date.parse(RECEIVED_AT),
    });
    expect(await events(ward, receive.entityId)).toEqual([
      {
        action: 'receive',
        from_status: null,
        to_status: 'received',
        at_ms: Date.parse(RECEIVED_AT),
        reason: null,
        new_due: null,
        source: 'ward',
        clerk: CLERK,
        device: device.deviceId,
        seq: 1,
      },
    ]);
    expect(
      await city.db.query('SELECT kind, number, entity_id::text AS holder FROM official_numbers WHERE ward_code = $1 AND kind = $2', [
        ward,
        'dossier',
      ]),
    ).toEqual([{ kind: 'dossier', number: '001.24.11.2026.H01', holder: receive.entityId }]);
  });

  it('follows a dossier through its lifecycle, from any PC of the ward, and relays the processing side’s steps as theirs', async () => {
    const { ward, device, out } = await wardPc();
    const receive = out.receive('002.24.11.2026.H01');
    const id = receive.entityId;
    // Received and transferred in one push: the step follows from the dossier the same batch created.
    expect(await push(device, [receive, out.step(id, 'transfer', 'transferred')])).toEqual(['applied', 'applied']);

    const other = await city.newDevice(ward);
    const second = new DossierOutbox(new WardOutbox(other.deviceId), 10);
    second.docs.set(id, out.docs.get(id)!);
    const steps = [
      second.step(id, 'start_processing', 'processing', { actor: 'processing' }),
      second.step(id, 'extend', 'processing', { reason: 'Cần xác minh thêm', newDue: LATER_DUE, actor: `local;clerk:${CLERK}` }),
      second.step(id, 'request_supplement', 'supplement_requested', { reason: 'Thiếu bản sao giấy chứng sinh' }),
    ];
    expect(await push(other, steps)).toEqual(['applied', 'applied', 'applied']);

    const row = await dossierRow(ward, id);
    const last = second.docs.get(id)!;
    // The dossier stays the first PC's (the one that received it) while it moves on.
    expect(row).toMatchObject({ origin: device.deviceId, status: 'supplement_requested', due_ms: Date.parse(LATER_DUE.at), data: last });
    expect(row!.updated_ms).toBe(Date.parse(last.updatedAt));
    const after = await events(ward, id);
    expect(after.map((e) => [e.action, e.from_status, e.to_status, e.source, e.clerk, e.device, e.seq])).toEqual([
      ['receive', null, 'received', 'ward', CLERK, device.deviceId, 1],
      ['transfer', 'received', 'transferred', 'ward', null, device.deviceId, 2],
      ['start_processing', 'transferred', 'processing', 'processing', null, other.deviceId, 1],
      ['extend', 'processing', 'processing', 'ward', CLERK, other.deviceId, 2],
      ['request_supplement', 'processing', 'supplement_requested', 'ward', null, other.deviceId, 3],
    ]);
    expect(after[3]).toMatchObject({ reason: 'Cần xác minh thêm', new_due: LATER_DUE });
    expect(after[4]).toMatchObject({ reason: 'Thiếu bản sao giấy chứng sinh', new_due: null });
  });

  it('refuses a second reception of a dossier it holds, and a reception that does not start the dossier as received', async () => {
    const { ward, device, out } = await wardPc();
    const first = out.receive('003.24.11.2026.H01');
    await push(device, [first]);
    const again = out.mutation(first.entityId, 'dossier.receive@1', { ...(first.payload as StepFields), eventId: uuidv7() });
    const bent = [
      out.receive('004.24.11.2026.H01', (s) => ({ ...s, from: 'received' })),
      out.receive('005.24.11.2026.H01', (s) => ({ ...s, to: 'transferred' })),
      out.receive('006.24.11.2026.H01', (s) => ({ ...s, dossier: { ...s.dossier, status: 'transferred' } })),
    ];
    expect(await push(device, [again, ...bent])).toEqual([
      'dossier_exists',
      'dossier_state_mismatch',
      'dossier_state_mismatch',
      'dossier_state_mismatch',
    ]);
    expect(await count(city.db, 'SELECT 1 FROM dossiers WHERE ward_code = $1', [ward])).toBe(1);
    expect(await count(city.db, 'SELECT 1 FROM dossier_events WHERE ward_code = $1', [ward])).toBe(1);
    expect(await count(city.db, 'SELECT 1 FROM official_numbers WHERE ward_code = $1 AND kind = $2', [ward, 'dossier'])).toBe(1);
  });

  it('refuses a step the lifecycle does not allow from the city’s copy, or one whose statuses do not follow from it, and changes nothing', async () => {
    const { ward, device, out } = await wardPc();
    const receive = out.receive('007.24.11.2026.H01');
    const id = receive.entityId;
    await push(device, [receive]);
    const before = await dossierRow(ward, id);
    const refused = [
      // A return straight from `received`: the lifecycle has no such step.
      out.step(id, 'return_result', 'returned', { bend: (s) => s }),
      out.step(id, 'transfer', 'transferred', { bend: (s) => ({ ...s, from: 'processing' }) }),
      out.step(id, 'transfer', 'transferred', { bend: (s) => ({ ...s, to: 'processing' }) }),
      out.step(id, 'transfer', 'transferred', { bend: (s) => ({ ...s, dossier: { ...s.dossier, status: 'processing' } }) }),
    ];
    expect(await push(device, refused)).toEqual([
      'dossier_illegal_step',
      'dossier_state_mismatch',
      'dossier_state_mismatch',
      'dossier_state_mismatch',
    ]);
    expect(await dossierRow(ward, id)).toEqual(before);
    expect((await events(ward, id)).map((e) => e.action)).toEqual(['receive']);

    // The same ward then sends the step right, and it applies.
    expect(await push(device, [out.step(id, 'transfer', 'transferred')])).toEqual(['applied']);
    expect(await dossierRow(ward, id)).toMatchObject({ status: 'transferred' });
  });

  it('knows no dossier the ward never received there, nor another ward’s, for a step or a processing conflict', async () => {
    const a = await wardPc();
    const b = await wardPc();
    const receive = a.out.receive('008.24.11.2026.H01');
    await push(a.device, [receive]);
    b.out.docs.set(receive.entityId, a.out.docs.get(receive.entityId)!);
    const stranger = uuidv7();
    b.out.docs.set(stranger, { ...a.out.docs.get(receive.entityId)!, id: stranger });
    expect(
      await push(b.device, [
        b.out.step(receive.entityId, 'transfer', 'transferred'),
        b.out.conflict(receive.entityId, 'result_ready', 'received'),
        b.out.step(stranger, 'transfer', 'transferred'),
      ]),
    ).toEqual(['dossier_unknown', 'dossier_unknown', 'dossier_unknown']);
    expect(await count(city.db, 'SELECT 1 FROM dossiers WHERE ward_code = $1', [b.ward])).toBe(0);
    expect(await count(city.db, 'SELECT 1 FROM dossier_conflicts WHERE ward_code = $1', [b.ward])).toBe(0);
    expect(await dossierRow(a.ward, receive.entityId)).toMatchObject({ status: 'received' });
  });

  it('keeps a processing status the ward could not apply on the dossier, without moving it', async () => {
    const { ward, device, out } = await wardPc();
    const receive = out.receive('009.24.11.2026.H01');
    const id = receive.entityId;
    const eventId = crypto.randomUUID();
    expect(await push(device, [receive, out.conflict(id, 'result_ready', 'received', eventId)])).toEqual(['applied', 'applied']);
    expect(
      await city.db.query(
        `SELECT event_id::text AS event, dossier_id::text AS dossier, status, (extract(epoch FROM at) * 1000)::bigint AS at_ms, note,
           ward_status, (extract(epoch FROM recorded_at) * 1000)::bigint AS recorded_ms, device_id::text AS device, seq
         FROM dossier_conflicts WHERE ward_code = $1`,
        [ward],
      ),
    ).toEqual([
      {
        event: eventId,
        dossier: id,
        status: 'result_ready',
        at_ms: Date.parse('2026-11-25T02:00:00.000Z'),
        note: 'Phòng Tư pháp: đã có kết quả',
        ward_status: 'received',
        recorded_ms: Date.parse('2026-11-25T02:05:00.000Z'),
        device: device.deviceId,
        seq: 2,
      },
    ]);
    expect(await dossierRow(ward, id)).toMatchObject({ status: 'received' });
    expect((await events(ward, id)).map((e) => e.action)).toEqual(['receive']);
  });

  it('takes a step or a conflict sent again, in the same push or a later one, exactly once', async () => {
    const { ward, device, out } = await wardPc();
    const receive = out.receive('010.24.11.2026.H01');
    const id = receive.entityId;
    const transfer = out.step(id, 'transfer', 'transferred');
    const transferAgain = out.resend(transfer);
    const conflict = out.conflict(id, 'refused', 'transferred');
    expect(await push(device, [receive, transfer, transferAgain, conflict, out.resend(conflict)])).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    // A later push (after a restore, say) resends all three: the city already holds each event.
    expect(await push(device, [out.resend(receive), out.resend(transfer), out.resend(conflict)])).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    expect((await events(ward, id)).map((e) => [e.action, e.seq])).toEqual([
      ['receive', 1],
      ['transfer', 2],
    ]);
    expect(await count(city.db, 'SELECT 1 FROM dossier_conflicts WHERE ward_code = $1', [ward])).toBe(1);
    expect(await count(city.db, 'SELECT 1 FROM incidents WHERE ward_code = $1', [ward])).toBe(0);
    expect(await dossierRow(ward, id)).toMatchObject({ status: 'transferred' });
  });

  it('refuses alone, with its reason, a step that names another op or another dossier, or that it cannot read', async () => {
    const { ward, device, out } = await wardPc();
    // Payloads as a ward would make them, bent into mutations of this PC in the order it sends them.
    const scratch = new DossierOutbox(new WardOutbox());
    const wrongOp = scratch.receive('012.24.11.2026.H01');
    const wrongId = scratch.receive('013.24.11.2026.H01');
    const noProcedure = scratch.receive('014.24.11.2026.H01', (st) => ({ ...st, dossier: { ...st.dossier, procedure: { id: '' } } }));
    const noCode = scratch.receive('015.24.11.2026.H01', (st) => ({ ...st, dossier: { ...st.dossier, code: '' } }));
    const rows = [
      out.mutation(wrongOp.entityId, 'dossier.transfer@1', wrongOp.payload),
      out.mutation(uuidv7(), wrongId.op, wrongId.payload),
      // An entity id that is no dossier id at all: refused, and the rest of the push still applies.
      out.mutation('not-a-dossier', 'dossier.transfer@1', { eventId: 'x' }),
      // Ids that only hold a dossier id: the city must not take them for one when it loads the batch's dossiers.
      out.mutation(`x${uuidv7()}`, 'dossier.transfer@1', { eventId: 'x' }),
      out.mutation(`${uuidv7()}x`, 'dossier.transfer@1', { eventId: 'x' }),
      out.mutation(noProcedure.entityId, noProcedure.op, noProcedure.payload),
      out.mutation(noCode.entityId, noCode.op, noCode.payload),
      out.mutation(uuidv7(), 'dossier.conflict@1', { eventId: uuidv7(), status: 'returned' }),
    ];
    const good = out.receive('011.24.11.2026.H01');
    rows.push(good);
    const res = await device.push(rows);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: string; code: string | null; reason?: string }) => [r.status, r.code, r.reason])).toEqual([
      ['rejected', 'malformed_mutation', 'payload.action: receive does not match op dossier.transfer@1'],
      ['rejected', 'malformed_mutation', 'payload.dossier.id: not the mutation entityId'],
      [
        'rejected',
        'malformed_mutation',
        expect.stringMatching(/^payload\.eventId: .+; payload\.action: .+; payload\.from: .+; payload\.to: .+; payload\.at: [^;]+$/),
      ],
      ['rejected', 'malformed_mutation', expect.stringMatching(/^payload\.eventId: /)],
      ['rejected', 'malformed_mutation', expect.stringMatching(/^payload\.eventId: /)],
      // The dossier the ward sent is read where the city uses it: its procedure and its code.
      ['rejected', 'malformed_mutation', expect.stringMatching(/^payload\.dossier\.procedure\.id: [^;]+$/)],
      ['rejected', 'malformed_mutation', expect.stringMatching(/^payload\.dossier\.code: [^;]+$/)],
      [
        'rejected',
        'malformed_mutation',
        expect.stringMatching(
          /^payload\.status: .+; payload\.at: .+; payload\.note: .+; payload\.wardStatus: .+; payload\.recordedAt: [^;]+$/,
        ),
      ],
      ['applied', null, undefined],
    ]);
    expect(await count(city.db, 'SELECT 1 FROM dossiers WHERE ward_code = $1', [ward])).toBe(1);
  });
});
