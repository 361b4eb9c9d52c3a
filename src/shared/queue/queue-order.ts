export interface QueueCandidate {
  priority: boolean;
  /** ISO instant of the original issue; a transfer or a return to queue keeps it. */
  queuedAt: string;
  /** Tie-break for tickets issued in the same millisecond. */
  id: string;
}

/** Priority tickets first, first-come first-served among themselves; then everybody else by arrival. */
export function compareQueueOrder(a: QueueCandidate, b: QueueCandidate): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function pickNext<T extends QueueCandidate>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const c of candidates) if (!best || compareQueueOrder(c, best) < 0) best = c;
  return best;
}
