import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/api/contract';
import { localClock, localDay } from '../../src/shared/time/local-time';
import { DOSSIER_STEPS, type DossierStatus, type DossierStep } from '../../src/shared/dossier/dossier-state';
import { expectApiError } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';
import { intake, intakeFixture, requestId, type IntakeFixture } from './dossier-setup';

// Where each step may be taken from (one-stop-rules §1.2), written out here rather than read from the
// code, so that a wrong table in the code fails this test.
const ALLOWED_FROM: Record<DossierStep, DossierStatus[]> = {
  transfer: ['received'],
  start_processing: ['transferred'],
  request_supplement: ['processing'],
  resume_processing: ['supplement_requested'],
  mark_result_ready: ['processing'],
  return_result: ['result_ready'],
  refuse: ['received', 'transferred', 'processing', 'supplement_requested'],
  stop: ['received', 'transferred', 'processing', 'supplement_requested'],
  extend: ['received', 'transferred', 'processing', 'supplement_requested'],
};

const PATH_TO: Record<DossierStatus, DossierStep[]> = {
  received: [],
  transferred: ['transfer'],
  processing: ['transfer', 'start_processing'],
  supplement_requested: ['transfer', 'start_processing', 'request_supplement'],
  result_ready: ['transfer', 'start_processing', 'mark_result_ready'],
  returned: ['transfer', 'start_processing', 'mark_result_ready', 'return_result'],
  refused: ['refuse'],
  stopped: ['stop'],
};

/** A complete input for the step: a reason, and for an extension a later appointment. */
function stepInput(dossierId: string, step: DossierStep, dueAt: string): MethodInput<'recordDossierStep'> {
  const later = new Date(Date.parse(dueAt) + 3 * 86_400_000);
  return {
    requestId: requestId(),
    dossierId,
    step,
    reason: 'Lý do ghi trên phiếu',
    ...(step === 'extend' ? { newDue: { date: localDay(later), time: localClock(later) } } : {}),
  };
}

function dossierIn(fx: IntakeFixture, status: DossierStatus): string {
  const { dossier } = fx.call('createDossier', intake(), fx.clerk);
  for (const step of PATH_TO[status]) fx.call('recordDossierStep', stepInput(dossier.id, step, dossier.due.at), fx.clerk);
  return dossier.id;
}

function stored(fx: IntakeFixture): unknown {
  return {
    dossiers: fx.ward.db.prepare('SELECT * FROM dossiers ORDER BY id').all(),
    events: fx.ward.db.prepare('SELECT COUNT(*) AS n FROM dossier_events').get(),
    outbox: fx.ward.db.prepare('SELECT COUNT(*) AS n FROM outbox').get(),
  };
}

describe('the dossier lifecycle', () => {
  it('goes from reception to the returned result, each step an event with its clerk, device, time and reason, sent to sync', () => {
    const fx = intakeFixture();
    const { dossier } = fx.call('createDossier', intake(), fx.clerk);
    const steps: [DossierStep, string | undefined][] = [
      ['transfer', undefined],
      ['start_processing', undefined],
      ['request_supplement', 'Thiếu bản sao giấy chứng nhận quyền sử dụng đất'],
      ['resume_processing', undefined],
      ['mark_result_ready', undefined],
      ['return_result', undefined],
    ];
    for (const [step, reason] of steps) {
      fx.clock.advance(3_600_000);
      fx.call('recordDossierStep', { requestId: requestId(), dossierId: dossier.id, step, ...(reason ? { reason } : {}) }, fx.clerk);
    }
    const { dossier: now, events } = fx.call('getDossier', { id: dossier.id }, fx.clerk);
    expect(now.status).toBe('returned');
    expect(events.map((e) => [e.action, e.from, e.to])).toEqual([
      ['receive', null, 'received'],
      ['transfer', 'received', 'transferred'],
      ['start_processing', 'transferred', 'processing'],
      ['request_supplement', 'processing', 'supplement_requested'],
      ['resume_processing', 'supplement_requested', 'processing'],
      ['mark_result_ready', 'processing', 'result_ready'],
      ['return_result', 'result_ready', 'returned'],
    ]);
    expect(events[3]).toMatchObject({
      reason: 'Thiếu bản sao giấy chứng nhận quyền sử dụng đất',
      clerk: { id: fx.clerk.clerk!.id, fullName: 'Trần Thị Bình' },
      deviceName: fx.clerk.deviceName,
      at: '2026-03-10T04:00:00.000Z',
    });
    expect(
      outboxRows(fx.ward)
        .filter((r) => r.entity === 'dossier')
        .map((r) => r.op),
    ).toEqual([
      'dossier.receive@1',
      'dossier.transfer@1',
      'dossier.start_processing@1',
      'dossier.request_supplement@1',
      'dossier.resume_processing@1',
      'dossier.mark_result_ready@1',
      'dossier.return_result@1',
    ]);
  });

  for (const step of DOSSIER_STEPS) {
    it(`allows "${step}" only from ${ALLOWED_FROM[step].join(', ')}, and refuses it elsewhere changing nothing`, () => {
      const fx = intakeFixture();
      for (const status of Object.keys(PATH_TO) as DossierStatus[]) {
        const id = dossierIn(fx, status);
        const due = fx.call('getDossier', { id }, fx.clerk).dossier.due.at;
        if (ALLOWED_FROM[step].includes(status)) {
          const { event } = fx.call('recordDossierStep', stepInput(id, step, due), fx.clerk);
          expect(event.from, `${step} from ${status}`).toBe(status);
        } else {
          const before = stored(fx);
          const error = expectApiError(() => fx.call('recordDossierStep', stepInput(id, step, due), fx.clerk), 'dossier_step_not_allowed');
          expect(error.status).toBe(409);
          expect(error.message).toMatch(/Trạng thái: .+; thao tác: .+/);
          expect(stored(fx), `${step} from ${status}`).toEqual(before);
        }
      }
    });
  }

  it.each(['refuse', 'stop', 'extend', 'request_supplement'] as const)('refuses "%s" without a reason', (step) => {
    const fx = intakeFixture();
    const id = dossierIn(fx, step === 'request_supplement' ? 'processing' : 'received');
    const { reason: _, ...withoutReason } = stepInput(id, step, '2026-03-12T10:00:00.000Z');
    const before = stored(fx);
    expectApiError(() => fx.call('recordDossierStep', withoutReason, fx.clerk), 'dossier_reason_required');
    expect(stored(fx)).toEqual(before);
  });

  it('extends to a later appointment with its reason and keeps the status', () => {
    const fx = intakeFixture();
    const id = dossierIn(fx, 'processing');
    const base = { dossierId: id, step: 'extend' as const, reason: 'Cần xác minh thêm tại nơi cư trú' };
    expectApiError(() => fx.call('recordDossierStep', { ...base, requestId: requestId() }, fx.clerk), 'dossier_new_due_required');
    // The current appointment is Thursday 12 March at 17:00 (10:00Z); the same instant is no extension.
    expectApiError(
      () => fx.call('recordDossierStep', { ...base, requestId: requestId(), newDue: { date: '2026-03-12', time: '17:00' } }, fx.clerk),
      'dossier_new_due_not_later',
    );
    const { dossier, event } = fx.call(
      'recordDossierStep',
      { ...base, requestId: requestId(), newDue: { date: '2026-03-17', time: '16:30' } },
      fx.clerk,
    );
    expect(dossier.status).toBe('processing');
    expect(dossier.due).toEqual({ date: '2026-03-17', time: '16:30', at: '2026-03-17T09:30:00.000Z' });
    expect(event).toMatchObject({ action: 'extend', from: 'processing', to: 'processing', reason: base.reason, newDue: dossier.due });
    expectApiError(
      () =>
        fx.call(
          'recordDossierStep',
          { requestId: requestId(), dossierId: id, step: 'mark_result_ready', newDue: { date: '2026-03-20', time: '09:00' } },
          fx.clerk,
        ),
      'dossier_new_due_only_for_extension',
    );
  });

  it('answers a retried step with its first answer and takes no second step', () => {
    const fx = intakeFixture();
    const id = dossierIn(fx, 'received');
    const input = { requestId: requestId(), dossierId: id, step: 'transfer' as const };
    const first = fx.call('recordDossierStep', input, fx.clerk);
    const before = stored(fx);
    expect(fx.call('recordDossierStep', input, fx.clerk)).toEqual(first);
    expect(stored(fx)).toEqual(before);
  });

  it('refuses the same request id sent with another step or reason as a conflict, taking no step', () => {
    const fx = intakeFixture();
    const id = dossierIn(fx, 'received');
    const input = { requestId: requestId(), dossierId: id, step: 'refuse' as const, reason: 'Hồ sơ không thuộc thẩm quyền' };
    fx.call('recordDossierStep', input, fx.clerk);
    const before = stored(fx);
    for (const changed of [
      { ...input, reason: 'Thiếu giấy tờ' },
      { ...input, step: 'stop' as const },
    ])
      expect(expectApiError(() => fx.call('recordDossierStep', changed, fx.clerk), 'request_id_reused').status).toBe(409);
    expect(stored(fx)).toEqual(before);
  });

  it('refuses a step on a dossier that does not exist', () => {
    const fx = intakeFixture();
    expectApiError(
      () =>
        fx.call(
          'recordDossierStep',
          { requestId: requestId(), dossierId: '0197a000-0000-7000-8000-0000000000bb', step: 'transfer' },
          fx.clerk,
        ),
      'dossier_not_found',
    );
  });
});
