import type { z } from 'zod';
import type { ReceiptSlip } from '../../src/shared/slips/receipt';

// A receipt as the intake would fill it, for the tests of the printed slips.

export const SAMPLE_CODE = '000.A0.01.H26-261207-1001';
/** Every vowel here carries a mark that a fallback font or a broken encoding would lose or split. */
export const SAMPLE_APPLICANT = 'Nguyễn Thị Mỹ Phượng';
export const SAMPLE_WARD = 'Phường Hoàn Kiếm';

export function sampleReceiptInput(): z.input<typeof ReceiptSlip> {
  return {
    wardName: SAMPLE_WARD,
    placeName: 'Hoàn Kiếm',
    dossierCode: SAMPLE_CODE,
    applicant: {
      fullName: SAMPLE_APPLICANT,
      idNumber: '001190012345',
      address: 'Số 12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
      phone: '0912345678',
      email: null,
    },
    procedureName: 'Đăng ký khai sinh',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 },
      { name: 'Giấy chứng sinh', form: 'original', count: 1 },
      { name: 'Giấy chứng nhận kết hôn của cha mẹ', form: 'copy', count: 1 },
    ],
    dossierSets: 1,
    deadlineRule: { kind: 'working_days', days: 3 },
    fee: { amountDong: 0, exemptionReason: null },
    // 09:35 and 16:30 in Hanoi.
    receivedAt: '2026-12-07T09:35:00+07:00',
    dueAt: '2026-12-10T16:30:00+07:00',
    returnMethod: 'counter',
    clerkName: 'Lê Văn Đức',
    calendarUnconfirmed: true,
  };
}
