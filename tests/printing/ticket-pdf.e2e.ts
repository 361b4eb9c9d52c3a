import { printingText } from '../../src/shared/i18n/vi';
import { expect, test } from '../support/e2e-fixtures';
import { canonical, printOffline, readPdfPages } from '../support/pdf-text';

// The proof that a ticket prints Vietnamese correctly: the document the service serves is laid out
// by Chromium (the engine the desktop app prints with) into an 80 mm PDF, and the text read back out
// of that PDF must be the Vietnamese that went in, in the embedded font, not a fallback.

const WARD_NAME = 'Phường Hoàn Kiếm — Điểm phục vụ hành chính công';
const SERVICE_NAME = 'Chứng thực – Đăng ký hộ tịch, ưu đãi người có công';

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
    const { pdf, requests } = await printOffline(page, html, { width: '80mm', preferCSSPageSize: true, printBackground: false });
    await context.close();
    expect(requests).toEqual([]);

    const pages = await readPdfPages(pdf);
    expect(pages).toHaveLength(1);
    const facts = pages[0]!;
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
