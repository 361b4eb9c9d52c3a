import { describe, expect, it } from 'vitest';
import { checkRefusal, checkSupplement } from '../../src/renderer/dossiers/notice-draft';
import { noticeText } from '../../src/shared/i18n/vi/dossiers';
import { refusalNotice, supplementNotice, type NoticeSubject } from '../../src/shared/slips/notice-slips';

// Mẫu 02 and 03 as the counter fills them: from what the clerk typed, checked before any step is
// recorded, to the slip's data, at reception (no code yet) and for a received dossier alike.

const SUBJECT: NoticeSubject = {
  wardName: 'Phường Hoàn Kiếm',
  clerkName: 'Trần Thị Bình',
  applicant: { fullName: 'Nguyễn Thị Đào', idNumber: '001190012345', address: 'Số 5 ngõ 12 phố Huế, Hà Nội', phone: '0912345678' },
  procedureName: 'Chứng thực hợp đồng, giao dịch',
  dossierCode: null,
  issuedAt: '2026-03-10T01:00:00.000Z',
};

describe('the supplement request the clerk types', () => {
  it('lists each non-blank line as one missing item with the basis, and keeps the phone as digits', () => {
    const checked = checkSupplement({
      items: ' Bản sao giấy khai sinh \n\n Giấy ủy quyền\n',
      basis: ' Điều 36 Nghị định 23/2015/NĐ-CP ',
      contactPhone: '024 3825.1234',
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        missing: [
          { item: 'Bản sao giấy khai sinh', reason: 'Điều 36 Nghị định 23/2015/NĐ-CP' },
          { item: 'Giấy ủy quyền', reason: 'Điều 36 Nghị định 23/2015/NĐ-CP' },
        ],
        contactPhone: '02438251234',
        reason: noticeText.supplementReason(['Bản sao giấy khai sinh', 'Giấy ủy quyền'], 'Điều 36 Nghị định 23/2015/NĐ-CP'),
      },
    });
  });

  it.each([
    ['no item', { items: ' \n ', basis: 'x', contactPhone: '0912345678' }, noticeText.needMissingItems],
    ['no basis', { items: 'a', basis: ' ', contactPhone: '0912345678' }, noticeText.needBasis],
    ['no phone', { items: 'a', basis: 'x', contactPhone: '' }, noticeText.needContactPhone],
    ['a phone with letters', { items: 'a', basis: 'x', contactPhone: '0912abc678' }, noticeText.needContactPhone],
  ])('is refused with %s, saying what to fix', (_, draft, error) => {
    expect(checkSupplement(draft)).toEqual({ ok: false, error });
  });
});

describe('the refusal the clerk types', () => {
  it('needs a reason, and keeps the legal basis with it in the history', () => {
    expect(checkRefusal({ reason: '  ', legalBasis: 'Điều 9' })).toEqual({ ok: false, error: noticeText.needRefusalReason });
    expect(checkRefusal({ reason: ' Ngoài thẩm quyền ', legalBasis: ' ' })).toEqual({
      ok: true,
      value: { reason: 'Ngoài thẩm quyền', legalBasis: null, recorded: 'Ngoài thẩm quyền' },
    });
    expect(checkRefusal({ reason: 'Ngoài thẩm quyền', legalBasis: 'Điều 9' })).toMatchObject({
      value: { legalBasis: 'Điều 9', recorded: noticeText.refusalWithBasis('Ngoài thẩm quyền', 'Điều 9') },
    });
  });
});

describe('the notices built from the subject', () => {
  it('give Mẫu 02 the clerk as the contact, and no code before reception', () => {
    const slip = supplementNotice(SUBJECT, [{ item: 'Dự thảo hợp đồng, giao dịch', reason: 'Bắt buộc' }], '02438251234');
    expect(slip.dossierCode).toBeNull();
    expect(slip.contact).toEqual({ name: 'Trần Thị Bình', phone: '02438251234' });
    expect(slip.applicant).toEqual({ ...SUBJECT.applicant, email: null });
  });

  it('print no ID number that is not a 12-digit citizen ID, and carry the code of a received dossier', () => {
    const slip = refusalNotice(
      {
        ...SUBJECT,
        dossierCode: '000.A0.01.H26-260310-1001',
        applicant: { ...SUBJECT.applicant, idNumber: '012345678', phone: undefined },
      },
      'Ngoài thẩm quyền',
      null,
    );
    expect(slip.applicant).toMatchObject({ idNumber: null, phone: null });
    expect(slip.dossierCode).toBe('000.A0.01.H26-260310-1001');
  });

  it('refuse a refusal without its reason', () => {
    expect(() => refusalNotice(SUBJECT, ' ', null)).toThrow();
  });
});
