import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWardService, type RunningWardService } from '../../src/main/service/start';
import { createClient, type ApiClient, type ClientOptions } from './http-client';

export interface TestWardService {
  running: RunningWardService;
  dataDir: string;
  baseUrl: string;
  /** The local renderer's token: every local-only method works with it. */
  token: string;
  client: ApiClient;
  close(): Promise<void>;
}

/** The real ward service, in this process, on a free loopback port, over a fresh data directory (or the given one, reopened). */
export async function startTestWardService(
  clientOptions: ClientOptions = {},
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-it-')),
): Promise<TestWardService> {
  // No renderer build: these tests speak only to the API.
  const running = await startWardService({ dataDir, port: 0, staticDir: path.join(dataDir, 'no-renderer') });
  const baseUrl = `http://127.0.0.1:${running.port}`;
  const client = createClient(baseUrl, clientOptions);
  return {
    running,
    dataDir,
    baseUrl,
    token: running.token,
    client,
    async close() {
      client.close();
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
