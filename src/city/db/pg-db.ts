import pg from 'pg';
import { beginStatement, DbBusyError, type CityDb, type Queryable, type Row, type TransactionOptions } from './adapter';

export interface PgOptions {
  connectionString: string;
  /** Connections per server process. */
  poolSize?: number;
  /** Requests allowed to wait for a connection before new ones get 503. */
  maxWaiting?: number;
  /** How long a request may wait for a connection before it gets 503. */
  acquireTimeoutMs?: number;
}

// int8 (change numbers, seqs) as JS numbers: they stay far below 2^53.
const types = {
  getTypeParser: (oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')),
};

export function openPg(options: PgOptions): CityDb {
  const poolSize = options.poolSize ?? 20;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: poolSize,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    types,
  });
  // An idle client losing its server connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const maxWaiting = options.maxWaiting ?? 100;

  async function acquire(): Promise<pg.PoolClient> {
    const allBusy = pool.idleCount === 0 && pool.totalCount >= poolSize;
    if (allBusy && pool.waitingCount >= maxWaiting) throw new DbBusyError(`${pool.waitingCount} requests waiting for a connection`);
    try {
      return await pool.connect();
    } catch (error) {
      if (error instanceof Error && /timeout/i.test(error.message)) throw new DbBusyError('timed out waiting for a connection');
      throw error;
    }
  }

  const run = async <T extends Row>(client: pg.PoolClient | pg.Pool, sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await client.query<T>(sql, params as unknown[] | undefined)).rows;

  return {
    engine: 'postgres',
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      const client = await acquire();
      try {
        return await run<T>(client, sql, params);
      } finally {
        client.release();
      }
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>, txOptions?: TransactionOptions) {
      const client = await acquire();
      let broken = false;
      try {
        await client.query(beginStatement(txOptions));
        const result = await fn({ query: (sql, params) => run(client, sql, params), exec: async (sql) => void (await client.query(sql)) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async exec(sql: string) {
      const client = await acquire();
      try {
        await client.query(sql);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
