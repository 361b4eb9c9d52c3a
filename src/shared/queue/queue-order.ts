export interface QueueCandidate {
  priority: boolean;
  /**
   * Place in the line, from a counter the ward service keeps: unlike the issue time it cannot be
   * reordered by a PC clock set back. A transfer or a return to queue keeps it.
   */
  queueSeq: number;
}

/** Priority tickets first, first-come first-served among themselves; then everybody else by arrival. */
export function compareQueueOrder(a: QueueCandidate, b: QueueCandidate): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  return a.queueSeq - b.queueSeq;
}

export function pickNext<T extends QueueCandidate>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const c of candidates) if (!best || compareQueueOrder(c, best) < 0) best = c;
  return best;
}
