import type { Page } from '@playwright/test';

// Checks over the boxes a page has rendered (not screenshots): what a person would see as text
// sticking out of its tile, a row cut in half, a page wider than the screen, or a screen left empty.

export interface Overflow {
  /** What sticks out: an element as tag.class[data-testid] under its parent, or "text in" an element. */
  element: string;
  /** CSS pixels beyond the box, on the side that overflows most. */
  by: number;
  text: string;
}

export interface OverflowOptions {
  /** Only boxes inside this selector (default: the whole page). */
  within?: string;
  /** The page itself may be taller than the window (a long settings page); never wider. */
  pageMayScroll?: boolean;
  /** Sub-pixel rounding allowed, in CSS pixels. */
  tolerancePx?: number;
}

/**
 * Every element or line of text that does not fit in the box that holds it: a child's border box past
 * its parent's padding box, text past its block, a field whose value is wider than the field, a page
 * wider than the window. A box that scrolls on an axis (overflow auto or scroll) may hold more than it
 * shows on that axis. A glyph's box may pass a tight line-height above and below by a quarter of its
 * font size (nothing is cut or covered); a line that does not fit goes further.
 */
export function overflowingElements(page: Page, options: OverflowOptions = {}): Promise<Overflow[]> {
  const { within = 'body', pageMayScroll = false, tolerancePx = 1 } = options;
  return page.evaluate(
    ({ within, pageMayScroll, tolerancePx }) => {
      const name = (el: Element): string => {
        const testId = el.getAttribute('data-testid');
        const classes = Array.from(el.classList, (c) => `.${c}`).join('');
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}${testId ? `[data-testid="${testId}"]` : ''}`;
      };
      const laidOut = (el: Element): el is HTMLElement => {
        // checkVisibility: the content of a closed <details> keeps its boxes but nobody sees it.
        if (!(el instanceof HTMLElement) || el.getClientRects().length === 0 || !el.checkVisibility()) return false;
        const style = getComputedStyle(el);
        return style.visibility === 'visible' && style.display !== 'contents';
      };
      const isInline = (el: Element): boolean => getComputedStyle(el).display === 'inline';
      const found: Overflow[] = [];
      const report = (element: string, by: number, text: string): void => {
        found.push({ element, by: Math.round(by), text: text.trim().slice(0, 80) });
      };

      const root = document.documentElement;
      const pageRight = root.scrollWidth - root.clientWidth;
      const pageBottom = pageMayScroll ? 0 : root.scrollHeight - root.clientHeight;
      if (Math.max(pageRight, pageBottom) > tolerancePx) report('the page', Math.max(pageRight, pageBottom), '');

      const scope = document.querySelector(within);
      if (!scope) throw new Error(`nothing matches ${within}`);
      for (const box of [scope, ...Array.from(scope.querySelectorAll('*'))]) {
        if (!laidOut(box) || isInline(box)) continue;
        const style = getComputedStyle(box);
        const scrollsX = style.overflowX === 'auto' || style.overflowX === 'scroll';
        const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
        const outer = box.getBoundingClientRect();
        const left = outer.left + box.clientLeft;
        const top = outer.top + box.clientTop;
        const inner = { left, top, right: left + box.clientWidth, bottom: top + box.clientHeight };
        const beyond = (r: DOMRect, slackY: number): number =>
          Math.max(
            scrollsX ? 0 : Math.max(inner.left - r.left, r.right - inner.right),
            scrollsY ? 0 : Math.max(inner.top - r.top, r.bottom - inner.bottom) - slackY,
          );

        if (box instanceof HTMLInputElement && box.scrollWidth - box.clientWidth > tolerancePx) {
          report(name(box), box.scrollWidth - box.clientWidth, box.value);
        }
        for (const child of Array.from(box.children)) {
          if (!laidOut(child) || isInline(child) || getComputedStyle(child).position === 'fixed') continue;
          const by = beyond(child.getBoundingClientRect(), 0);
          if (by > tolerancePx) report(`${name(box)} > ${name(child)}`, by, child.innerText);
        }
        // Text belongs to its nearest block: directly, or inside inline elements such as <span>.
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
          acceptNode: (node) =>
            node === box || node.nodeType === Node.TEXT_NODE
              ? NodeFilter.FILTER_ACCEPT
              : isInline(node as Element)
                ? NodeFilter.FILTER_SKIP
                : NodeFilter.FILTER_REJECT,
        });
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const fontSize = Number.parseFloat(getComputedStyle(node.parentElement!).fontSize);
          const by = Math.max(...Array.from(range.getClientRects(), (r) => beyond(r, fontSize / 4)));
          if (by > tolerancePx) report(`text in ${name(box)}`, by, node.textContent);
        }
      }
      return found;
    },
    { within, pageMayScroll, tolerancePx },
  );
}

/**
 * The elements matching `selector` that are not wholly visible: partly outside the window or outside
 * an ancestor that clips them (overflow other than visible). Empty when every one is seen in full.
 */
export function partlyHidden(page: Page, selector: string, tolerancePx = 1): Promise<string[]> {
  return page.evaluate(
    ({ selector, tolerancePx }) => {
      const inside = (inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }): boolean =>
        inner.left >= outer.left - tolerancePx &&
        inner.top >= outer.top - tolerancePx &&
        inner.right <= outer.right + tolerancePx &&
        inner.bottom <= outer.bottom + tolerancePx;
      const hidden: string[] = [];
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const box = el.getBoundingClientRect();
        let seen = inside(box, { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
        for (let up = el.parentElement; seen && up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') seen = inside(box, up.getBoundingClientRect());
        }
        if (!seen) hidden.push((el as HTMLElement).innerText || el.tagName);
      }
      return hidden;
    },
    { selector, tolerancePx },
  );
}

/** The share of the window's height spanned by the elements matching `selector`, top of the first to bottom of the last. */
export function heightShare(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const boxes = Array.from(document.querySelectorAll(selector), (el) => el.getBoundingClientRect()).filter((b) => b.height > 0);
    if (boxes.length === 0) return 0;
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    return (bottom - top) / window.innerHeight;
  }, selector);
}

/** Whether any element matching `a` overlaps any matching `b` on screen (touching edges do not count). */
export function overlapping(page: Page, a: string, b: string): Promise<Array<[string, string]>> {
  return page.evaluate(
    ({ a, b }) => {
      const boxes = (selector: string) =>
        Array.from(document.querySelectorAll(selector), (el) => ({ text: (el as HTMLElement).innerText, box: el.getBoundingClientRect() }));
      const pairs: Array<[string, string]> = [];
      for (const x of boxes(a))
        for (const y of boxes(b)) {
          const apart = x.box.right <= y.box.left || y.box.right <= x.box.left || x.box.bottom <= y.box.top || y.box.bottom <= x.box.top;
          if (!apart) pairs.push([x.text, y.text]);
        }
      return pairs;
    },
    { a, b },
  );
}

/**
 * Buttons standing apart by less than `minGapPx` (or overlapping): two actions a person reads as one
 * bar and may press the wrong half of. Buttons of one group (a grid of days, a segmented choice:
 * siblings under a `role="group"`, `role="grid"` or `role="radiogroup"`) are meant to sit together.
 */
export function touchingButtons(page: Page, minGapPx = 2): Promise<Array<[string, string]>> {
  return page.evaluate((minGapPx) => {
    const grouped = (el: Element): Element | null => el.closest('[role="group"], [role="grid"], [role="radiogroup"], [role="tablist"]');
    const buttons = Array.from(document.querySelectorAll('button, [role="button"]')).filter(
      (el) => el instanceof HTMLElement && el.checkVisibility() && el.getClientRects().length > 0,
    );
    const pairs: Array<[string, string]> = [];
    buttons.forEach((x, i) => {
      for (const y of buttons.slice(i + 1)) {
        if (x.contains(y) || y.contains(x)) continue;
        const gx = grouped(x);
        if (gx && gx === grouped(y)) continue;
        const a = x.getBoundingClientRect();
        const b = y.getBoundingClientRect();
        const gapX = Math.max(b.left - a.right, a.left - b.right);
        const gapY = Math.max(b.top - a.bottom, a.top - b.bottom);
        // Side by side (their rows overlap) or one above the other (their columns overlap), too close.
        if ((gapY < 0 && gapX < minGapPx) || (gapX < 0 && gapY < minGapPx))
          pairs.push([(x as HTMLElement).innerText, (y as HTMLElement).innerText]);
      }
    });
    return pairs;
  }, minGapPx);
}

/** The three screens a ward meets: a full-HD monitor or TV, an office laptop, a portrait kiosk. */
export const WARD_SCREENS = [
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '1366×768', width: 1366, height: 768 },
  { name: '1080×1920 portrait', width: 1080, height: 1920 },
] as const;
