import { api } from '../api/client';

export type PrintOutcome = { ok: true } | { ok: false; message: string };

const TICKET_WIDTH_MM = 80;

/**
 * Prints a ticket and records on the server whether it printed. In the desktop app the shell prints
 * silently to the configured printer and reports failure; in a browser the print dialog is the
 * only feedback there is, so closing it counts as printed.
 */
export async function printTicket(ticketId: string): Promise<PrintOutcome> {
  let outcome: PrintOutcome;
  try {
    const { html } = await api('renderTicketDocument', { ticketId });
    outcome = window.motcuaShell ? await printWithShell(html) : await printInBrowser(html);
  } catch (error) {
    outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  await api('markTicketPrinted', { ticketId, ok: outcome.ok, ...(outcome.ok ? {} : { error: outcome.message.slice(0, 500) }) });
  return outcome;
}

async function printWithShell(html: string): Promise<PrintOutcome> {
  const { settings } = await api('getConfig', {}).catch(() => ({ settings: { ticketPrinter: null } }));
  const result = await window.motcuaShell!.printHtml({ html, printerName: settings.ticketPrinter, pageWidthMm: TICKET_WIDTH_MM });
  return result.ok ? { ok: true } : { ok: false, message: result.error ?? 'Máy in báo lỗi.' };
}

function printInBrowser(html: string): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0;';
    frame.srcdoc = html;
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) {
        frame.remove();
        resolve({ ok: false, message: 'Trình duyệt không mở được bản in.' });
        return;
      }
      win.addEventListener('afterprint', () => {
        frame.remove();
        resolve({ ok: true });
      });
      win.focus();
      win.print();
    };
    document.body.appendChild(frame);
  });
}
