import type { Browser } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  receiptDocumentHtml,
  refusalDocumentHtml,
  supplementRequestDocumentHtml,
  type SlipPaper,
} from '../../src/renderer/slips/slip-document';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { ReceiptSlip } from '../../src/shared/slips/receipt';
import { RefusalSlip } from '../../src/shared/slips/refusal';
import { SupplementRequestSlip } from '../../src/shared/slips/supplement-request';
import { expect, test } from '../support/e2e-fixtures';
import { canonical, printOffline, readPdfPages, type PdfPageFacts } from '../support/pdf-text';
import {
  SAMPLE_APPLICANT,
  SAMPLE_CODE,
  SAMPLE_WARD,
  sampleReceiptInput,
  sampleRefusalInput,
  sampleSupplementInput,
} from '../support/sample-slips';

// The proof that the one-stop forms print what a citizen must be able to rely on: each document is
// laid out by Chromium (the engine the desktop app prints with) into a PDF, and what is read back out
// of that PDF (text, page size, page count) and out of a picture of its QR must be what went in.

const SIZES_MM: Record<SlipPaper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
};
const COPY_LABELS = ['Bản giao người nộp hồ sơ', 'Bản lưu'];

interface Printed {
  pages: PdfPageFacts[];
  /** What a QR decoder reads from a picture of each QR symbol, in document order. */
  qrTexts: (string | undefined)[];
}

async function printToPdf(browser: Browser, html: string): Promise<Printed> {
  const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const { pdf, requests } = await printOffline(page, html, { preferCSSPageSize: true, printBackground: true });

  await page.emulateMedia({ media: 'print' });
  const qrTexts: (string | undefined)[] = [];
  for (const symbol of await page.locator('svg.qr').all()) {
    const png = PNG.sync.read(await symbol.screenshot());
    qrTexts.push(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data);
  }
  await context.close();
  expect(requests).toEqual([]);
  return { pages: await readPdfPages(pdf), qrTexts };
}

/** Two pages of the paper's size, one per copy, each in the embedded font and with the shared header. */
function expectTwoCopies(pages: PdfPageFacts[], paper: SlipPaper, title: string): string[] {
  expect(pages).toHaveLength(2);
  return pages.map((facts, i) => {
    expect(facts.widthMm).toBeCloseTo(SIZES_MM[paper].width, 0);
    expect(facts.heightMm).toBeCloseTo(SIZES_MM[paper].height, 0);
    expect(facts.fontNames.length).toBeGreaterThan(0);
    for (const name of facts.fontNames) expect(name).toMatch(/BeVietnamPro/);
    const text = canonical(facts.text);
    expect(text).toContain(COPY_LABELS[i]);
    expect(text).toContain(title);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(SAMPLE_WARD.toLocaleUpperCase('vi'));
    expect(text).toContain(SAMPLE_APPLICANT);
    return text;
  });
}

for (const paper of ['A4', 'A5'] as const) {
  test(`the ${paper} receipt holds the code, the name with its diacritics, the appointment and a QR of the code, in two copies`, async ({
    browser,
  }) => {
    const slip = ReceiptSlip.parse(sampleReceiptInput());
    const { pages, qrTexts } = await printToPdf(browser, receiptDocumentHtml(slip, paper));
    expect(qrTexts).toEqual([SAMPLE_CODE, SAMPLE_CODE]);
    for (const text of expectTwoCopies(pages, paper, 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ')) {
      expect(text).toContain(`Mã hồ sơ: ${SAMPLE_CODE}`);
      expect(text).toContain('Thời gian nhận hồ sơ: 09 giờ 35 phút, ngày 07 tháng 12 năm 2026');
      expect(text).toContain('Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 10 tháng 12 năm 2026 (*)');
      expect(text).toContain(canonical(slipsText.receipt.calendarUnconfirmed));
      expect(text).toContain('3 ngày làm việc');
      expect(text).toContain('Giấy chứng nhận kết hôn của cha mẹ Bản sao');
      expect(text).toContain('Lê Văn Đức');
    }
  });
}

test('the supplement request (Mẫu 02) lists what is missing with its reasons, in two A4 copies', async ({ browser }) => {
  const slip = SupplementRequestSlip.parse(sampleSupplementInput());
  const { pages, qrTexts } = await printToPdf(browser, supplementRequestDocumentHtml(slip, 'A4'));
  expect(qrTexts).toEqual([]);
  for (const text of expectTwoCopies(pages, 'A4', 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ')) {
    expect(text).toContain('Giấy chứng sinh (bản chính)');
    expect(text).toContain('Cần xác định thẩm quyền đăng ký');
    expect(text).toContain('số điện thoại 02439123456');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
  }
});

test('the refusal (Mẫu 03) states its reason, in two A4 copies', async ({ browser }) => {
  const slip = RefusalSlip.parse(sampleRefusalInput());
  const { pages } = await printToPdf(browser, refusalDocumentHtml(slip, 'A4'));
  for (const text of expectTwoCopies(pages, 'A4', 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ')) {
    expect(text).toContain('Lý do: Hồ sơ đã được hướng dẫn bổ sung nhưng vẫn thiếu giấy chứng sinh. Người nộp không bổ sung được.');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  }
});
