/** Fonts are embedded in the document, so loading and measuring it takes well under a second. */
const PREPARE_TIMEOUT_MS = 15_000;
const MM_PER_CSS_PX = 25.4 / 96;
/** Room for the document's own page margins (3 mm top and bottom) and rounding. */
const PAGE_ALLOWANCE_MM = 10;

export interface PrintFrame {
  frame: HTMLIFrameElement;
  /** The page height that fits the content exactly, in mm (what a roll is cut to). */
  pageHeightMm: number;
}

/**
 * Loads a document into a hidden same-origin frame and waits for its embedded fonts, so nothing
 * prints in a fallback font and the content can be measured: CSS has no "page as long as the
 * content", and a roll printer should cut right after the ticket.
 */
export async function openPrintFrame(html: string, widthMm: number, failureMessage: string): Promise<PrintFrame> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off screen but laid out at the roll's width: a zero-sized or display:none frame may not print.
  frame.style.cssText = `position:fixed;left:-${2 * widthMm}mm;top:0;width:${widthMm}mm;height:20mm;border:0;`;
  frame.srcdoc = html;
  try {
    return await withDeadline(
      new Promise<PrintFrame>((resolve, reject) => {
        frame.addEventListener(
          'load',
          () => {
            const doc = frame.contentDocument;
            if (!doc?.body) {
              reject(new Error(failureMessage));
              return;
            }
            // Laying the text out is what makes the browser fetch the faces it needs.
            doc.body.getBoundingClientRect();
            doc.fonts.ready.then(
              () =>
                resolve({
                  frame,
                  pageHeightMm: Math.ceil(doc.documentElement.getBoundingClientRect().height * MM_PER_CSS_PX + PAGE_ALLOWANCE_MM),
                }),
              reject,
            );
          },
          { once: true },
        );
        document.body.append(frame);
      }),
      PREPARE_TIMEOUT_MS,
      failureMessage,
    );
  } catch (error) {
    frame.remove();
    throw error;
  }
}

/** The @page rule that shortens the document's page to the measured content. */
export function fittedPageRule(widthMm: number, heightMm: number): string {
  return `@page { size: ${widthMm}mm ${heightMm}mm; }`;
}

/** Settles like `promise`, or rejects with `message` once `ms` have passed without it settling. */
export function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
