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
  /** The processing side posts a status; the ward pulls the dossier's whole history. */
  const pull = (dossier: Dossier, status: string, extra: Record<string, unknown> = {}): string => {
    const eventId = crypto.randomUUID();
    fx.clock.advance(60_000);
    history.push({ eventId, status, at: fx.clock.now().toISOString(), note: null, newDue: null, ...extra });
    v++;
    store.applyPullPage(
      {
        changes: [
          {
            v,
            entity: 'dossier_status',
            entityId: dossier.id,
            data: { dossierId: dossier.id, dossierCode: dossier.code, status, at: fx.clock.now().toISOString(), history: [...history] },
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
    return eventId;
  };
  return { fx, steps, pull };
}

function transferred(fx: IntakeFixture): Dossier {
  const { dossier } = fx.call('createDossier', intake(), fx.clerk);
  return fx.call('recordDossierStep', { requestId: requestId(), dossierId: dossier.id, step: 'transfer' }, fx.clerk).dossier;
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
    const { fx, steps, pull } = setup();
    const dossier = transferred(fx);
    pull(dossier, 'extended', { newDue: { date: '2026-03-20', time: '16:30' } });
    steps.applyPending();
    const extended = fx.call('getDossier', { id: dossier.id }, fx.clerk);
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
});
