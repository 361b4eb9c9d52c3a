import { useCallback, useEffect, useRef, useState } from 'react';

export interface Highlight {
  ticketId: string;
  /** Changes on every call, so a recall of the same ticket restarts the animation. */
  seq: number;
}

/** The latest call of each counter stays highlighted for `durationMs`, to catch the eye. */
export function useHighlights(durationMs: number) {
  const [highlights, setHighlights] = useState<ReadonlyMap<number, Highlight>>(new Map());
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const seq = useRef(0);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const highlight = useCallback(
    (counterNumber: number, ticketId: string) => {
      clearTimeout(timers.current.get(counterNumber));
      setHighlights((h) => new Map(h).set(counterNumber, { ticketId, seq: ++seq.current }));
      timers.current.set(
        counterNumber,
        setTimeout(() => {
          timers.current.delete(counterNumber);
          setHighlights((h) => {
            const next = new Map(h);
            next.delete(counterNumber);
            return next;
          });
        }, durationMs),
      );
    },
    [durationMs],
  );

  return { highlights, highlight };
}
