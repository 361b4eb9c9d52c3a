// The peer for the city push benchmark (sync research §8.2, P2): PouchDB 9 replicating the same
// 10,000 dossier-sized documents (the very rows bench/city-sync.bench.ts pushes, ~1 KB each) from a
// PouchDB to express-pouchdb 4.2 over loopback HTTP, until the replication completes. Two storages:
// LevelDB on disk on both sides (PouchDB's and pouchdb-server's default: what a developer would
// deploy, and durable like our PostgreSQL), and in memory on both sides (PouchDB's best case).
// Counts the HTTP requests and request bytes, where PouchDB's checkpoint chatter shows (research §4.5).
// Run: npx tsx bench/sync-pouchdb.bench.ts
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Mutation } from '../src/shared/sync/wire';
import { timed } from './lib/stats';
import { syncBacklog } from './lib/sync-backlog';

// These packages ship no type declarations: the few calls made here are typed by hand.
interface PouchDatabase {
  bulkDocs(docs: object[]): Promise<unknown>;
  info(): Promise<{ doc_count: number }>;
  replicate: { to(target: PouchDatabase, options: { batch_size: number }): Promise<{ docs_written: number; ok: boolean }> };
  destroy(): Promise<unknown>;
}
interface PouchConstructor {
  new (name: string): PouchDatabase;
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: { adapter?: string; prefix?: string }): PouchConstructor;
}
const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-node') as PouchConstructor;
const memoryAdapter = require('pouchdb-adapter-memory') as unknown;
const expressPouchDB = require('express-pouchdb') as (db: PouchConstructor, options: object) => http.RequestListener;
const express = require('express') as () => { use(...handlers: unknown[]): void } & http.RequestListener;

/** The city push benchmark's backlog, row for row, each mutation a document keyed by its id. */
function documents(n: number): (Mutation & { _id: string })[] {
  return syncBacklog(undefined, n).map((m) => ({ ...m, _id: m.mutationId }));
}

export type PouchStorage = 'leveldb' | 'memory';

export interface PouchRun {
  storage: PouchStorage;
  docs: number;
  batchSize: number;
  ms: number;
  perSecond: number;
  requests: number;
  requestBytes: number;
  avgDocBytes: number;
}

/** Replicates `n` documents once, in a fresh source and target, and measures only the replication. */
export async function benchPouchReplication(n = 10_000, batchSize = 100, storage: PouchStorage = 'leveldb'): Promise<PouchRun> {
  PouchDB.plugin(memoryAdapter);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pouch-'));
  // Two classes: express-pouchdb instruments the one it serves, which the source must not share.
  const ServerPouch = PouchDB.defaults(storage === 'memory' ? { adapter: 'memory' } : { prefix: path.join(dir, 'server-') });
  const SourcePouch = PouchDB.defaults(storage === 'memory' ? { adapter: 'memory' } : { prefix: path.join(dir, 'source-') });
  const app = express();
  let requests = 0;
  app.use((_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) => {
    requests++;
    next();
  });
  app.use(expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: os.devNull }));
  const server = http.createServer(app);
  // Bytes the server read, counted on the sockets: reading the request streams would steal the bodies.
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesRead;
      sockets.delete(socket);
    });
  });
  const bytesRead = () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesRead, 0);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const name = `bench${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}`;
  const source = new SourcePouch(`${name}-source`);
  // Created on the server's side first: left to the replication's own PUT, it failed here with 404 no_db_file.
  await new ServerPouch(name).info();
  try {
    const docs = documents(n);
    await source.bulkDocs(docs);
    requests = 0;
    const bytesBefore = bytesRead();
    // The plain constructor picks the HTTP adapter for a URL: the documents cross the loopback.
    const remote = new PouchDB(target);
    const { result, elapsed } = await timed(() => source.replicate.to(remote, { batch_size: batchSize }));
    const requestBytes = bytesRead() - bytesBefore;
    if (!result.ok || result.docs_written !== n) throw new Error(`replication wrote ${result.docs_written} of ${n}`);
    const written = await remote.info();
    if (written.doc_count !== n) throw new Error(`target holds ${written.doc_count} of ${n}`);
    const avgDocBytes = Math.round(docs.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d)), 0) / n);
    return { storage, docs: n, batchSize, ms: elapsed, perSecond: (n / elapsed) * 1000, requests, requestBytes, avgDocBytes };
  } finally {
    await source.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`;
}

async function main(runs = 3): Promise<void> {
  console.log(
    `PouchDB replication benchmark — ${os.cpus().length} cores, Node ${process.version}, pouchdb-node 9.0.0 → express-pouchdb 4.2.0 over loopback`,
  );
  for (const storage of ['leveldb', 'memory'] as const)
    for (const batchSize of [100, 500]) {
      const results: PouchRun[] = [];
      for (let run = 0; run < runs; run++) results.push(await benchPouchReplication(10_000, batchSize, storage));
      const first = results[0]!;
      console.log(
        `(c) ${storage} batch_size ${batchSize}: 10,000 docs of ~${first.avgDocBytes} B, docs/s over ${runs} runs: ${summary(results.map((r) => r.perSecond))}; ` +
          `${first.requests} HTTP requests, ${(first.requestBytes / 1e6).toFixed(1)} MB sent per run`,
      );
    }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
