import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { receiptDocumentHtml, type SlipPaper } from '../../src/renderer/slips/slip-document';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { ReceiptSlip } from '../../src/shared/slips/receipt';
import { expect, test } from '../support/e2e-fixtures';
import { canonical, readPdfPages } from '../support/pdf-text';
import { SAMPLE_APPLICANT, SAMPLE_CODE, SAMPLE_WARD, sampleReceiptInput } from '../support/sample-receipt';

// The proof that Mẫu 01 prints what the citizen must be able to rely on: the receipt document is laid
// out by Chromium (the engine the desktop app prints with) into a PDF, and what is read back out of
// that PDF (text, page size, page count) and out of a picture of its QR must be what went in.

const slip = ReceiptSlip.parse(sampleReceiptInput());

const SIZES_MM: Record<SlipPaper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
};

for (const paper of ['A4', 'A5'] as const) {
  test(`the ${paper} receipt holds the code, the name with its diacritics, the appointment and a QR of the code, in two copies`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2 });
    const page = await context.newPage();
    // Nothing may be fetched: the receipt must print on a PC with no network and no Vietnamese fonts.
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.setContent(receiptDocumentHtml(slip, paper), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready).catch(() => undefined);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });

    await page.emulateMedia({ media: 'print' });
    const qrs = page.locator('svg.qr');
    await expect(qrs).toHaveCount(2);
    const decoded: (string | undefined)[] = [];
    for (let i = 0; i < 2; i++) {
      const png = PNG.sync.read(await qrs.nth(i).screenshot());
      decoded.push(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data);
    }
    await context.close();
    expect(requests).toEqual([]);
    expect(decoded).toEqual([SAMPLE_CODE, SAMPLE_CODE]);

    const pages = await readPdfPages(new Uint8Array(pdf));
    expect(pages).toHaveLength(2);
    const copyLabels = ['Bản giao người nộp hồ sơ', 'Bản lưu kèm hồ sơ'];
    pages.forEach((facts, i) => {
      expect(facts.widthMm).toBeCloseTo(SIZES_MM[paper].width, 0);
      expect(facts.heightMm).toBeCloseTo(SIZES_MM[paper].height, 0);
      const text = canonical(facts.text);
      expect(text).toContain(copyLabels[i]);
      expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(text).toContain(`Mã hồ sơ: ${SAMPLE_CODE}`);
      expect(text).toContain(SAMPLE_APPLICANT);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain(SAMPLE_WARD.toLocaleUpperCase('vi'));
      expect(text).toContain('Thời gian nhận hồ sơ: 09 giờ 35 phút, ngày 07 tháng 12 năm 2026');
      expect(text).toContain('Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 10 tháng 12 năm 2026 (*)');
      expect(text).toContain(canonical(slipsText.receipt.calendarUnconfirmed));
      expect(text).toContain('3 ngày làm việc');
      expect(text).toContain('Giấy chứng nhận kết hôn của cha mẹ Bản sao');
      expect(text).toContain('Lê Văn Đức');
      expect(facts.fontNames.length).toBeGreaterThan(0);
      for (const name of facts.fontNames) expect(name).toMatch(/BeVietnamPro/);
    });
  });
}
