import { printingText } from '../../../shared/i18n/vi';
import { localClock, localDateVi, localDay } from '../../../shared/time/local-time';
import { DOCUMENT_FONT_FAMILY, EMBEDDED_FONT_CSS } from '../../../shared/printing/embedded-font-css';

export interface TicketDocumentData {
  wardName: string;
  serviceName: string;
  displayNumber: string;
  priorityName: string | null;
  issuedAt: string;
  ahead: number;
  estimatedCallAt: string;
  /** A printer test: marked so that nobody takes it for a queue number. */
  sample?: boolean;
}

/** Width of the thermal roll every ward uses for tickets. */
export const TICKET_PAGE_WIDTH_MM = 80;
const PAGE_MARGIN_MM = 3;
/**
 * CSS cannot say "as long as the content" for a page, so the document declares a length that holds any
 * normal ticket (ROLL_PAGE_LENGTH_MM in src/main/electron/print-job.ts); the pages' printing module
 * measures the content and shortens the page to it, in the desktop app and in a browser alike.
 */
const PAGE_LENGTH_MM = 120;

/**
 * The 80 mm ticket as one self-contained HTML document: the font is embedded and nothing is loaded
 * from elsewhere, so there is nothing to fail or to be missing at print time on any PC.
 */
export function renderTicketHtml(data: TicketDocumentData): string {
  const t = printingText.ticket;
  const estimateDay = localDay(data.estimatedCallAt) === localDay(data.issuedAt) ? null : localDateVi(data.estimatedCallAt);
  const line = (cls: string, text: string): string => `<div class="${cls}">${escapeHtml(text)}</div>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(t.documentTitle(data.displayNumber))}</title>
<style>
${EMBEDDED_FONT_CSS}
@page { size: ${TICKET_PAGE_WIDTH_MM}mm ${PAGE_LENGTH_MM}mm; margin: ${PAGE_MARGIN_MM}mm; }
html, body { margin: 0; padding: 0; background: #fff; }
body { width: ${TICKET_PAGE_WIDTH_MM - 2 * PAGE_MARGIN_MM}mm; font-family: '${DOCUMENT_FONT_FAMILY}', sans-serif; font-weight: 400; color: #000; text-align: center; overflow-wrap: anywhere; }
.ward { font-size: 11pt; font-weight: 700; text-transform: uppercase; }
.service { font-size: 12pt; margin-top: 2mm; }
.label { font-size: 10pt; margin-top: 3mm; }
.number { font-size: 54pt; font-weight: 700; line-height: 1.05; letter-spacing: 1pt; }
.priority { font-size: 12pt; font-weight: 700; border: 1.5pt solid #000; padding: 1mm; margin: 1mm 4mm 0; }
.sample { font-size: 12pt; font-weight: 700; border: 1.5pt dashed #000; padding: 1mm; margin-bottom: 2mm; }
.facts { font-size: 10pt; text-align: left; margin-top: 3mm; }
.foot { font-size: 9pt; margin-top: 3mm; }
</style></head>
<body>
${data.sample ? line('sample', t.sampleMark) : ''}
${line('ward', data.wardName)}
${line('service', data.serviceName)}
${line('label', t.yourNumber)}
${line('number', data.displayNumber)}
${data.priorityName ? line('priority', t.priority(data.priorityName)) : ''}
<div class="facts">
${line('issued', t.issuedAt(localClock(data.issuedAt), localDateVi(data.issuedAt)))}
${line('ahead', t.ahead(data.ahead))}
${line('estimate', t.estimatedCall(localClock(data.estimatedCallAt), estimateDay))}
</div>
${line('foot', t.footer)}
</body></html>`;
}

/** What a printer test prints: the ward's real header, an obviously fake number, the time now. */
export function sampleTicketData(wardName: string, now: Date): TicketDocumentData {
  const t = printingText.ticket;
  return {
    wardName,
    serviceName: t.sampleService,
    displayNumber: t.sampleNumber,
    priorityName: null,
    issuedAt: now.toISOString(),
    ahead: 0,
    estimatedCallAt: now.toISOString(),
    sample: true,
  };
}

/** Escapes text for HTML element content and attribute values; normalises to NFC as stored text is. */
export function escapeHtml(text: string): string {
  return text.normalize('NFC').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
