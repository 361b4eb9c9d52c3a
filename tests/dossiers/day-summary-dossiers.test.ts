import { describe, expect, it } from 'vitest';
import type { DossierStep } from '../../src/shared/dossier/dossier-state';
import { COPY_CERTIFICATION, CONTRACT_CERTIFICATION, GUARDIANSHIP_SUPERVISION, intake, intakeFixture, requestId } from './dossier-setup';

// The day-close figures for dossiers, from the dossiers the counter really received: Tuesday 10 March
// 2026 (no holiday that week), Hanoi time.

describe("the day summary's dossiers", () => {
  it('counts the day’s receptions by field, the results returned that day, and the dossiers now overdue', () => {
    const fx = intakeFixture();
    const contract = fx.call('createDossier', intake(), fx.clerk).dossier; // due Thursday 12
    fx.call('createDossier', intake({ procedureId: CONTRACT_CERTIFICATION }), fx.clerk);
    const copy = fx.call(
      'createDossier',
      intake({ procedureId: COPY_CERTIFICATION, fee: { facts: { pages: 1, copies: 1 } } }),
      fx.clerk,
    ).dossier;
    fx.call(
      'createDossier',
      intake({ procedureId: GUARDIANSHIP_SUPERVISION, fee: { amount: 0 }, deadline: { kind: 'working_days', days: 5 } }),
      fx.clerk,
    );
    const steps: DossierStep[] = ['transfer', 'start_processing', 'mark_result_ready', 'return_result'];
    for (const step of steps) fx.call('recordDossierStep', { requestId: requestId(), dossierId: copy.id, step }, fx.clerk);

    expect(fx.call('getDaySummary', { day: '2026-03-10' }).dossiers).toEqual({
      received: 4,
      byField: [
        { field: 'Chứng thực', count: 3 },
        { field: 'Hộ tịch', count: 1 },
      ],
      returned: 1,
      overdue: 0,
    });
    const csv = fx.call('getDaySummary', { day: '2026-03-10' }).csv.split('\r\n');
    expect(csv).toEqual(
      expect.arrayContaining([
        'Hồ sơ đã tiếp nhận,4',
        'Hồ sơ đã tiếp nhận - lĩnh vực Chứng thực,3',
        'Hồ sơ đã tiếp nhận - lĩnh vực Hộ tịch,1',
        'Hồ sơ đã trả kết quả,1',
        'Hồ sơ quá hạn,0',
      ]),
    );

    // Friday 13: the two contracts due Thursday 12 are still at the ward; a dossier waiting for the
    // citizen's papers is not the ward's delay.
    for (const step of ['transfer', 'start_processing'] as const)
      fx.call('recordDossierStep', { requestId: requestId(), dossierId: contract.id, step }, fx.clerk);
    fx.call(
      'recordDossierStep',
      { requestId: requestId(), dossierId: contract.id, step: 'request_supplement', reason: 'Thiếu dự thảo' },
      fx.clerk,
    );
    fx.clock.set('2026-03-13T02:00:00.000Z');
    expect(fx.call('getDaySummary', { day: '2026-03-13' }).dossiers).toEqual({ received: 0, byField: [], returned: 0, overdue: 1 });
  });
});
