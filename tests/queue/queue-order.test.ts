import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQueueOrder, pickNext, type QueueCandidate } from '../../src/shared/queue/queue-order';

type Named = QueueCandidate & { id: string };
const t = (id: string, queueSeq: number, priority = false): Named => ({ id, queueSeq, priority });

describe('queue order', () => {
  it('calls a priority ticket before any regular one, even an older regular one', () => {
    expect(pickNext([t('r1', 1), t('r2', 2), t('p1', 5, true)])?.id).toBe('p1');
  });

  it('keeps first-come first-served among priority tickets', () => {
    expect(pickNext([t('p2', 7, true), t('r1', 1), t('p1', 3, true)])?.id).toBe('p1');
  });

  it('then calls regular tickets in the order they joined the line', () => {
    expect(pickNext([t('r3', 9), t('r1', 2), t('r2', 4)])?.id).toBe('r1');
  });

  it('sorts a mixed line: priority by arrival, then the rest by arrival', () => {
    const line = [t('r2', 4), t('p2', 6, true), t('r1', 1), t('p1', 5, true), t('r3', 8)];
    expect([...line].sort(compareQueueOrder).map((c) => c.id)).toEqual(['p1', 'p2', 'r1', 'r2', 'r3']);
  });

  it('returns nothing for an empty line', () => {
    expect(pickNext([])).toBeUndefined();
  });

  it('picks what a plain reference model picks: the lowest place among priority tickets, else among all', () => {
    const candidate = fc.record({ priority: fc.boolean() });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 30 }), fc.integer(), (flags, seed) => {
        // Distinct places, shuffled: the line as counters see it.
        const line = flags.map((f, i) => t(`t${i}`, i + 1, f.priority));
        const shuffled = line
          .map((c, i) => ({ c, k: (i * 7919 + seed) % 101 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.c);
        const priority = line.filter((c) => c.priority);
        const expected = (priority.length ? priority : line).reduce((a, b) => (b.queueSeq < a.queueSeq ? b : a));
        expect(pickNext(shuffled)!.id).toBe(expected.id);
      }),
    );
  });
});
