import type { WebContentsPrintOptions } from 'electron';
import type { PrintRequest } from '../../shared/shell-bridge';

/**
 * Chromium prints onto fixed-size pages, so a roll needs a page length. A ticket is about 90 mm
 * long with usual ward and service names; 120 mm leaves room for a few wrapped lines while
 * keeping the blank paper fed per ticket small.
 */
export const ROLL_PAGE_LENGTH_MM = 120;

const MICRONS_PER_MM = 1000;

/** Silent print to the chosen printer (the system default when none is chosen), on a roll or a sheet. */
export function silentPrintOptions(request: Pick<PrintRequest, 'printerName' | 'pageWidthMm' | 'pageHeightMm'>): WebContentsPrintOptions {
  return {
    silent: true,
    printBackground: true,
    copies: 1,
    ...(request.printerName === null ? {} : { deviceName: request.printerName }),
    // 'default' lets the document's own @page margins apply; the ticket and the slips set their own.
    margins: { marginType: 'default' },
    pageSize: {
      width: Math.round(request.pageWidthMm * MICRONS_PER_MM),
      height: Math.round((request.pageHeightMm ?? ROLL_PAGE_LENGTH_MM) * MICRONS_PER_MM),
    },
  };
}

/** base64 keeps '#', '%' and Vietnamese text in the document intact inside the URL. */
export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/** The printed document is self-contained: anything it tries to fetch is blocked. */
export function isPrintResourceAllowed(url: string): boolean {
  return url.startsWith('data:');
}
