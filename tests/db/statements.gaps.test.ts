// Small queries stay cheap only if each SQL text is prepared once per connection.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { stmt } from '../../src/main/service/db/statements';

describe('stmt', () => {
  it('prepares each SQL text once per connection, and separately for another connection', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    try {
      const first = stmt(a, 'SELECT 1 AS one');
      expect(stmt(a, 'SELECT 1 AS one')).toBe(first);
      expect(stmt(a, 'SELECT 2 AS two')).not.toBe(first);
      expect(stmt(a, 'SELECT 2 AS two')).toBe(stmt(a, 'SELECT 2 AS two'));
      const other = stmt(b, 'SELECT 1 AS one');
      expect(other).not.toBe(first);
      expect(stmt(b, 'SELECT 1 AS one')).toBe(other);
      expect(first.get()).toEqual({ one: 1 });
    } finally {
      a.close();
      b.close();
    }
  });
});
