// A pulled dossier status history moves the ward's dossier: each event the processing side posted is
// taken once, in the city's order, as the lifecycle step that reaches it, or kept as a conflict; both go
// to the outbox for the city. The history waits (pending) until it has been taken, so a crash between
// the pull and the steps loses nothing.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DossierCitySteps } from '../../src/main/service/dossiers/city-steps';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import type { Dossier } from '../../src/shared/api/dossiers';
import { intake, intakeFixture, requestId, type IntakeFixture } from './dossier-setup';

function setup() {
  const fx = intakeFixture();
  const write = new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health);
  const store = new SyncStore(fx.ward.readDb, write);
  const steps = new DossierCitySteps(fx.ward.readDb, write);
  const history: Record<string, unknown>[] = [];
  let v = 0;
  /** A pull of one dossier's status as a city sent it; `data` may be anything, e.g. from a city too old to send a history. */
  const pullData = (dossier: Dossier, data: Record<string, unknown>): void => {
    v++;
    store.applyPullPage(
      {
        changes: [
          {
            v,
            entity: 'dossier_status',
            entityId: dossier.id,
            data: { dossierId: dossier.id, dossierCode: dossier.code, at: fx.clock.now().toISOString(), ...data },
            originDeviceId: null,
          },
        ],
        nextCursor: v,
        hasMore: false,
        lastSeqForThisDevice: 0,
        serverTime: fx.clock.now().toISOString(),
      },
      true,
    );
  };
  /** The processing side posts a status; the ward pulls the dossier's whole history. */
  const pull = (dossier: Dossier, status: string, extra: Record<string, unknown> = {}): string => {
    const eventId = crypto.randomUUID();
    fx.clock.advance(60_000);
    history.push({ eventId, status, at: fx.clock.now().toISOString(), note: null, newDue: null, ...extra });
    pullData(dossier, { status, history: [...history] });
    return eventId;
  };
  return { fx, steps, pull, pullData };
}

function transferred(fx: IntakeFixture): Dossier {
  const { dossier } = fx.call('createDossier', intake(), fx.clerk);
  return fx.call('recordDossierStep', { requestId: requestId(), dossierId: dossier.id, step: 'transfer' }, fx.clerk).dossier;
}

/** A transferred dossier after the ward pulled and took one posted status. */
function afterOnePull(status: string, extra: Record<string, unknown>) {
  const ctx = setup();
  const dossier = transferred(ctx.fx);
  ctx.pull(dossier, status, extra);
  ctx.steps.applyPending();
  return { ...ctx, dossier, seen: ctx.fx.call('getDossier', { id: dossier.id }, ctx.fx.clerk) };
}

const ops = (fx: IntakeFixture) =>
  (fx.ward.db.prepare(`SELECT op, actor FROM outbox WHERE entity = 'dossier' ORDER BY seq`).all() as { op: string; actor: string }[]).map(
    (r) => `${r.op} ${r.actor}`,
  );

describe('statuses the processing side posted, pulled by the ward', () => {
  it('wait after the pull, then move the dossier once each, as steps of the processing side sent to the city', () => {
    const { fx, steps, pull } = setup();
    const dossier = transferred(fx);
    pull(dossier, 'processing');
    // The pull alone leaves the dossier as it was: a crash here keeps the history pending.
    expect(fx.call('getDossier', { id: dossier.id }, fx.clerk).dossier.status).toBe('transferred');
    steps.applyPending();
    steps.applyPending();
    pull(dossier, 'result_ready');
    steps.applyPending();
    const seen = fx.call('getDossier', { id: dossier.id }, fx.clerk);
    expect(seen.dossier.status).toBe('result_ready');
    expect(seen.events.map((e) => `${e.action} ${e.source}`)).toEqual([
      'receive ward',
      'transfer ward',
      'start_processing processing',
      'mark_result_ready processing',
    ]);
    expect(ops(fx).slice(2)).toEqual(['dossier.start_processing@1 processing', 'dossier.mark_result_ready@1 processing']);
    expect(fx.ward.db.prepare('SELECT pending FROM city_dossier_status').all()).toEqual([{ pending: 0 }]);
  });

  it('takes an extension with its new appointment, and keeps one that does not move the appointment later as a conflict', () => {
    const { fx, steps, pull, dossier, seen: extended } = afterOnePull('extended', { newDue: { date: '2026-03-20', time: '16:30' } });
    expect(extended.dossier.status).toBe('transferred');
    // 16:30 in Hanoi is 09:30 UTC.
    expect(extended.dossier.due).toEqual({ date: '2026-03-20', time: '16:30', at: '2026-03-20T09:30:00.000Z' });
    expect(extended.events.at(-1)).toMatchObject({ action: 'extend', source: 'processing', clerk: null });

    const earlier = pull(dossier, 'extended', { newDue: { date: '2026-03-12', time: '08:00' } });
    steps.applyPending();
    const after = fx.call('getDossier', { id: dossier.id }, fx.clerk);
    expect(after.dossier.due.date).toBe('2026-03-20');
    expect(after.conflicts.map((c) => [c.eventId, c.status, c.wardStatus])).toEqual([[earlier, 'extended', 'transferred']]);
    expect(ops(fx).at(-1)).toBe('dossier.conflict@1 processing');
  });

  it('leaves alone a history of a dossier this PC does not hold', () => {
    const { fx, steps, pull } = setup();
    const before = ops(fx).length;
    pull({ id: crypto.randomUUID(), code: '000.A0.01.H26-260310-1009' } as Dossier, 'processing');
    steps.applyPending();
    expect(ops(fx).length).toBe(before);
    expect(fx.ward.db.prepare('SELECT pending FROM city_dossier_status').all()).toEqual([{ pending: 0 }]);
  });

  it('leaves the appointment alone for a status that is no extension, even when the city sent a date with it', () => {
    const { dossier, seen } = afterOnePull('processing', { newDue: { date: '2026-04-30', time: '16:30' } });
    expect(seen.dossier.status).toBe('processing');
    expect(seen.dossier.due).toEqual(dossier.due);
    expect(seen.events.at(-1)).toMatchObject({ action: 'start_processing', newDue: null });
  });

  it('keeps as conflicts an extension to the same appointment and one without any, and the dossier stays due as it was', () => {
    const { fx, steps, pull } = setup();
    const dossier = transferred(fx);
    const same = pull(dossier, 'extended', { newDue: { date: dossier.due.date, time: dossier.due.time } });
    const none = pull(dossier, 'extended');
    steps.applyPending();
    const seen = fx.call('getDossier', { id: dossier.id }, fx.clerk);
    expect(seen.dossier.due).toEqual(dossier.due);
    expect(seen.conflicts.map((c) => [c.eventId, c.status, c.wardStatus])).toEqual([
      [same, 'extended', 'transferred'],
      [none, 'extended', 'transferred'],
    ]);
    expect(seen.events.map((e) => e.action)).toEqual(['receive', 'transfer']);
  });

  it('keeps a status the counter overtook as a conflict with the processing side’s time and note, recorded when the ward took it', () => {
    const { fx, steps, pull } = setup();
    const dossier = transferred(fx);
    const refused = fx.call(
      'recordDossierStep',
      { requestId: requestId(), dossierId: dossier.id, step: 'refuse', reason: 'Hồ sơ không đủ điều kiện' },
      fx.clerk,
    );
    expect(refused.dossier.status).toBe('refused');
    const eventId = pull(dossier, 'processing', { note: 'Phòng Tư pháp đã nhận' });
    const postedAt = fx.clock.now().toISOString();
    fx.clock.advance(5 * 60_000);
    steps.applyPending();
    const seen = fx.call('getDossier', { id: dossier.id }, fx.clerk);
    expect(seen.dossier.status).toBe('refused');
    const conflict = {
      eventId,
      status: 'processing',
      at: postedAt,
      note: 'Phòng Tư pháp đã nhận',
      wardStatus: 'refused',
      recordedAt: fx.clock.now().toISOString(),
    };
    expect(seen.conflicts).toEqual([expect.objectContaining(conflict)]);
    // The city keeps the same conflict from the outbox row (tests/city/dossier-ops.test.ts).
    const sent = fx.ward.db.prepare(`SELECT payload FROM outbox WHERE op = 'dossier.conflict@1'`).all() as { payload: string }[];
    expect(sent.map((r) => JSON.parse(r.payload))).toEqual([conflict]);
  });

  it('skips what it cannot read of a history: entries without an event id, and a city that sends none', () => {
    const { fx, steps, pullData } = setup();
    const dossier = transferred(fx);
    const before = ops(fx).length;
    pullData(dossier, { status: 'processing', history: 'none' });
    pullData(dossier, { status: 'processing' });
    steps.applyPending();
    expect(fx.call('getDossier', { id: dossier.id }, fx.clerk).dossier.status).toBe('transferred');
    expect(ops(fx).length).toBe(before);

    pullData(dossier, {
      status: 'result_ready',
      history: [
        { status: 'processing', at: fx.clock.now().toISOString(), note: null },
        { eventId: crypto.randomUUID(), status: 'processing', at: fx.clock.now().toISOString(), note: null },
      ],
    });
    steps.applyPending();
    const seen = fx.call('getDossier', { id: dossier.id }, fx.clerk);
    expect(seen.dossier.status).toBe('processing');
    expect(seen.events.map((e) => e.action)).toEqual(['receive', 'transfer', 'start_processing']);
    expect(seen.conflicts).toEqual([]);
  });
});
