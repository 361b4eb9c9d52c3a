import type { PrintRequest } from '../../shared/shell-bridge';

// Checked twice: in the preload (a bad call fails fast in the page) and in the shell (the page is
// not trusted). Pure and tiny because the sandboxed preload bundles it.

/** Chromium refuses URLs over 2 MB; the HTML travels as base64 in a data: URL (4/3 larger). */
export const MAX_PRINT_HTML_BYTES = 1_000_000;
export const MIN_PAGE_WIDTH_MM = 40;
export const MAX_PAGE_WIDTH_MM = 300;
export const MIN_PAGE_HEIGHT_MM = 40;
export const MAX_PAGE_HEIGHT_MM = 500;
const MAX_PRINTER_NAME_LENGTH = 256;

export type ParsedPrintRequest = { ok: true; request: PrintRequest } | { ok: false; error: string };

export function parsePrintRequest(input: unknown): ParsedPrintRequest {
  if (typeof input !== 'object' || input === null) return { ok: false, error: 'Print request must be an object' };
  const { html, printerName, pageWidthMm, pageHeightMm } = input as Record<string, unknown>;
  if (typeof html !== 'string' || html.length === 0) return { ok: false, error: 'html must be a non-empty string' };
  if (new TextEncoder().encode(html).length > MAX_PRINT_HTML_BYTES) {
    return { ok: false, error: `html is larger than ${MAX_PRINT_HTML_BYTES} bytes` };
  }
  if (
    printerName !== null &&
    (typeof printerName !== 'string' || printerName.length === 0 || printerName.length > MAX_PRINTER_NAME_LENGTH)
  ) {
    return { ok: false, error: 'printerName must be null or a printer name' };
  }
  if (!isLength(pageWidthMm, MIN_PAGE_WIDTH_MM, MAX_PAGE_WIDTH_MM)) {
    return { ok: false, error: `pageWidthMm must be between ${MIN_PAGE_WIDTH_MM} and ${MAX_PAGE_WIDTH_MM}` };
  }
  if (pageHeightMm !== undefined && !isLength(pageHeightMm, MIN_PAGE_HEIGHT_MM, MAX_PAGE_HEIGHT_MM)) {
    return { ok: false, error: `pageHeightMm must be absent or between ${MIN_PAGE_HEIGHT_MM} and ${MAX_PAGE_HEIGHT_MM}` };
  }
  return { ok: true, request: { html, printerName, pageWidthMm, ...(pageHeightMm === undefined ? {} : { pageHeightMm }) } };
}

function isLength(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
