import type Database from 'better-sqlite3';

/**
 * The SQL a service operation prepares the first time it runs. Recording it (instead of copying
 * the query text into the bench) means the plan printed is the plan of the query the service
 * really runs, even after someone edits it.
 */
export async function sqlPreparedDuring(db: Database.Database, operation: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = db.prepare;
  db.prepare = function (this: Database.Database, sql: string) {
    seen.push(sql);
    return original.call(this, sql);
  } as typeof db.prepare;
  try {
    await operation();
  } finally {
    db.prepare = original;
  }
  return seen;
}

export interface QueryPlan {
  sql: string;
  lines: string[];
}

export function explain(db: Database.Database, sql: string): QueryPlan {
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  // Any values do: without ANALYZE statistics the plan does not depend on them.
  const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
  const rows = statement.all(...params) as { detail: string }[];
  return { sql: sql.replace(/\s+/g, ' ').trim(), lines: rows.map((r) => r.detail) };
}

/** A head-of-queue read must walk the index in order: no table scan, no sort. */
export function walksIndexInOrder(plan: QueryPlan, index: string): boolean {
  return (
    plan.lines.some((l) => new RegExp(`INDEX ${index}\\b`).test(l)) &&
    !plan.lines.some((l) => /\bSCAN\b/.test(l) || l.includes('TEMP B-TREE'))
  );
}
