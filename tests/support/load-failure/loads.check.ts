import { expect, it } from 'vitest';

it('runs as usual', () => {
  expect(1 + 1).toBe(2);
});
