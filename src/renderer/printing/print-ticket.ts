import { printingText } from '../../shared/i18n/vi';
import type { ShellBridge } from '../../shared/shell-bridge';
import { api, ApiCallError } from '../api/client';
import { fittedPageRule, openTicketFrame, withDeadline } from './ticket-frame';

export type PrintOutcome = { ok: true } | { ok: false; message: string };

const TICKET_WIDTH_MM = 80;
/** A silent print reaches the spooler in seconds; a minute without an answer means a stuck driver. */
const SHELL_PRINT_TIMEOUT_MS = 60_000;
/**
 * Where print() blocks until the dialog closes (Chromium, Firefox) this never runs out; elsewhere
 * it bounds the wait for an afterprint event that some browsers never send.
 */
const DIALOG_TIMEOUT_MS = 60_000;
const MAX_ERROR_LENGTH = 500;

const failures = printingText.failures;

/**
 * Prints a ticket and records on the server whether it printed, so failures are listed for reprint.
 * In the desktop app the shell prints silently to the configured printer and reports failure; in a
 * browser the print dialog is the only feedback there is, so closing it counts as printed.
 * Never throws: the outcome is for the citizen in front of the kiosk, whatever the network does.
 */
export async function printTicket(ticketId: string): Promise<PrintOutcome> {
  const outcome = await printDocument(() => api('renderTicketDocument', { ticketId }));
  try {
    await api('markTicketPrinted', {
      ticketId,
      ok: outcome.ok,
      ...(outcome.ok ? {} : { error: outcome.message.slice(0, MAX_ERROR_LENGTH) }),
    });
  } catch {
    // The paper came out or it did not; an unrecorded outcome only leaves the ticket "pending".
  }
  return outcome;
}

/** Prints a test ticket that issues no number, to check the printer and the paper width. */
export function printTestTicket(): Promise<PrintOutcome> {
  return printDocument(() => api('renderSampleTicketDocument', {}));
}

async function printDocument(render: () => Promise<{ html: string }>): Promise<PrintOutcome> {
  try {
    const { html } = await render();
    const shell = window.motcuaShell;
    return shell ? await printWithShell(shell, html) : await printInBrowser(html);
  } catch (error) {
    return failure(errorText(error));
  }
}

async function printWithShell(shell: ShellBridge, html: string): Promise<PrintOutcome> {
  // Sent as served: its page is the length the shell feeds per ticket, so nothing is scaled or shifted.
  const result = await withDeadline(
    shell.printHtml({ html, printerName: await configuredPrinter(), pageWidthMm: TICKET_WIDTH_MM }),
    SHELL_PRINT_TIMEOUT_MS,
    failures.printerTimeout,
  );
  if (result.ok) return { ok: true };
  return failure(result.error ? failures.printerError(result.error) : failures.printerUnknownError);
}

/** The ward's chosen ticket printer; a paired kiosk may not read the settings and uses its own default. */
async function configuredPrinter(): Promise<string | null> {
  try {
    return (await api('getConfig', {})).settings.ticketPrinter;
  } catch (error) {
    if (error instanceof ApiCallError && error.code === 'forbidden') return null;
    throw error;
  }
}

async function printInBrowser(html: string): Promise<PrintOutcome> {
  const { frame, pageHeightMm } = await openTicketFrame(html, TICKET_WIDTH_MM, failures.documentTimeout);
  try {
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) return failure(failures.noFrame);
    const style = doc.createElement('style');
    style.textContent = fittedPageRule(TICKET_WIDTH_MM, pageHeightMm);
    doc.head.append(style);
    return await dialogOutcome(win);
  } finally {
    frame.remove();
  }
}

function dialogOutcome(win: Window): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(failure(failures.dialogTimeout)), DIALOG_TIMEOUT_MS);
    win.addEventListener(
      'afterprint',
      () => {
        clearTimeout(timer);
        resolve({ ok: true });
      },
      { once: true },
    );
    try {
      win.focus();
      win.print();
    } catch (error) {
      clearTimeout(timer);
      resolve(failure(failures.dialogError(errorText(error))));
    }
  });
}

/** An error's message, also for errors thrown in the ticket frame, which are not this realm's Error. */
function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

function failure(message: string): PrintOutcome {
  return { ok: false, message: message.trim() || failures.printerUnknownError };
}
