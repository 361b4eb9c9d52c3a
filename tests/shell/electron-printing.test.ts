import { describe, expect, it } from 'vitest';
import { htmlDataUrl, isPrintResourceAllowed, ROLL_PAGE_LENGTH_MM, silentPrintOptions } from '../../src/main/electron/print-job';
import { MAX_PRINT_HTML_BYTES, parsePrintRequest } from '../../src/main/electron/print-request';
import { toPrinterInfos } from '../../src/main/electron/printer-list';

const ticketHtml = '<!doctype html><html lang="vi"><body>Số thứ tự A-001 #1 100%</body></html>';

describe('print request validation', () => {
  it('accepts a ticket for a named printer or the default one', () => {
    expect(parsePrintRequest({ html: ticketHtml, printerName: 'XP-80C', pageWidthMm: 80 })).toEqual({
      ok: true,
      request: { html: ticketHtml, printerName: 'XP-80C', pageWidthMm: 80 },
    });
    expect(parsePrintRequest({ html: ticketHtml, printerName: null, pageWidthMm: 58 }).ok).toBe(true);
  });

  it('accepts a sheet with its page length, as a receipt on A4 is sent', () => {
    expect(parsePrintRequest({ html: ticketHtml, printerName: 'HP LaserJet', pageWidthMm: 210, pageHeightMm: 297 })).toEqual({
      ok: true,
      request: { html: ticketHtml, printerName: 'HP LaserJet', pageWidthMm: 210, pageHeightMm: 297 },
    });
  });

  it('drops properties the bridge does not define', () => {
    const parsed = parsePrintRequest({ html: ticketHtml, printerName: null, pageWidthMm: 80, silent: false, deviceName: 'x' });
    expect(parsed.ok && Object.keys(parsed.request).sort()).toEqual(['html', 'pageWidthMm', 'printerName']);
  });

  it.each([
    ['not an object', 'print this'],
    ['null', null],
    ['missing html', { printerName: null, pageWidthMm: 80 }],
    ['empty html', { html: '', printerName: null, pageWidthMm: 80 }],
    ['html not a string', { html: 42, printerName: null, pageWidthMm: 80 }],
    ['missing printer', { html: ticketHtml, pageWidthMm: 80 }],
    ['empty printer name', { html: ticketHtml, printerName: '', pageWidthMm: 80 }],
    ['printer name not a string', { html: ticketHtml, printerName: 7, pageWidthMm: 80 }],
    ['width as text', { html: ticketHtml, printerName: null, pageWidthMm: '80' }],
    ['width NaN', { html: ticketHtml, printerName: null, pageWidthMm: Number.NaN }],
    ['width too small', { html: ticketHtml, printerName: null, pageWidthMm: 10 }],
    ['width too large', { html: ticketHtml, printerName: null, pageWidthMm: 1000 }],
    ['length as text', { html: ticketHtml, printerName: null, pageWidthMm: 210, pageHeightMm: '297' }],
    ['length null', { html: ticketHtml, printerName: null, pageWidthMm: 210, pageHeightMm: null }],
    ['length infinite', { html: ticketHtml, printerName: null, pageWidthMm: 210, pageHeightMm: Number.POSITIVE_INFINITY }],
    ['length too small', { html: ticketHtml, printerName: null, pageWidthMm: 210, pageHeightMm: 5 }],
    ['length too large', { html: ticketHtml, printerName: null, pageWidthMm: 210, pageHeightMm: 5000 }],
  ])('refuses %s', (_case, input) => {
    const parsed = parsePrintRequest(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.length).toBeGreaterThan(0);
  });

  it('refuses a document too large for a data: URL, counting UTF-8 bytes', () => {
    // 400 000 Vietnamese letters are 1.2 MB in UTF-8, though only 400 000 characters long.
    const big = 'ắ'.repeat(400_000);
    expect(big.length).toBeLessThan(MAX_PRINT_HTML_BYTES);
    expect(parsePrintRequest({ html: big, printerName: null, pageWidthMm: 80 }).ok).toBe(false);
  });
});

describe('silent print options', () => {
  it('prints silently to the named printer on an 80 mm roll, sizes in microns', () => {
    expect(silentPrintOptions({ printerName: 'XP-80C', pageWidthMm: 80 })).toEqual({
      silent: true,
      printBackground: true,
      copies: 1,
      deviceName: 'XP-80C',
      margins: { marginType: 'default' },
      pageSize: { width: 80_000, height: ROLL_PAGE_LENGTH_MM * 1000 },
    });
  });

  it('leaves the device out for the system default printer', () => {
    const options = silentPrintOptions({ printerName: null, pageWidthMm: 80 });
    expect(options).not.toHaveProperty('deviceName');
    expect(options.silent).toBe(true);
  });

  it('feeds a sheet its own length: an A4 receipt is 210 × 297 mm', () => {
    expect(silentPrintOptions({ printerName: 'HP LaserJet', pageWidthMm: 210, pageHeightMm: 297 }).pageSize).toEqual({
      width: 210_000,
      height: 297_000,
    });
  });

  it('handles a 57.5 mm roll with whole microns', () => {
    expect(silentPrintOptions({ printerName: null, pageWidthMm: 57.5 }).pageSize).toEqual({
      width: 57_500,
      height: ROLL_PAGE_LENGTH_MM * 1000,
    });
  });
});

describe('print document', () => {
  it('travels as a base64 data: URL that decodes to the exact document', () => {
    const url = htmlDataUrl(ticketHtml);
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(url).not.toContain('#');
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe(ticketHtml);
  });

  it('may load nothing but data: resources', () => {
    expect(isPrintResourceAllowed(htmlDataUrl(ticketHtml))).toBe(true);
    expect(isPrintResourceAllowed('data:image/png;base64,AAAA')).toBe(true);
    expect(isPrintResourceAllowed('http://127.0.0.1:7710/api/health')).toBe(false);
    expect(isPrintResourceAllowed('https://tracker.example/pixel.gif')).toBe(false);
    expect(isPrintResourceAllowed('file:///etc/passwd')).toBe(false);
  });
});

describe('printer list', () => {
  it('keeps the OS name for printing, shows a readable name, sorted for Vietnamese', () => {
    expect(
      toPrinterInfos([
        { name: 'XP_80C', displayName: 'Xprinter XP-80C' },
        { name: 'HP_LaserJet', displayName: '  ' },
        { name: 'Brother', displayName: 'Brother HL-L2321D' },
      ]),
    ).toEqual([
      { name: 'Brother', displayName: 'Brother HL-L2321D', isDefault: false },
      { name: 'HP_LaserJet', displayName: 'HP_LaserJet', isDefault: false },
      { name: 'XP_80C', displayName: 'Xprinter XP-80C', isDefault: false },
    ]);
  });
});
