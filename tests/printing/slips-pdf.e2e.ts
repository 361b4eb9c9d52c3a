import type { Browser } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  controlSheetDocumentHtml,
  extensionDocumentHtml,
  receiptDocumentHtml,
  refusalDocumentHtml,
  registerDocumentHtml,
  stopNoticeDocumentHtml,
  supplementRequestDocumentHtml,
  type SlipPaper,
} from '../../src/renderer/slips/slip-document';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { ControlSheet } from '../../src/shared/slips/control-sheet';
import { ExtensionSlip } from '../../src/shared/slips/extension';
import { ReceiptSlip } from '../../src/shared/slips/receipt';
import { RefusalSlip } from '../../src/shared/slips/refusal';
import { StopNoticeSlip } from '../../src/shared/slips/stop-notice';
import { SupplementRequestSlip } from '../../src/shared/slips/supplement-request';
import { expect, test } from '../support/e2e-fixtures';
import { canonical, printOffline, readPdfPages, type PdfPageFacts } from '../support/pdf-text';
import {
  SAMPLE_APPLICANT,
  SAMPLE_CODE,
  SAMPLE_WARD,
  sampleControlSheetInput,
  sampleExtensionInput,
  sampleReceiptInput,
  sampleRefusalInput,
  sampleRegisterRows,
  sampleStopNoticeInput,
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

/** A page of this size, in the embedded font, with the shared header, the title and the applicant. */
function expectSheet(facts: PdfPageFacts, size: { width: number; height: number }, title: string): string {
  expect(facts.widthMm).toBeCloseTo(size.width, 0);
  expect(facts.heightMm).toBeCloseTo(size.height, 0);
  expect(facts.fontNames.length).toBeGreaterThan(0);
  for (const name of facts.fontNames) expect(name).toMatch(/BeVietnamPro/);
  const text = canonical(facts.text);
  expect(text).toContain(title);
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain(SAMPLE_WARD.toLocaleUpperCase('vi'));
  expect(text).toContain(SAMPLE_APPLICANT);
  return text;
}

/** Two pages of the paper's size, one per copy, each in the embedded font and with the shared header. */
function expectTwoCopies(pages: PdfPageFacts[], paper: SlipPaper, title: string): string[] {
  expect(pages).toHaveLength(2);
  return pages.map((facts, i) => {
    const text = expectSheet(facts, SIZES_MM[paper], title);
    expect(text).toContain(COPY_LABELS[i]);
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

test('the apology and extension (Mẫu 04) gives the reason and both appointments, in two A4 copies', async ({ browser }) => {
  const slip = ExtensionSlip.parse(sampleExtensionInput());
  const { pages } = await printToPdf(browser, extensionDocumentHtml(slip, 'A4'));
  for (const text of expectTwoCopies(pages, 'A4', 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT')) {
    expect(text).toContain(`Mã hồ sơ: ${SAMPLE_CODE}`);
    expect(text).toContain('Thời gian hẹn trả kết quả trước đây: 16 giờ 30 phút, ngày 10 tháng 12 năm 2026');
    expect(text).toContain('Cần xác minh thông tin khai sinh tại nơi cư trú trước đây của người mẹ.');
    expect(text).toContain('Thời gian hẹn trả kết quả mới: 16 giờ 30 phút, ngày 15 tháng 12 năm 2026');
  }
});

test('the stop notice (Mẫu 05) states its reason, in two A4 copies', async ({ browser }) => {
  const slip = StopNoticeSlip.parse(sampleStopNoticeInput());
  const { pages } = await printToPdf(browser, stopNoticeDocumentHtml(slip, 'A4'));
  for (const text of expectTwoCopies(pages, 'A4', 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ')) {
    expect(text).toContain(`Mã hồ sơ: ${SAMPLE_CODE}`);
    expect(text).toContain('Lý do: Người nộp hồ sơ có đơn xin rút hồ sơ.');
  }
});

test('the control sheet (Mẫu 06) lists each hand-over with its time and clerk, once, on A4', async ({ browser }) => {
  const sheet = ControlSheet.parse(sampleControlSheetInput());
  const { pages } = await printToPdf(browser, controlSheetDocumentHtml(sheet, 'A4'));
  expect(pages).toHaveLength(1);
  const text = expectSheet(pages[0]!, SIZES_MM.A4, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain('Bộ phận Một cửa chuyển hồ sơ đến cơ quan giải quyết');
  expect(text).toContain('14 giờ 00 phút, ngày 07 tháng 12 năm 2026');
  expect(text).toContain('Giao: Lê Văn Đức');
  expect(text).toContain('Trước hạn');
});

test('the register (Mẫu 07) prints its lines on A4 landscape', async ({ browser }) => {
  const html = registerDocumentHtml({
    wardName: SAMPLE_WARD,
    from: '2026-12-01',
    to: '2026-12-07',
    rows: sampleRegisterRows(),
    printedAt: '2026-12-07T10:00:00Z',
  });
  const { pages } = await printToPdf(browser, html);
  expect(pages).toHaveLength(1);
  const text = expectSheet(pages[0]!, { width: 297, height: 210 }, 'SỔ THEO DÕI HỒ SƠ');
  expect(text).toContain('Từ ngày 01/12/2026 đến ngày 07/12/2026');
  // A column is narrower than a dossier code: the code may wrap after a hyphen, never inside a part.
  expect(text.replace(/- /g, '-')).toContain(`1 ${SAMPLE_CODE} Đăng ký khai sinh 1 ${SAMPLE_APPLICANT}`);
  expect(text).toContain('09:35 07/12/2026 16:30 10/12/2026 14:00 07/12/2026');
  expect(text).toContain('Ký nhận');
});
