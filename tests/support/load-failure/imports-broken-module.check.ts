import { expect, it } from 'vitest';
import './throws-at-load';

it('never runs: its module does not load', () => {
  expect(true).toBe(true);
});
