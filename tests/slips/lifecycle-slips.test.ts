import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/api/contract';
import type { DossierStep } from '../../src/shared/dossier/dossier-state';
import { ControlSheet } from '../../src/renderer/slips/ControlSheet';
import { ExtensionSlip } from '../../src/renderer/slips/ExtensionSlip';
import { StopNoticeSlip } from '../../src/renderer/slips/StopNoticeSlip';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { controlSheetFromDossier } from '../../src/shared/slips/control-sheet';
import { extensionFromDossier } from '../../src/shared/slips/extension';
import { stopNoticeFromDossier } from '../../src/shared/slips/stop-notice';
import { intake, intakeFixture, requestId, type IntakeFixture } from '../dossiers/dossier-setup';

// Forms 04–06 built from a dossier the real service received and moved, read back the way the
// counter's detail view gets it (getDossier): what each slip says is what the service recorded.

const HOUR = 3_600_000;
const WARD = { wardName: 'UBND phường Hoàn Kiếm' };
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function step(fx: IntakeFixture, dossierId: string, s: DossierStep, extra: Partial<MethodInput<'recordDossierStep'>> = {}) {
  fx.clock.advance(HOUR);
  return fx.call('recordDossierStep', { requestId: requestId(), dossierId, step: s, ...extra }, fx.clerk);
}

/** Received Tuesday 10 March 2026 at 08:00 (Hanoi), due two working days later. */
function received() {
  const fx = intakeFixture();
  const { dossier } = fx.call('createDossier', intake(), fx.clerk);
  return { fx, dossier, read: () => fx.call('getDossier', { id: dossier.id }, fx.clerk) };
}

describe('Mẫu 04, the apology and extension', () => {
  it('names the applicant, the dossier, the missed and the new appointment and the reason, as recorded', () => {
    const { fx, dossier, read } = received();
    step(fx, dossier.id, 'transfer');
    step(fx, dossier.id, 'extend', { reason: 'Cần xác minh\nthông tin tại nơi cư trú', newDue: { date: '2026-03-17', time: '16:00' } });
    const { dossier: now, events } = read();

    const slip = extensionFromDossier(now, events, { ...WARD, dueBeforeFirstExtension: dossier.due.at });

    expect(slip).toEqual({
      wardName: 'UBND phường Hoàn Kiếm',
      placeName: null,
      applicant: {
        fullName: 'Nguyễn Thị Đào',
        idNumber: null,
        address: 'Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội',
        phone: '0912345678',
        email: null,
      },
      procedureName: 'Chứng thực hợp đồng, giao dịch',
      dossierCode: dossier.code,
      fieldName: dossier.procedure.field,
      receivedAt: '2026-03-10T01:00:00.000Z',
      previousDueAt: dossier.due.at,
      newDueAt: '2026-03-17T09:00:00.000Z',
      reason: 'Cần xác minh\nthông tin tại nơi cư trú',
      issuedAt: '2026-03-10T03:00:00.000Z',
    });
    const text = textOf(renderToStaticMarkup(createElement(ExtensionSlip, { slip, copy: 'citizen' })));
    expect(text).toContain(`${slipsText.extension.newDue} 16 giờ 00 phút, ngày 17 tháng 03 năm 2026`);
    expect(text).toContain('Kính gửi: Ông/Bà: Nguyễn Thị Đào');
    expect(text).not.toContain(slipsText.fields.idNumber);
  });

  it('takes a second extension’s missed appointment from the first, and leaves it to be written when unknown', () => {
    const { fx, dossier, read } = received();
    step(fx, dossier.id, 'extend', { reason: 'Chờ xác minh', newDue: { date: '2026-03-17', time: '16:00' } });
    expect(extensionFromDossier(read().dossier, read().events, WARD).previousDueAt).toBeNull();
    step(fx, dossier.id, 'extend', { reason: 'Chờ ý kiến cơ quan phối hợp', newDue: { date: '2026-03-20', time: '10:00' } });
    const slip = extensionFromDossier(read().dossier, read().events, WARD);
    expect([slip.previousDueAt, slip.newDueAt, slip.reason]).toEqual([
      '2026-03-17T09:00:00.000Z',
      '2026-03-20T03:00:00.000Z',
      'Chờ ý kiến cơ quan phối hợp',
    ]);
    const blank = { ...slip, previousDueAt: null };
    expect(textOf(renderToStaticMarkup(createElement(ExtensionSlip, { slip: blank, copy: 'kept' })))).toContain(
      `${slipsText.extension.previousDue} ${slipsText.extension.unknownMoment}`,
    );
  });

  it('is not made for a dossier that was never extended', () => {
    const { read } = received();
    expect(() => extensionFromDossier(read().dossier, read().events, WARD)).toThrow("form 04: the dossier has no 'extend' step");
  });
});

describe('Mẫu 05, the stop notice', () => {
  it('states the reason recorded with the stop, and leaves the legal basis and the fee to be written by hand', () => {
    const { fx, dossier, read } = received();
    step(fx, dossier.id, 'stop', { reason: 'Người nộp rút hồ sơ' });
    const slip = stopNoticeFromDossier(read().dossier, read().events, WARD);
    expect(slip).toMatchObject({
      dossierCode: dossier.code,
      applicant: { fullName: 'Nguyễn Thị Đào', idNumber: null },
      procedureName: 'Chứng thực hợp đồng, giao dịch',
      reason: 'Người nộp rút hồ sơ',
      legalBasis: null,
      feeAndPapers: null,
      issuedAt: '2026-03-10T02:00:00.000Z',
    });
    const text = textOf(renderToStaticMarkup(createElement(StopNoticeSlip, { slip, copy: 'citizen' })));
    expect(text).toContain(`${slipsText.stop.reason} Người nộp rút hồ sơ`);
    expect(text).toContain(`${slipsText.stop.legalBasis} ${slipsText.stop.blank}`);
    expect(text).toContain(`${slipsText.stop.feeAndPapers} ${slipsText.stop.blank}`);
  });
});

describe('Mẫu 06, the control sheet', () => {
  it('lists every step with its time and clerk, and classes the result against the appointment', () => {
    const { fx, dossier, read } = received();
    for (const s of ['transfer', 'start_processing', 'mark_result_ready'] as const) step(fx, dossier.id, s);
    const sheet = controlSheetFromDossier(read().dossier, read().events, { ...WARD, now: new Date('2026-03-10T05:00:00Z') });
    expect(sheet.steps).toEqual([
      { action: 'receive', at: '2026-03-10T01:00:00.000Z', clerkName: 'Trần Thị Bình', result: null, reason: null, newDueAt: null },
      { action: 'transfer', at: '2026-03-10T02:00:00.000Z', clerkName: 'Trần Thị Bình', result: null, reason: null, newDueAt: null },
      {
        action: 'start_processing',
        at: '2026-03-10T03:00:00.000Z',
        clerkName: 'Trần Thị Bình',
        result: null,
        reason: null,
        newDueAt: null,
      },
      {
        action: 'mark_result_ready',
        at: '2026-03-10T04:00:00.000Z',
        clerkName: 'Trần Thị Bình',
        result: 'early',
        reason: null,
        newDueAt: null,
      },
    ]);
    expect([sheet.dossierCode, sheet.applicantName, sheet.dueAt]).toEqual([dossier.code, 'Nguyễn Thị Đào', dossier.due.at]);
    const text = textOf(renderToStaticMarkup(createElement(ControlSheet, { sheet })));
    expect(text).toContain(`4 ${slipsText.control.steps.mark_result_ready} 11 giờ 00 phút, ngày 10 tháng 03 năm 2026 Giao: Trần Thị Bình`);
    expect(text).toContain(slipsText.control.outcomes.early);
  });

  it('marks a result that came back after the due day as late, and notes an extension’s new appointment', () => {
    const { fx, dossier, read } = received();
    step(fx, dossier.id, 'transfer');
    step(fx, dossier.id, 'start_processing');
    fx.clock.advance(10 * 24 * HOUR);
    step(fx, dossier.id, 'mark_result_ready');
    const late = controlSheetFromDossier(read().dossier, read().events, { ...WARD, now: fx.clock.now() });
    expect(late.steps.at(-1)?.result).toBe('late');

    const other = received();
    step(other.fx, other.dossier.id, 'extend', { reason: 'Chờ xác minh', newDue: { date: '2026-03-17', time: '16:00' } });
    const sheet = controlSheetFromDossier(other.read().dossier, other.read().events, { ...WARD, now: other.fx.clock.now() });
    expect(textOf(renderToStaticMarkup(createElement(ControlSheet, { sheet })))).toContain(
      'Hẹn lại: 16 giờ 00 phút, ngày 17 tháng 03 năm 2026 Chờ xác minh',
    );
  });
});
