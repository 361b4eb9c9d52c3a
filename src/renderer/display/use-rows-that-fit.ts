import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * How many rows of a list fit whole in the list's box, which the page sizes (not the rows): a row cut
 * in half at the bottom of a board reads as a wrong number. Every row is one line, so all are as tall
 * as the first; the count follows the box as the screen changes size.
 */
export function useRowsThatFit(listRef: RefObject<HTMLElement | null>, rowCount: number): number {
  // Unknown until a row has been laid out to measure: until then every row is shown.
  const [fitting, setFitting] = useState<number | null>(null);
  const rowHeight = useRef(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = (): void => {
      // Once no row fits there is none to measure: the last height measured still holds for this font.
      const first = list.firstElementChild;
      if (first) rowHeight.current = first.getBoundingClientRect().height;
      if (rowHeight.current === 0) return;
      const gap = Number.parseFloat(getComputedStyle(list).rowGap) || 0;
      setFitting(Math.floor((list.getBoundingClientRect().height + gap) / (rowHeight.current + gap)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [listRef, rowCount]);
  return Math.min(fitting ?? rowCount, rowCount);
}
