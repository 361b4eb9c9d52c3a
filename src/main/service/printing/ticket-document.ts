import { localClock, localDateVi } from '../../../shared/time/local-time';

export interface TicketDocumentData {
  wardName: string;
  serviceName: string;
  displayNumber: string;
  priorityName: string | null;
  issuedAt: string;
  ahead: number;
  estimatedCallAt: string;
}

/** The 80 mm ticket as one self-contained HTML document (no external resources to fail at print time). */
export function renderTicketHtml(data: TicketDocumentData): string {
  const priority = data.priorityName
    ? `<div class="priority">ƯU TIÊN – ${escapeHtml(data.priorityName)}</div>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Số thứ tự ${escapeHtml(data.displayNumber)}</title>
<style>
  @page { size: 80mm auto; margin: 3mm; }
  html, body { margin: 0; padding: 0; }
  body { width: 74mm; font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; color: #000; text-align: center; }
  .ward { font-size: 11pt; font-weight: 700; text-transform: uppercase; }
  .service { font-size: 11pt; margin-top: 2mm; }
  .label { font-size: 10pt; margin-top: 3mm; }
  .number { font-size: 40pt; font-weight: 800; line-height: 1.1; letter-spacing: 1pt; }
  .priority { font-size: 11pt; font-weight: 700; border: 1.5pt solid #000; padding: 1mm; margin: 2mm 4mm; }
  .facts { font-size: 10pt; text-align: left; margin-top: 3mm; }
  .foot { font-size: 9pt; margin-top: 3mm; font-style: italic; }
</style></head>
<body>
  <div class="ward">${escapeHtml(data.wardName)}</div>
  <div class="service">${escapeHtml(data.serviceName)}</div>
  <div class="label">SỐ THỨ TỰ CỦA BẠN</div>
  <div class="number">${escapeHtml(data.displayNumber)}</div>
  ${priority}
  <div class="facts">
    <div>Thời gian lấy số: ${localClock(data.issuedAt)} ngày ${localDateVi(data.issuedAt)}</div>
    <div>Số người đang chờ trước bạn: ${data.ahead}</div>
    <div>Dự kiến được gọi lúc: ${localClock(data.estimatedCallAt)}</div>
  </div>
  <div class="foot">Vui lòng theo dõi màn hình và loa gọi số.</div>
</body></html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
