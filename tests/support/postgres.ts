// A throwaway PostgreSQL cluster per test run or benchmark: initdb + pg_ctl in a temp dir on a free
// loopback port, stopped and deleted afterwards. Never a cluster this machine uses for anything else.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  /** Connection string of the `postgres` database. */
  url: string;
  /** A new empty database in the cluster, for one suite, named `name` and a suffix no other suite has. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

function findBinDir(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (fs.existsSync(path.join(dir, 'initdb'))) return dir;
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/**
 * The server binaries, installed from Debian's packages when this machine has none (as root on Debian
 * or Ubuntu). Called once per test run from tests/support/global-setup.ts, so parallel test files
 * never run apt-get at the same time.
 */
export function ensureBinDir(): string {
  const found = findBinDir();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/etc/debian_version')) {
    process.stderr.write('PostgreSQL not found: installing the Debian package "postgresql" (apt-get, about a minute)…\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-q', 'postgresql'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const installed = findBinDir();
    if (installed) return installed;
  }
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) not found: install the "postgresql" package (Debian: apt-get install postgresql).',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user and the
 * binaries run through runuser.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = ensureBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    fs.chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    const result = spawnSync(cmd, argv as string[], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  };
  const data = path.join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=300',
    '-c shared_buffers=128MB',
    // Tests need no crash safety; the benchmark keeps PostgreSQL's defaults (fsync, synchronous_commit on).
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ];
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', settings.join(' '), '-w', '-t', '60', 'start']);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  return { ...clusterAt(`postgres://postgres@127.0.0.1:${port}/postgres`), stop };
}

let databases = 0;

/** A cluster already running at `url` (its `postgres` database); `stop()` leaves it running. */
export function clusterAt(url: string): TestPostgres {
  return {
    url,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      // Files of one run share the cluster, in two workers: the process and a counter keep names apart.
      const unique = `${name}_${process.pid}_${++databases}`;
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${unique}`);
      } finally {
        await client.end();
      }
      const database = new URL(url);
      database.pathname = `/${unique}`;
      return database.toString();
    },
    stop: () => undefined,
  };
}
