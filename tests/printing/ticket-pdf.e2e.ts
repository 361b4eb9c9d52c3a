import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { printingText } from '../../src/shared/i18n/vi';
import { expect, test } from '../support/e2e-fixtures';

// The proof that a ticket prints Vietnamese correctly: the document the service serves is laid out
// by Chromium (the engine the desktop app prints with) into an 80 mm PDF, and the text read back out
// of that PDF must be the Vietnamese that went in, in the embedded font, not a fallback.

const WARD_NAME = 'Phường Hoàn Kiếm — Điểm phục vụ hành chính công';
const SERVICE_NAME = 'Chứng thực – Đăng ký hộ tịch, ưu đãi người có công';
const MM_PER_PT = 25.4 / 72;

/** NFC and single spaces: PDF text extraction may decompose letters and breaks lines where it wraps. */
function canonical(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

interface PdfFacts {
  pages: number;
  widthMm: number;
  text: string;
  fontNames: string[];
}

async function readPdf(data: Uint8Array): Promise<PdfFacts> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  await page.getOperatorList();
  const items = content.items.filter((item): item is TextItem => 'str' in item);
  const fontNames = [...new Set(items.filter((i) => i.str.trim()).map((i) => (page.commonObjs.get(i.fontName) as { name: string }).name))];
  const text = items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('');
  const facts = { pages: pdf.numPages, widthMm: page.view[2]! * MM_PER_PT, text, fontNames };
  await pdf.destroy();
  return facts;
}

test.describe('printed ticket (80 mm PDF rendered by Chromium)', () => {
  test('keeps the number and every Vietnamese letter intact, in the embedded font, on one 80 mm page', async ({ browser, ward }) => {
    await ward.call('updateSettings', { wardName: WARD_NAME });
    const { service } = await ward.call('saveService', {
      code: 'CTHT',
      name: SERVICE_NAME,
      letter: 'G',
      fields: ['Chứng thực'],
      dailyCapacity: null,
      minutesPerTicket: 10,
      active: true,
    });
    const { priorityCategories } = await ward.call('getConfig', {});
    const elderly = priorityCategories.find((c) => c.name === 'Người cao tuổi')!;
    const issued = await ward.call('issueTicket', { serviceId: service.id, priorityCategoryId: elderly.id });
    expect(issued.ticket.displayNumber).toBe('G001');

    const { html } = await ward.call('renderTicketDocument', { ticketId: issued.ticket.id });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Nothing may be fetched: the ticket must print on a PC with no network and no Vietnamese fonts.
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready).catch(() => undefined);
    const pdf = await page.pdf({ width: '80mm', preferCSSPageSize: true, printBackground: false });
    await context.close();
    expect(requests).toEqual([]);

    const facts = await readPdf(new Uint8Array(pdf));
    expect(facts.pages).toBe(1);
    expect(facts.widthMm).toBeGreaterThan(79.5);
    expect(facts.widthMm).toBeLessThan(80.5);

    const text = canonical(facts.text);
    expect(text).toContain('G001');
    // The ward name is printed in capitals, which need their own glyphs (Ư, Ờ, Ế, Đ, …).
    expect(text).toContain(canonical(WARD_NAME.toLocaleUpperCase('vi')));
    expect(text).toContain(canonical(SERVICE_NAME));
    expect(text).toContain(canonical(printingText.ticket.priority('Người cao tuổi')));
    expect(text).toContain(canonical(printingText.ticket.yourNumber));
    expect(text).toMatch(/Thời gian lấy số: \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain(canonical(printingText.ticket.ahead(0)));
    expect(text).toContain(canonical(printingText.ticket.footer));

    expect(facts.fontNames.length).toBeGreaterThan(0);
    for (const name of facts.fontNames) expect(name).toMatch(/BeVietnamPro/);
  });
});
