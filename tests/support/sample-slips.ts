import type { z } from 'zod';
import type { ControlSheet } from '../../src/shared/slips/control-sheet';
import type { ExtensionSlip } from '../../src/shared/slips/extension';
import type { ReceiptSlip } from '../../src/shared/slips/receipt';
import type { RefusalSlip } from '../../src/shared/slips/refusal';
import type { RegisterRow } from '../../src/shared/slips/register';
import type { StopNoticeSlip } from '../../src/shared/slips/stop-notice';
import type { SupplementRequestSlip } from '../../src/shared/slips/supplement-request';

// Slips as the intake would fill them, for the tests of the printed forms.

export const SAMPLE_CODE = '000.A0.01.H26-261207-1001';
/** Every vowel here carries a mark that a fallback font or a broken encoding would lose or split. */
export const SAMPLE_APPLICANT = 'Nguyễn Thị Mỹ Phượng';
export const SAMPLE_WARD = 'Phường Hoàn Kiếm';

function sampleBase() {
  return {
    wardName: SAMPLE_WARD,
    placeName: 'Hoàn Kiếm',
    applicant: {
      fullName: SAMPLE_APPLICANT,
      idNumber: '001190012345',
      address: 'Số 12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
      phone: '0912345678',
      email: null,
    },
    procedureName: 'Đăng ký khai sinh',
    clerkName: 'Lê Văn Đức',
  };
}

export function sampleReceiptInput(): z.input<typeof ReceiptSlip> {
  return {
    ...sampleBase(),
    dossierCode: SAMPLE_CODE,
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
    calendarUnconfirmed: true,
  };
}

export function sampleSupplementInput(): z.input<typeof SupplementRequestSlip> {
  return {
    ...sampleBase(),
    dossierCode: null,
    missing: [
      { item: 'Giấy chứng sinh (bản chính)', reason: 'Bắt buộc theo thành phần hồ sơ của thủ tục' },
      { item: 'Giấy tờ chứng minh nơi cư trú', reason: 'Cần xác định thẩm quyền đăng ký' },
    ],
    contact: { name: 'Lê Văn Đức', phone: '02439123456' },
    issuedAt: '2026-12-07T10:05:00+07:00',
  };
}

export function sampleRefusalInput(): z.input<typeof RefusalSlip> {
  return {
    ...sampleBase(),
    dossierCode: null,
    reason: 'Hồ sơ đã được hướng dẫn bổ sung nhưng vẫn thiếu giấy chứng sinh.\nNgười nộp không bổ sung được.',
    legalBasis: null,
    issuedAt: '2026-12-07T10:20:00+07:00',
  };
}

function sampleOpening() {
  const { clerkName: _clerk, ...opening } = sampleBase();
  return { ...opening, applicant: { ...opening.applicant, idNumber: null } };
}

export function sampleExtensionInput(): z.input<typeof ExtensionSlip> {
  return {
    ...sampleOpening(),
    dossierCode: SAMPLE_CODE,
    fieldName: 'Hộ tịch',
    receivedAt: '2026-12-07T09:35:00+07:00',
    previousDueAt: '2026-12-10T16:30:00+07:00',
    newDueAt: '2026-12-15T16:30:00+07:00',
    reason: 'Cần xác minh thông tin khai sinh tại nơi cư trú trước đây của người mẹ.',
    issuedAt: '2026-12-10T08:00:00+07:00',
  };
}

export function sampleStopNoticeInput(): z.input<typeof StopNoticeSlip> {
  return {
    ...sampleOpening(),
    dossierCode: SAMPLE_CODE,
    reason: 'Người nộp hồ sơ có đơn xin rút hồ sơ.',
    legalBasis: null,
    feeAndPapers: null,
    issuedAt: '2026-12-09T14:00:00+07:00',
  };
}

export function sampleControlSheetInput(): z.input<typeof ControlSheet> {
  const step = (action: 'receive' | 'transfer' | 'mark_result_ready', at: string, result: 'early' | null) => ({
    action,
    at,
    clerkName: 'Lê Văn Đức',
    result,
    reason: null,
    newDueAt: null,
  });
  return {
    wardName: SAMPLE_WARD,
    placeName: 'Hoàn Kiếm',
    dossierCode: SAMPLE_CODE,
    applicantName: SAMPLE_APPLICANT,
    procedureName: 'Đăng ký khai sinh',
    dueAt: '2026-12-10T16:30:00+07:00',
    steps: [
      step('receive', '2026-12-07T09:35:00+07:00', null),
      step('transfer', '2026-12-07T14:00:00+07:00', null),
      step('mark_result_ready', '2026-12-09T10:15:00+07:00', 'early'),
    ],
    printedAt: '2026-12-09T10:30:00+07:00',
  };
}

export function sampleRegisterRows(): RegisterRow[] {
  return [
    {
      dossierId: '0197a000-0000-7000-8000-000000000001',
      code: SAMPLE_CODE,
      procedureName: 'Đăng ký khai sinh',
      applicantName: SAMPLE_APPLICANT,
      address: 'Số 12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
      phone: '0912345678',
      receivedAt: '2026-12-07T02:35:00.000Z',
      dueAt: '2026-12-10T09:30:00.000Z',
      transferredAt: '2026-12-07T07:00:00.000Z',
      resultReceivedAt: null,
      returnedAt: null,
      status: 'transferred',
      extended: false,
      notes: null,
    },
  ];
}
