import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createEnrolCode, createWard } from '../../src/city/admin';
import type { CityDb } from '../../src/city/db/adapter';
import { buildCityServer } from '../../src/city/http/server';
import { injectTransport, TestDevice, type Transport } from './device-client';

export interface CityFixture {
  db: CityDb;
  app: FastifyInstance;
  transport: Transport;
  /** A new ward with a unique code, so tests sharing one database never see each other's data. */
  newWard(): Promise<string>;
  /** Enrols and logs in a device of `ward` in the first free slot (or `slot`). */
  newDevice(ward: string, slot?: number, options?: { nextSeq?: number }): Promise<TestDevice>;
  close(): Promise<void>;
}

export async function cityFixture(db: CityDb, options: { requestsPerMinute?: number; now?: () => Date } = {}): Promise<CityFixture> {
  const app = await buildCityServer({ db, ...options });
  const transport = injectTransport(app);
  const slots = new Map<string, number>();
  return {
    db,
    app,
    transport,
    async newWard() {
      const code = `W${crypto.randomBytes(5).toString('hex').toUpperCase()}`;
      await createWard(db, code, `Phường thử ${code}`);
      return code;
    },
    async newDevice(ward, slot, options) {
      const s = slot ?? slots.get(ward) ?? 0;
      slots.set(ward, s + 1);
      const { code } = await createEnrolCode(db, ward, s, new Date());
      return TestDevice.enrol(transport, code, options);
    },
    async close() {
      await app.close();
    },
  };
}

/** Rows of a table for one ward, straight from the database: the oracle the wire answers are checked against. */
export async function count(db: CityDb, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return row!.n;
}
