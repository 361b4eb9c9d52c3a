// One small interface over the two PostgreSQL engines the city server runs on: a real server through a
// `pg` pool, or the embedded PGlite. All SQL in src/city is written once against this.
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface TransactionOptions {
  /** Pull reads its changes and the device's last seq from one snapshot. */
  isolation?: 'read committed' | 'repeatable read';
  readOnly?: boolean;
}

export interface CityDb extends Queryable {
  readonly engine: 'postgres' | 'pglite';
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** Every connection is busy and the wait queue is full: answer 503 with Retry-After rather than time out. */
export class DbBusyError extends Error {
  constructor(reason: string) {
    super(`database busy: ${reason}`);
  }
}

/** SQLSTATE of a database error, whichever engine raised it. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const SQLSTATE = {
  lockNotAvailable: '55P03',
  deadlock: '40P01',
  serializationFailure: '40001',
  uniqueViolation: '23505',
} as const;

export function beginStatement(options: TransactionOptions = {}): string {
  const parts = ['BEGIN ISOLATION LEVEL', (options.isolation ?? 'read committed').toUpperCase()];
  if (options.readOnly) parts.push('READ ONLY');
  return parts.join(' ');
}
