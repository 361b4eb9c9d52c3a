import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQueueOrder, pickNext, type QueueCandidate } from '../../src/shared/queue/queue-order';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 1, minute)).toISOString();
const t = (id: string, minute: number, priority = false): QueueCandidate => ({ id, queuedAt: at(minute), priority });

describe('queue order', () => {
  it('calls a priority ticket before any regular one, even an older regular one', () => {
    expect(pickNext([t('r1', 0), t('r2', 1), t('p1', 5, true)])?.id).toBe('p1');
  });

  it('keeps first-come first-served among priority tickets', () => {
    expect(pickNext([t('p2', 7, true), t('r1', 0), t('p1', 3, true)])?.id).toBe('p1');
  });

  it('then calls regular tickets oldest first', () => {
    expect(pickNext([t('r3', 9), t('r1', 2), t('r2', 4)])?.id).toBe('r1');
  });

  it('sorts a mixed line: priority by arrival, then the rest by arrival', () => {
    const line = [t('r2', 4), t('p2', 6, true), t('r1', 1), t('p1', 5, true), t('r3', 8)];
    expect([...line].sort(compareQueueOrder).map((c) => c.id)).toEqual(['p1', 'p2', 'r1', 'r2', 'r3']);
  });

  it('breaks a same-millisecond tie by id so every counter agrees on the order', () => {
    expect(pickNext([t('b', 1), t('a', 1)])?.id).toBe('a');
    expect(compareQueueOrder(t('a', 1), t('a', 1))).toBe(0);
  });

  it('returns nothing for an empty line', () => {
    expect(pickNext([])).toBeUndefined();
  });

  it('pickNext is the first of the sorted line, whatever the input order', () => {
    const candidate = fc.record({ id: fc.uuid(), queuedAt: fc.integer({ min: 0, max: 600 }).map(at), priority: fc.boolean() });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 30 }), (line) => {
        const next = pickNext(line)!;
        expect(compareQueueOrder(next, [...line].sort(compareQueueOrder)[0]!)).toBe(0);
        expect(pickNext([...line].reverse())!.id).toBe(next.id);
        // No regular ticket is ever picked while a priority one waits.
        if (line.some((c) => c.priority)) expect(next.priority).toBe(true);
      }),
    );
  });
});
