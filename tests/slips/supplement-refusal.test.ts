import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RefusalSlip } from '../../src/renderer/slips/RefusalSlip';
import { SupplementRequestSlip } from '../../src/renderer/slips/SupplementRequestSlip';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { RefusalSlip as RefusalSchema } from '../../src/shared/slips/refusal';
import { SupplementRequestSlip as SupplementSchema } from '../../src/shared/slips/supplement-request';
import { SAMPLE_CODE, sampleRefusalInput, sampleSupplementInput } from '../support/sample-slips';

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function printedRefusal(change: (input: ReturnType<typeof sampleRefusalInput>) => void): string {
  const input = sampleRefusalInput();
  change(input);
  return renderToStaticMarkup(createElement(RefusalSlip, { slip: RefusalSchema.parse(input), copy: 'citizen' }));
}

function printedSupplement(change: (input: ReturnType<typeof sampleSupplementInput>) => void): string {
  const input = sampleSupplementInput();
  change(input);
  return renderToStaticMarkup(createElement(SupplementRequestSlip, { slip: SupplementSchema.parse(input), copy: 'citizen' }));
}

describe('refusal (Mẫu 03)', () => {
  it.each([
    ['no reason', undefined],
    ['an empty reason', ''],
    ['a reason of spaces and line breaks', ' \n\t '],
  ])('is refused with %s', (_, reason) => {
    const input: Record<string, unknown> = { ...sampleRefusalInput(), reason };
    const result = RefusalSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['reason']);
  });

  it('prints the reason with its line breaks, and the legal basis only when there is one', () => {
    const html = printedRefusal(() => undefined);
    expect(html).toContain('vẫn thiếu giấy chứng sinh.\nNgười nộp không bổ sung được.');
    expect(textOf(html)).toContain(slipsText.refusal.statement('Phường Hoàn Kiếm'));
    expect(textOf(html)).not.toContain(slipsText.refusal.legalBasis);
    const withBasis = textOf(printedRefusal((i) => (i.legalBasis = 'Điều 16 Luật Hộ tịch')));
    expect(withBasis).toContain(`${slipsText.refusal.legalBasis} Điều 16 Luật Hộ tịch`);
  });

  it('prints the dossier code only when the dossier has one, and never a QR', () => {
    expect(textOf(printedRefusal(() => undefined))).not.toContain(slipsText.fields.code);
    const coded = printedRefusal((i) => (i.dossierCode = SAMPLE_CODE));
    expect(textOf(coded)).toContain(`${slipsText.fields.code} ${SAMPLE_CODE}`);
    expect(coded).not.toContain('<svg');
  });
});

describe('supplement request (Mẫu 02)', () => {
  it('is refused with nothing to supplement, or an item without its reason', () => {
    const empty = SupplementSchema.safeParse({ ...sampleSupplementInput(), missing: [] });
    expect(empty.success).toBe(false);
    const noReason = SupplementSchema.safeParse({ ...sampleSupplementInput(), missing: [{ item: 'Giấy chứng sinh' }] });
    expect(noReason.success).toBe(false);
  });

  it('lists every missing item, numbered, with its reason, and whom to call', () => {
    const text = textOf(printedSupplement(() => undefined));
    expect(text).toContain('1 Giấy chứng sinh (bản chính) Bắt buộc theo thành phần hồ sơ của thủ tục');
    expect(text).toContain('2 Giấy tờ chứng minh nơi cư trú Cần xác định thẩm quyền đăng ký');
    expect(text).toContain(slipsText.supplement.contact('Lê Văn Đức', '02439123456'));
    expect(text).toContain(slipsText.supplement.clerkSigns);
  });
});
