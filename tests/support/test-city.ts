import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createEnrolCode, createWard } from '../../src/city/admin';
import type { CityDb } from '../../src/city/db/adapter';
import { buildCityServer } from '../../src/city/http/server';
import { migratedPglite } from './test-pglite';

// A real city server over HTTP in this process, on an embedded database unless given one: for the
// tests where the city is the other end of the wire rather than what they check.

export interface TestCity {
  db: CityDb;
  app: FastifyInstance;
  url: string;
  port: number;
  /** A ward with a code of its own, named `name` (default: after its code). */
  newWard(name?: string): Promise<string>;
  enrolCode(ward: string, slot: number): Promise<string>;
  close(): Promise<void>;
}

export async function startCity(db?: CityDb, options: { now?: () => Date; requestsPerMinute?: number } = {}): Promise<TestCity> {
  const cityDb = db ?? (await migratedPglite());
  const app = await buildCityServer({
    db: cityDb,
    requestsPerMinute: options.requestsPerMinute ?? 100_000,
    ...(options.now ? { now: options.now } : {}),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    db: cityDb,
    app,
    url: address,
    port: Number(new URL(address).port),
    async newWard(name) {
      const code = `W${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
      await createWard(cityDb, code, name ?? `Phường thử ${code}`);
      return code;
    },
    async enrolCode(ward, slot) {
      return (await createEnrolCode(cityDb, ward, slot, new Date())).code;
    },
    async close() {
      await app.close();
      if (!db) await cityDb.close();
    },
  };
}
