import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { assertBuilt, startWard, type RunningWard } from './e2e-ward-service';
import { adminSession, fetchPost } from './test-admin';

// Every end-to-end test gets its own ward service (e2e-ward-service.ts: in the worker's ward host, or
// the built `dist/main/serve.js` for a movable clock) on a fresh data folder and a free port, so each
// runs alone and in any order. Pages open in their own browser context each, as the kiosk, the counter
// PC and the display are different machines.

export interface OpenOptions {
  /** Put in the URL fragment as the local app does; null opens as an unpaired LAN browser. Default: this launch's token. */
  token?: string | null;
  contextOptions?: Parameters<Browser['newContext']>[0];
  /** Runs before navigation: init scripts, a fake clock, routes. */
  prepare?: (page: Page) => Promise<unknown>;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export interface Ward {
  baseUrl: string;
  port: number;
  /**
   * The test administrator's session on the hub PC, for the running launch: pages open signed in with it.
   * Throws on a ward started with `test.use({ firstAdmin: false })`, which has no account yet.
   */
  token: string;
  /** The hub PC's own launch token, with no clerk signed in: a page opened with it asks for a sign-in. */
  launchToken: string;
  /** A new page in a new browser context, at `pathname` of the service. */
  open(pathname: string, options?: OpenOptions): Promise<Page>;
  /** Calls the API and requires a 200; the administrator's session (else the launch token) unless another token is given. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, token?: string): Promise<MethodOutput<M>>;
  /** Calls the API and returns whatever it answered. */
  request(method: MethodName, input: unknown, token?: string): Promise<ApiAnswer>;
  /** Moves the service's clock, back when `ms` is negative (only with `test.use({ movableClock: true })`). */
  advanceClock(ms: number): Promise<void>;
  /** Stops the service cleanly, as a PC being shut down does; pages stay open. */
  stop(): Promise<void>;
  /** Starts it again on the same data folder and port. */
  restart(): Promise<void>;
}

interface WardOptions {
  movableClock: boolean;
  /**
   * Whether the ward gets its test administrator (tests/support/test-admin.ts) at start, as if someone
   * had filled in the first-administrator form. False leaves it as a ward PC is after installation.
   */
  firstAdmin: boolean;
  /** Whether a ward without its administrator shows the first-run wizard (default: skipped, as a silent install). */
  wizard: boolean;
}

export const test = base.extend<WardOptions & { ward: Ward }>({
  movableClock: [false, { option: true }],
  firstAdmin: [true, { option: true }],
  wizard: [false, { option: true }],

  ward: async ({ browser, movableClock, firstAdmin, wizard }, use) => {
    assertBuilt();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
    let running: RunningWard | null = await startWard({ dataDir, port: 0, movableClock, wizard });
    const port = running.port;
    const baseUrl = `http://127.0.0.1:${port}`;
    // Sessions live in the service's memory: every launch signs the administrator in again.
    const signInAdmin = (launchToken: string): Promise<string | null> =>
      firstAdmin ? adminSession(fetchPost(baseUrl), launchToken) : Promise.resolve(null);
    let session = await signInAdmin(running.token);
    const contexts: BrowserContext[] = [];
    const live = (): RunningWard => {
      if (!running) throw new Error('the ward service is stopped');
      return running;
    };

    const defaultToken = (): string => session ?? live().token;
    const request = async (method: MethodName, input: unknown, token = defaultToken()): Promise<ApiAnswer> => {
      const response = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    };

    await use({
      baseUrl,
      port,
      get token() {
        live();
        if (!session) throw new Error('this ward was started without its first administrator (firstAdmin: false)');
        return session;
      },
      get launchToken() {
        return live().token;
      },
      async open(pathname, options = {}) {
        const context = await browser.newContext(options.contextOptions ?? {});
        contexts.push(context);
        const page = await context.newPage();
        await options.prepare?.(page);
        const token = options.token === undefined ? defaultToken() : options.token;
        await page.goto(`${baseUrl}${pathname}${token ? `#token=${token}` : ''}`);
        return page;
      },
      async call(method, input, token) {
        const answer = await request(method, input, token);
        expect(answer.status, `${method}: ${JSON.stringify(answer.body)}`).toBe(200);
        return answer.body as MethodOutput<typeof method>;
      },
      request,
      advanceClock: (ms) => live().advanceClock(ms),
      async stop() {
        await live().stop();
        running = null;
      },
      async restart() {
        if (running) throw new Error('the ward service is already running');
        running = await startWard({ dataDir, port, movableClock, wizard });
        session = await signInAdmin(running.token);
      },
    });

    for (const context of contexts) await context.close();
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
