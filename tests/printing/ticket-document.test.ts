import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderTicketHtml, sampleTicketData, type TicketDocumentData } from '../../src/main/service/printing/ticket-document';
import { DOCUMENT_FONT_FACES } from '../../src/shared/printing/document-fonts.generated';
import { printingText } from '../../src/shared/i18n/vi';

const base: TicketDocumentData = {
  wardName: 'Phường Hoàn Kiếm',
  serviceName: 'Tư pháp – Hộ tịch',
  displayNumber: 'A007',
  priorityName: null,
  issuedAt: '2026-03-14T02:05:00.000Z',
  ahead: 3,
  estimatedCallAt: '2026-03-14T02:35:00.000Z',
};

/** The visible text of the document: tags and the style block removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

describe('renderTicketHtml', () => {
  it('states ward, service, number, issue time, people ahead and estimated call time', () => {
    const text = visibleText(renderTicketHtml(base));
    expect(text.split('\n')).toEqual([
      'Phường Hoàn Kiếm',
      'Tư pháp – Hộ tịch',
      'SỐ THỨ TỰ CỦA BẠN',
      'A007',
      'Thời gian lấy số: 09:05 ngày 14/03/2026',
      'Số người đang chờ trước bạn: 3',
      'Dự kiến được gọi lúc: 09:35',
      'Vui lòng theo dõi màn hình và loa gọi số.',
    ]);
  });

  it('prints each piece in its own style: the number large and bold, the ward in capitals, the facts left-aligned', () => {
    const html = renderTicketHtml({ ...base, priorityName: 'Người cao tuổi', sample: true });
    const styleOf = (cls: string) => new RegExp(`\\.${cls} \\{([^}]*)\\}`).exec(html)?.[1] ?? '';
    const classOf = (text: string) => new RegExp(`<div class="([a-z]+)">${text}</div>`).exec(html)?.[1];
    expect(classOf('A007')).toBe('number');
    expect(styleOf('number')).toContain('font-size: 54pt; font-weight: 700');
    expect(classOf(base.wardName)).toBe('ward');
    expect(styleOf('ward')).toContain('text-transform: uppercase');
    expect(classOf('Tư pháp – Hộ tịch')).toBe('service');
    expect(classOf(printingText.ticket.yourNumber)).toBe('label');
    expect(classOf(printingText.ticket.priority('Người cao tuổi'))).toBe('priority');
    expect(classOf(printingText.ticket.sampleMark)).toBe('sample');
    expect(classOf(printingText.ticket.footer)).toBe('foot');
    for (const cls of ['issued', 'ahead', 'estimate']) expect(html).toMatch(new RegExp(`<div class="facts">[\\s\\S]*<div class="${cls}">`));
    expect(styleOf('facts')).toContain('text-align: left');
    // The printable width of the 80 mm roll: 3 mm margins on each side.
    expect(html).toContain('body { width: 74mm;');
  });

  it('marks priority tickets, and only those', () => {
    expect(renderTicketHtml({ ...base, priorityName: 'Người cao tuổi' })).toContain('ƯU TIÊN – Người cao tuổi');
    expect(renderTicketHtml(base)).not.toContain('ƯU TIÊN');
    expect(renderTicketHtml(base)).not.toContain('class="priority"');
  });

  it('prints Hanoi time (UTC+7): issued before local midnight, called after it', () => {
    const text = visibleText(
      renderTicketHtml({ ...base, issuedAt: '2026-12-31T16:55:00.000Z', estimatedCallAt: '2026-12-31T17:10:00.000Z' }),
    );
    expect(text).toContain('Thời gian lấy số: 23:55 ngày 31/12/2026');
    expect(text).toContain('Dự kiến được gọi lúc: 00:10 ngày 01/01/2027');
  });

  it('gives the next local day for an instant that is still the previous day in UTC', () => {
    const text = visibleText(
      renderTicketHtml({ ...base, issuedAt: '2026-03-14T17:00:00.000Z', estimatedCallAt: '2026-03-14T17:20:00.000Z' }),
    );
    expect(text).toContain('Thời gian lấy số: 00:00 ngày 15/03/2026');
    expect(text).toContain('Dự kiến được gọi lúc: 00:20');
    expect(text).not.toContain('00:20 ngày');
  });

  it('says nobody is ahead rather than "0 people"', () => {
    expect(visibleText(renderTicketHtml({ ...base, ahead: 0 }))).toContain('Không có ai đang chờ trước bạn');
  });

  it('escapes every piece of text, so a ward or service name cannot inject markup', () => {
    const html = renderTicketHtml({
      ...base,
      wardName: 'Phường <script>alert(1)</script> & "Đông"',
      serviceName: "<img src=x onerror='x'>",
      displayNumber: '<b>A1</b>',
      priorityName: '</div><iframe>',
    });
    expect(html).not.toMatch(/<script|<img|<b>|<iframe/i);
    expect(html).toContain('Phường &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Đông&quot;');
    expect(html).toContain('&lt;img src=x onerror=&#39;x&#39;&gt;');
    expect(html).toContain('<title>Số thứ tự &lt;b&gt;A1&lt;/b&gt;</title>');
    expect(html).toContain('ƯU TIÊN – &lt;/div&gt;&lt;iframe&gt;');
  });

  it('normalises decomposed Vietnamese to NFC so the embedded font covers every character', () => {
    const decomposed = 'Phường Hoàn Kiếm'.normalize('NFD');
    expect(escapeHtml(decomposed)).toBe('Phường Hoàn Kiếm'.normalize('NFC'));
  });

  it('is self-contained: no external URL, the font embedded as data: URLs, an 80 mm page', () => {
    const html = renderTicketHtml(base);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/|\/)/i);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).not.toMatch(/<script|<link/i);
    expect(html.match(/url\(data:font\/woff2;base64,/g)).toHaveLength(4);
    // Each face names the family the ticket's text asks for, its weight and the characters it covers.
    const faces = html.match(
      /@font-face \{ font-family: 'Be Vietnam Pro'; font-style: normal; font-weight: (?:400|700); src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\); unicode-range: U\+[0-9A-F, U+-]+; \}/g,
    );
    expect(faces).toHaveLength(4);
    expect(html).toMatch(/@page \{ size: 80mm \d+mm; margin: 3mm; \}/);
  });

  it('marks a printer test as such, with no real queue number', () => {
    const text = visibleText(renderTicketHtml(sampleTicketData('Phường Hoàn Kiếm', new Date('2026-03-14T02:05:00Z'))));
    expect(text.split('\n')[0]).toBe(printingText.ticket.sampleMark);
    expect(text).toContain(printingText.ticket.sampleService);
    expect(text).toContain('Thời gian lấy số: 09:05 ngày 14/03/2026');
    expect(visibleText(renderTicketHtml(base))).not.toContain(printingText.ticket.sampleMark);
  });
});

describe('embedded ticket fonts', () => {
  const fontsDir = path.resolve('resources/fonts');

  it('are exactly the woff2 files shipped in resources/fonts (regenerate with scripts/generate-document-fonts.ts)', () => {
    for (const face of DOCUMENT_FONT_FACES) {
      expect(face.woff2Base64, face.file).toBe(fs.readFileSync(path.join(fontsDir, face.file)).toString('base64'));
    }
    expect(DOCUMENT_FONT_FACES.map((f) => `${f.weight}`).sort()).toEqual(['400', '400', '700', '700']);
  });

  it('cover every Vietnamese letter with tone marks, in both weights', () => {
    const letters = 'aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ';
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    const text = [...letters].flatMap((l) => (l === 'đ' || l === 'Đ' ? [l] : tones.map((t) => (l + t).normalize('NFC'))));
    for (const weight of [400, 700] as const) {
      const ranges = DOCUMENT_FONT_FACES.filter((f) => f.weight === weight).flatMap((f) => parseRanges(f.unicodeRange));
      const uncovered = text.filter((ch) => !ranges.some(([lo, hi]) => ch.codePointAt(0)! >= lo && ch.codePointAt(0)! <= hi));
      expect(uncovered, `weight ${weight}`).toEqual([]);
    }
  });

  it('come with the SIL Open Font License and stay small enough to send with every print', () => {
    expect(fs.readFileSync(path.join(fontsDir, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    const total = DOCUMENT_FONT_FACES.reduce((sum, f) => sum + f.woff2Base64.length, 0);
    expect(total).toBeLessThan(120 * 1024);
  });
});

function parseRanges(unicodeRange: string): Array<[number, number]> {
  return unicodeRange.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
  });
}
