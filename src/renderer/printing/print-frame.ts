/** Fonts are embedded in the document, so loading and measuring it takes well under a second. */
const PREPARE_TIMEOUT_MS = 15_000;
const MM_PER_CSS_PX = 25.4 / 96;
/**
 * Added to the measured height: a page even a fraction of a line too short moves the last line onto a
 * second page, and the measure is in whole device pixels while the page is in tenths of a millimetre.
 */
const FIT_SLACK_MM = 0.5;

export interface PrintFrame {
  frame: HTMLIFrameElement;
  /** The page height that fits the content and the document's own page margins, in mm (what a roll is cut to). */
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
            doc.fonts.ready.then(() => resolve({ frame, pageHeightMm: fittedHeightMm(doc) }), reject);
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

/** The content's height plus the top and bottom margins its @page rule asks for, rounded up to 0.1 mm. */
function fittedHeightMm(doc: Document): number {
  const contentPx = doc.documentElement.getBoundingClientRect().height;
  const marginsPx = pageMargins(doc).reduce((sum, margin) => sum + cssLengthPx(doc, margin), 0);
  return Math.ceil(((contentPx + marginsPx) * MM_PER_CSS_PX + FIT_SLACK_MM) * 10) / 10;
}

/** The top and bottom margins of the document's @page rules, as written (e.g. "3mm"). */
function pageMargins(doc: Document): string[] {
  // Rules of the frame's realm: `instanceof CSSPageRule` of this window would never match them.
  const pageRules = Array.from(doc.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSPageRule => rule.cssText.startsWith('@page'));
  const last = (property: 'marginTop' | 'marginBottom'): string =>
    pageRules
      .map((rule) => rule.style[property])
      .filter(Boolean)
      .at(-1) ?? '';
  return [last('marginTop'), last('marginBottom')];
}

/** A CSS length in CSS pixels, as the frame's own layout resolves it. */
function cssLengthPx(doc: Document, length: string): number {
  if (!length) return 0;
  const probe = doc.createElement('div');
  probe.style.cssText = `position:absolute;visibility:hidden;height:${length};`;
  doc.body.append(probe);
  const px = probe.getBoundingClientRect().height;
  probe.remove();
  return px;
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
