import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReceiptSlip } from '../../src/renderer/slips/ReceiptSlip';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { ReceiptSlip as ReceiptSlipSchema } from '../../src/shared/slips/receipt';
import { SAMPLE_APPLICANT, sampleReceiptInput } from '../support/sample-slips';

const t = slipsText.receipt;
type Input = ReturnType<typeof sampleReceiptInput>;

function printed(change: (input: Input) => void): string {
  const input = sampleReceiptInput();
  change(input);
  const html = renderToStaticMarkup(
    createElement(ReceiptSlip, { slip: ReceiptSlipSchema.parse(input), copy: 'citizen', qrSizeMm: 20, sample: false }),
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('receipt data', () => {
  it('stores the applicant name as NFC whatever the keyboard sent', () => {
    const input = sampleReceiptInput();
    input.applicant.fullName = SAMPLE_APPLICANT.normalize('NFD');
    expect(ReceiptSlipSchema.parse(input).applicant.fullName).toBe(SAMPLE_APPLICANT);
  });

  it.each([
    ['a code the allocator never makes', (i: Input) => (i.dossierCode = 'HS-1'), 'dossierCode'],
    ['an appointment before the reception', (i: Input) => (i.dueAt = '2026-12-06T16:30:00+07:00'), 'dueAt'],
    ['no documents', (i: Input) => (i.documents = []), 'documents'],
    ['a fractional fee', (i: Input) => (i.fee.amountDong = 1.5), 'fee'],
    ['a control character in the name', (i: Input) => (i.applicant.fullName = 'Nguyễn\u202eAn'), 'applicant'],
  ])('refuses %s, naming the field', (_, change, field) => {
    const input = sampleReceiptInput();
    change(input);
    const result = ReceiptSlipSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});

describe('printed receipt', () => {
  it('marks the appointment and explains the mark only while the calendar is unconfirmed', () => {
    const unconfirmed = printed(() => undefined);
    expect(unconfirmed).toContain('16 giờ 30 phút, ngày 10 tháng 12 năm 2026 (*)');
    expect(unconfirmed).toContain(t.calendarUnconfirmed);
    const confirmed = printed((i) => (i.calendarUnconfirmed = false));
    expect(confirmed).not.toContain('(*)');
    expect(confirmed).toContain('16 giờ 30 phút, ngày 10 tháng 12 năm 2026');
  });

  it('prints the fee charged in đồng, or why none was charged', () => {
    expect(printed((i) => (i.fee = { amountDong: 8000, exemptionReason: null }))).toContain('Phí, lệ phí đã nộp: 8.000 đồng');
    expect(printed((i) => (i.fee = { amountDong: 0, exemptionReason: 'Trẻ em dưới 6 tuổi' }))).toContain(
      'Phí, lệ phí: miễn (Trẻ em dưới 6 tuổi)',
    );
    expect(printed(() => undefined)).toContain(t.feeNone);
  });

  it('leaves out the contact lines the applicant did not give', () => {
    const text = printed((i) => {
      i.applicant.phone = null;
      i.applicant.idNumber = null;
    });
    expect(text).not.toContain(slipsText.fields.phone);
    expect(text).not.toContain(slipsText.fields.idNumber);
    expect(printed((i) => (i.applicant.email = 'an@example.vn'))).toContain('Email: an@example.vn');
  });

  it('names how the result is returned', () => {
    expect(printed((i) => (i.returnMethod = 'post'))).toContain(`6. Nhận kết quả: ${t.returnMethods.post}`);
  });
});
