import { describe, expect, it } from 'vitest';
import { receiptFromDossier } from '../../src/shared/slips/receipt-from-dossier';
import { intake, intakeFixture } from '../dossiers/dossier-setup';

// The receipt printed after an intake says what the service saved: a dossier made through the real
// service, turned into the Mẫu 01 slip the counter prints.

describe('the receipt of a dossier just received', () => {
  it('carries the code, the applicant with diacritics, the documents, the fee, the appointment and the clerk as saved', () => {
    const fx = intakeFixture();
    const { dossier } = fx.call('createDossier', intake(), fx.clerk);

    const slip = receiptFromDossier(dossier, { wardName: 'UBND phường Hoàn Kiếm', calendarConfirmed: true });

    expect(slip).toMatchObject({
      wardName: 'UBND phường Hoàn Kiếm',
      dossierCode: dossier.code,
      applicant: { fullName: 'Nguyễn Thị Đào', idNumber: '001190012345', phone: '0912345678', email: null },
      procedureName: 'Chứng thực hợp đồng, giao dịch',
      documents: [
        { name: 'Phiếu yêu cầu chứng thực', form: 'original', count: 1 },
        { name: 'Dự thảo hợp đồng', form: 'original', count: 3 },
      ],
      deadlineRule: { kind: 'working_days', days: 2 },
      fee: { amountDong: 50_000, exemptionReason: null },
      receivedAt: dossier.receivedAt,
      dueAt: dossier.due.at,
      returnMethod: 'counter',
      clerkName: 'Trần Thị Bình',
      calendarUnconfirmed: false,
    });
  });

  it('marks the appointment when the calendar it was counted on is not confirmed', () => {
    const fx = intakeFixture();
    const { dossier } = fx.call('createDossier', intake(), fx.clerk);
    expect(receiptFromDossier(dossier, { wardName: 'UBND phường Hoàn Kiếm', calendarConfirmed: false }).calendarUnconfirmed).toBe(true);
  });
});
