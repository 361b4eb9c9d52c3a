// The city server and its admin commands as real processes (`npm run city`), as operators run them,
// from this run's build of src/city/cli.ts (tests/support/service-entries.ts). Node itself, not a
// wrapper: a signal to a wrapper would leave the server it started running.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { serviceEntries } from '../support/service-entries';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CityProcess {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The environment for a city process: on PostgreSQL when `databaseUrl` is given, else on `--data`. */
function envFor(databaseUrl: string | null): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env;
}

export async function startCityProcess(databaseUrl: string | null, extraArgs: string[] = []): Promise<CityProcess> {
  const child = spawn(process.execPath, [serviceEntries().city, '--port', '0', ...extraArgs], {
    cwd: ROOT,
    env: envFor(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`city server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /city server listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`city server exited with ${code}:\n${output}`));
    });
  });
  // Keep draining the log so the child never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url,
    port: Number(new URL(url).port),
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        // Already gone (exited, or killed by a test's signal): nothing to wait for.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs `city admin …` and returns its standard output; throws with its error output on failure. */
export function cityAdmin(databaseUrl: string | null, args: string[], input?: string): string {
  const result = spawnSync(process.execPath, [serviceEntries().city, 'admin', ...args], {
    cwd: ROOT,
    env: envFor(databaseUrl),
    encoding: 'utf8',
    timeout: 60_000,
    input,
  });
  if (result.status !== 0) throw new Error(`city admin ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function enrolCodeFrom(output: string): string {
  const match = /([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(output);
  if (!match) throw new Error(`no enrolment code in: ${output}`);
  return match[1]!;
}
