import { PGlite } from '@electric-sql/pglite';
import { beginStatement, DbBusyError, type CityDb, type Queryable, type Row, type TransactionOptions } from './adapter';

/** bigint (OID 20) as a JS number, as the pg adapter reads it. */
export const PGLITE_PARSERS = { 20: (v: string) => Number(v) };

export async function openPglite(dataDir: string | undefined, options: { maxWaiting?: number } = {}): Promise<CityDb> {
  return pgliteCityDb(await PGlite.create({ dataDir, parsers: PGLITE_PARSERS }), options);
}

/**
 * PGlite is one connection: every statement and transaction goes through one queue, so a transaction
 * never sees another request's statements interleaved. The queue is bounded like the pg pool's.
 */
export function pgliteCityDb(db: PGlite, options: { maxWaiting?: number } = {}): CityDb {
  const maxWaiting = options.maxWaiting ?? 100;
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  function serialised<T>(work: () => Promise<T>): Promise<T> {
    if (waiting >= maxWaiting) return Promise.reject(new DbBusyError(`${waiting} requests queued on the embedded database`));
    waiting++;
    const result = tail.then(
      () => {
        waiting--;
        return work();
      },
      () => {
        waiting--;
        return work();
      },
    );
    tail = result.catch(() => undefined);
    return result;
  }

  const run = async <T extends Row>(sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await db.query<T>(sql, params as unknown[] | undefined)).rows;

  return {
    engine: 'pglite',
    query: (sql, params) => serialised(() => run(sql, params)),
    transaction<T>(fn: (tx: Queryable) => Promise<T>, txOptions?: TransactionOptions) {
      return serialised(async () => {
        await db.query(beginStatement(txOptions));
        try {
          const result = await fn({ query: run, exec: async (sql) => void (await db.exec(sql)) });
          await db.query('COMMIT');
          return result;
        } catch (error) {
          await db.query('ROLLBACK');
          throw error;
        }
      });
    },
    exec: (sql) => serialised(async () => void (await db.exec(sql))),
    close: () => serialised(() => db.close()),
  };
}
