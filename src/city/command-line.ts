// The city's command line, apart from the process around it: the options, and what each `city admin`
// command does to an open database with the lines it prints. src/city/cli.ts opens the database,
// reads standard input and prints; tests run several commands on one open database.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AdminError, createEnrolCode, createProcessingToken, createWard, listDevices, revokeDevice } from './admin';
import { setDashboardPassword } from './dashboard/dashboard-auth';
import type { CityDb } from './db/adapter';
import { publishReference, ReferenceItem } from './sync/reference';

export const USAGE = `usage:
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

export type CommandLineValues = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

export interface CommandLine {
  values: CommandLineValues;
  /** The `city admin` command, or null for the server. */
  admin: string | null;
}

export function parseCommandLine(argv: string[]): CommandLine {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  if (positionals.length === 0) return { values, admin: null };
  if (positionals[0] !== 'admin' || positionals.length !== 2) throw new AdminError(USAGE);
  return { values, admin: positionals[1]! };
}

export function intOption(value: string | undefined, name: string, fallback?: number): number {
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

/** `readInput`: standard input, so a password appears neither in the shell history nor in the process list. */
export async function runAdminCommand(
  db: CityDb,
  command: string,
  values: CommandLineValues,
  readInput: () => Promise<string>,
  now: Date = new Date(),
): Promise<string[]> {
  switch (command) {
    case 'create-ward':
      await createWard(db, required(values.code, 'code'), required(values.name, 'name'));
      return [`ward ${values.code} created`];
    case 'enrol-code': {
      const { code, expiresAt } = await createEnrolCode(db, required(values.ward, 'ward'), intOption(values.slot, 'slot'), now);
      return [`enrolment code for ward ${values.ward}, slot ${values.slot}: ${code}  (single use, valid until ${expiresAt.toISOString()})`];
    }
    case 'devices':
      return (await listDevices(db, values.ward)).map((d) =>
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
    case 'revoke':
      await revokeDevice(db, required(values.device, 'device'), now);
      return [`device ${values.device} revoked`];
    case 'processing-token':
      return [await createProcessingToken(db, required(values.ward, 'ward'))];
    case 'publish': {
      const item = ReferenceItem.parse(JSON.parse(fs.readFileSync(required(values.file, 'file'), 'utf8')));
      const wards = await publishReference(db, item, values.ward ?? null);
      return [`${item.entity} ${item.key} published to ${wards} ward(s)`];
    }
    case 'set-password':
      await setDashboardPassword(db, (await readInput()).replace(/\r?\n$/, ''));
      return ['dashboard password set; every dashboard session was signed out'];
    default:
      throw new AdminError(USAGE);
  }
}
