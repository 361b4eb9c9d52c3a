import { describe, expect, it } from 'vitest';
import { formatDisplayNumber } from '../../src/shared/queue/display-number';

describe('formatDisplayNumber', () => {
  it('pads to three digits after the service letter', () => {
    expect(formatDisplayNumber('A', 1)).toBe('A001');
    expect(formatDisplayNumber('B', 23)).toBe('B023');
    expect(formatDisplayNumber('E', 999)).toBe('E999');
  });

  it('grows past 999 rather than wrapping to a number already handed out', () => {
    expect(formatDisplayNumber('A', 1000)).toBe('A1000');
  });
});
