import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWardService, type RunningWardService } from '../../src/main/service/start';
import { createClient, type ApiClient, type ClientOptions } from './http-client';
import { adminSession, fetchPost } from './test-admin';

export interface TestWardService {
  running: RunningWardService;
  dataDir: string;
  baseUrl: string;
  /** The hub PC's session of the test administrator: every local-only method works with it. */
  token: string;
  /** The launch token of the hub PC itself, with no clerk signed in. */
  launchToken: string;
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
    token: await adminSession(fetchPost(baseUrl), running.token),
    launchToken: running.token,
    client,
    async close() {
      client.close();
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
