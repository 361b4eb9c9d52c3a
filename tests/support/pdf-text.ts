import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

// Printing a document into a PDF with Chromium, and reading back what it printed: each page's size,
// text and the fonts its text is in.

const MM_PER_PT = 25.4 / 72;

export interface PdfPageFacts {
  widthMm: number;
  heightMm: number;
  text: string;
  fontNames: string[];
}

/** NFC and single spaces: PDF text extraction may decompose letters and breaks lines where it wraps. */
export function canonical(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export async function readPdfPages(data: Uint8Array): Promise<PdfPageFacts[]> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPageFacts[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    await page.getOperatorList();
    const items = content.items.filter((item): item is TextItem => 'str' in item);
    const fontNames = [
      ...new Set(items.filter((i) => i.str.trim()).map((i) => (page.commonObjs.get(i.fontName) as { name: string }).name)),
    ];
    pages.push({
      widthMm: page.view[2]! * MM_PER_PT,
      heightMm: page.view[3]! * MM_PER_PT,
      text: items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''),
      fontNames,
    });
  }
  await pdf.destroy();
  return pages;
}

/** Only the text of every page, in order: quicker than `readPdfPages`, which also resolves each font. */
export async function readPdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((i) => i.str + (i.hasEOL ? '\n' : ''))
        .join(''),
    );
  }
  await pdf.destroy();
  return pages.join('\n');
}

/**
 * Lays the document out in the page and prints it to a PDF. Also returns every URL the document tried
 * to fetch: a printed document must need nothing, to print on a PC with no network and no Vietnamese fonts.
 */
export async function printOffline(
  page: Page,
  html: string,
  options: Parameters<Page['pdf']>[0],
): Promise<{ pdf: Uint8Array; requests: string[] }> {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready).catch(() => undefined);
  return { pdf: new Uint8Array(await page.pdf(options)), requests };
}
