import { printingText } from '../../shared/i18n/vi';
import type { Settings } from '../../shared/api/schemas';
import type { ShellBridge } from '../../shared/shell-bridge';
import { api, ApiCallError } from '../api/client';
import { fittedPageRule, openPrintFrame, withDeadline } from './print-frame';

// The one way a document reaches paper, whatever it is (ticket, receipt slip): a self-contained HTML
// document goes silently to the chosen printer in the desktop app, or through the browser's dialog.

export type PrintOutcome = { ok: true } | { ok: false; message: string };

/** A roll (the ticket printer): the page is cut to the content. A sheet keeps its own size. */
export type Paper = { kind: 'roll'; widthMm: number } | { kind: 'sheet'; widthMm: number; heightMm: number };

/** Which of the ward's printer settings a document goes to. */
export type PrinterSetting = keyof Pick<Settings, 'ticketPrinter' | 'documentPrinter'>;

/** A silent print reaches the spooler in seconds; a minute without an answer means a stuck driver. */
const SHELL_PRINT_TIMEOUT_MS = 60_000;
/**
 * Where print() blocks until the dialog closes (Chromium, Firefox) this never runs out; elsewhere
 * it bounds the wait for an afterprint event that some browsers never send.
 */
const DIALOG_TIMEOUT_MS = 60_000;

const failures = printingText.failures;

/**
 * In the desktop app the shell prints silently to the configured printer and reports failure; in a
 * browser the print dialog is the only feedback there is, so closing it counts as printed.
 * Never throws: the outcome is for the person at the printer, whatever the network does.
 */
export async function printDocument(render: () => Promise<string>, paper: Paper, printer: PrinterSetting): Promise<PrintOutcome> {
  try {
    const html = await render();
    const shell = window.motcuaShell;
    return shell ? await printWithShell(shell, html, paper, printer) : await printInBrowser(html, paper);
  } catch (error) {
    return failure(errorText(error));
  }
}

async function printWithShell(shell: ShellBridge, html: string, paper: Paper, printer: PrinterSetting): Promise<PrintOutcome> {
  // A sheet keeps its own size; a roll's page is cut to the content, measured here as the shell will lay it out.
  const page = paper.kind === 'sheet' ? { html, heightMm: paper.heightMm } : await fittedRoll(html, paper.widthMm);
  const result = await withDeadline(
    shell.printHtml({
      html: page.html,
      printerName: await configuredPrinter(printer),
      pageWidthMm: paper.widthMm,
      pageHeightMm: page.heightMm,
    }),
    SHELL_PRINT_TIMEOUT_MS,
    failures.printerTimeout,
  );
  if (result.ok) return { ok: true };
  return failure(result.error ? failures.printerError(result.error) : failures.printerUnknownError);
}

/** The ward's chosen printer; a paired kiosk may not read the settings and uses its own default. */
async function configuredPrinter(printer: PrinterSetting): Promise<string | null> {
  try {
    return (await api('getConfig', {})).settings[printer];
  } catch (error) {
    if (error instanceof ApiCallError && error.code === 'forbidden') return null;
    throw error;
  }
}

/** The document with its page shortened to the content, and that page's height. */
async function fittedRoll(html: string, widthMm: number): Promise<{ html: string; heightMm: number }> {
  const { frame, pageHeightMm } = await openPrintFrame(html, widthMm, failures.documentTimeout);
  frame.remove();
  const rule = `<style>${fittedPageRule(widthMm, pageHeightMm)}</style>`;
  const headEnd = html.lastIndexOf('</head>');
  // The rule comes after the document's own @page rule, so it wins.
  return { html: headEnd < 0 ? html + rule : html.slice(0, headEnd) + rule + html.slice(headEnd), heightMm: pageHeightMm };
}

async function printInBrowser(html: string, paper: Paper): Promise<PrintOutcome> {
  const { frame, pageHeightMm } = await openPrintFrame(html, paper.widthMm, failures.documentTimeout);
  try {
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) return failure(failures.noFrame);
    if (paper.kind === 'roll') {
      const style = doc.createElement('style');
      style.textContent = fittedPageRule(paper.widthMm, pageHeightMm);
      doc.head.append(style);
    }
    return await dialogOutcome(frame, win);
  } finally {
    frame.remove();
  }
}

function dialogOutcome(frame: HTMLIFrameElement, win: Window): Promise<PrintOutcome> {
  const focusedBefore = document.activeElement;
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
    } finally {
      giveFocusBack(frame, focusedBefore);
    }
  });
}

/**
 * print() returns once the dialog is closed (or at once, where the browser shows none): the hidden
 * frame keeps no focus while the outcome is awaited, so keys (the kiosk's digits and Esc) reach the page.
 */
function giveFocusBack(frame: HTMLIFrameElement, focusedBefore: Element | null): void {
  if (document.activeElement === frame) frame.blur();
  window.focus();
  if (focusedBefore instanceof HTMLElement && focusedBefore !== frame && focusedBefore.isConnected) {
    focusedBefore.focus({ preventScroll: true });
  }
}

/** An error's message, also for errors thrown in the print frame, which are not this realm's Error. */
function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

function failure(message: string): PrintOutcome {
  return { ok: false, message: message.trim() || failures.printerUnknownError };
}
