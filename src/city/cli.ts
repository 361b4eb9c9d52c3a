// `npm run city -- …`: the city sync server and its administration commands. Both use DATABASE_URL
// when set, else the embedded database in --data <dir>.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AdminError, createEnrolCode, createProcessingToken, createWard, listDevices, revokeDevice } from './admin';
import { setDashboardPassword } from './dashboard/dashboard-auth';
import { openCityDb } from './db/open';
import { buildCityServer } from './http/server';
import { publishReference, ReferenceItem } from './sync/reference';

const USAGE = `usage:
  city --data <dir> [--port 8787] [--host 127.0.0.1] [--rate <requests/min/device>] [--updates <dir>]
  city admin create-ward --code <unit code> --name <name>
  city admin enrol-code --ward <code> --slot <0-9>
  city admin devices [--ward <code>]
  city admin revoke --device <id>
  city admin processing-token --ward <code>
  city admin publish --file <item.json> [--ward <code>]      (item: {"entity","key","data"})
  city admin set-password                                    (reads the dashboard password from standard input)
Every command uses DATABASE_URL when set, else --data <dir>.`;

const options = {
  data: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  rate: { type: 'string' },
  'silent-minutes': { type: 'string' },
  updates: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  ward: { type: 'string' },
  slot: { type: 'string' },
  device: { type: 'string' },
  file: { type: 'string' },
} as const;

function intOption(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new AdminError(`--${name} is required`);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new AdminError(`--${name} must be a whole number`);
  return n;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new AdminError(`--${name} is required`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const location = { databaseUrl: process.env.DATABASE_URL || undefined, dataDir: values.data };
  if (positionals.length === 0) return serve(location, values);
  if (positionals[0] !== 'admin' || positionals.length !== 2) throw new AdminError(USAGE);
  const db = await openCityDb(location, { poolSize: 2 });
  try {
    const now = new Date();
    switch (positionals[1]) {
      case 'create-ward':
        await createWard(db, required(values.code, 'code'), required(values.name, 'name'));
        console.log(`ward ${values.code} created`);
        break;
      case 'enrol-code': {
        const { code, expiresAt } = await createEnrolCode(db, required(values.ward, 'ward'), intOption(values.slot, 'slot'), now);
        console.log(
          `enrolment code for ward ${values.ward}, slot ${values.slot}: ${code}  (single use, valid until ${expiresAt.toISOString()})`,
        );
        break;
      }
      case 'devices':
        for (const d of await listDevices(db, values.ward))
          console.log(
            [
              d.id,
              d.ward_code,
              `slot ${d.slot}`,
              d.status,
              `seq ${d.last_seq}`,
              `push ${d.last_push_at?.toISOString() ?? '-'}`,
              `app ${d.app_version ?? '-'}`,
            ].join('\t'),
          );
        break;
      case 'revoke':
        await revokeDevice(db, required(values.device, 'device'), now);
        console.log(`device ${values.device} revoked`);
        break;
      case 'processing-token':
        console.log(await createProcessingToken(db, required(values.ward, 'ward')));
        break;
      case 'publish': {
        const item = ReferenceItem.parse(JSON.parse(fs.readFileSync(required(values.file, 'file'), 'utf8')));
        const wards = await publishReference(db, item, values.ward ?? null);
        console.log(`${item.entity} ${item.key} published to ${wards} ward(s)`);
        break;
      }
      case 'set-password':
        await setDashboardPassword(db, (await readStdin()).replace(/\r?\n$/, ''));
        console.log('dashboard password set; every dashboard session was signed out');
        break;
      default:
        throw new AdminError(USAGE);
    }
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

async function serve(
  location: { databaseUrl?: string; dataDir?: string },
  values: { port?: string; host?: string; rate?: string; 'silent-minutes'?: string; updates?: string },
) {
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
