// `npm run city -- …`: the city sync server and its administration commands. Both use DATABASE_URL
// when set, else the embedded database in --data <dir>.
import fs from 'node:fs';
import path from 'node:path';
import { AdminError } from './admin';
import { intOption, parseCommandLine, runAdminCommand, type CommandLineValues } from './command-line';
import { openCityDb } from './db/open';
import { buildCityServer } from './http/server';

async function main(argv: string[]): Promise<void> {
  const { values, admin } = parseCommandLine(argv);
  const location = { databaseUrl: process.env.DATABASE_URL || undefined, dataDir: values.data };
  if (admin === null) return serve(location, values);
  const db = await openCityDb(location, { poolSize: 2 });
  try {
    for (const line of await runAdminCommand(db, admin, values, readStdin)) console.log(line);
  } finally {
    await db.close();
  }
}

/** Standard input, so the password appears neither in the shell history nor in the process list. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const SHUTDOWN_DEADLINE_MS = 10_000;

/** A mistyped folder would serve every ward a 404 in silence: the server refuses to start instead. */
function updatesFolder(dir: string): string {
  const resolved = path.resolve(dir);
  if (!fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory()) throw new AdminError(`--updates: ${resolved} is not a folder`);
  return resolved;
}

async function serve(location: { databaseUrl?: string; dataDir?: string }, values: CommandLineValues) {
  const db = await openCityDb(location);
  const app = await buildCityServer({
    db,
    logger: { level: 'info' },
    requestsPerMinute: intOption(values.rate, 'rate', 300),
    silentAfterMinutes: intOption(values['silent-minutes'], 'silent-minutes', 60),
    ...(values.updates ? { updatesDir: updatesFolder(values.updates) } : {}),
  });
  const address = await app.listen({ port: intOption(values.port, 'port', 8787), host: values.host ?? '127.0.0.1' });
  // Tests and scripts read this line to find the port.
  console.log(`city server listening on ${address}`);
  // Requests in flight may finish; a client holding a connection open cannot keep the process alive.
  const stop = () => {
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
