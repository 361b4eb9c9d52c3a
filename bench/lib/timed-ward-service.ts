import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWardService } from '../../src/main/service/start';

// The ward service in a process of its own, so its memory is its own: run as a script, it starts the
// service on the data folder it is given and prints how long startWardService took (module loading,
// which Electron or a build does once and differently, is left out); imported, it spawns that script.

export interface TimedWardService {
  process: ChildProcess;
  port: number;
  launchToken: string;
  /** startWardService, from the call to a listening API: opening the database included. */
  startMs: number;
  /** Resident memory of the service process now (VmRSS) and at its peak (VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

const SELF = fileURLToPath(import.meta.url);

export function spawnTimedWardService(dataDir: string): Promise<TimedWardService> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the ward service exited (${code}) before it was ready: ${out}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { port, token, startMs } = JSON.parse(line) as { port: number; token: string; startMs: number };
      resolve({
        process: child,
        port,
        launchToken: token,
        startMs,
        memory: () => memoryOf(child.pid!),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) / 1024;
  return { rssMb: kb('VmRSS'), peakMb: kb('VmHWM') };
}

async function main(dataDir: string): Promise<void> {
  const staticDir = path.join(dataDir, 'no-renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  const started = performance.now();
  const running = await startWardService({ dataDir, port: 0, staticDir });
  const startMs = performance.now() - started;
  console.log(JSON.stringify({ port: running.port, token: running.token, startMs }));
  process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
}

if (process.argv[1] === SELF) void main(process.argv[2]!);
