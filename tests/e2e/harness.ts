import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWardService, type RunningService } from '../../src/main/service/start';

// End-to-end tests drive the real ward service (in this process, on a free port) from Debian's
// Chromium. MOTCUA_STATIC_DIR lets a developer point at another renderer build.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface E2eApp {
  service: RunningService;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own storage) opened at `path`; `token` is put in the fragment. */
  open(pathname: string, options?: { token?: string | null; contextOptions?: Parameters<Browser['newContext']>[0] }): Promise<Page>;
  contexts: BrowserContext[];
  close(): Promise<void>;
}

export async function startE2eApp(options: { lan?: boolean } = {}): Promise<E2eApp> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const staticDir = path.resolve(process.env.MOTCUA_STATIC_DIR ?? 'dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error(`No renderer build in ${staticDir}: run npm run build`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  const service = await startWardService({ dataDir, port: 0, staticDir, ...(options.lan ? { host: '0.0.0.0' } : {}) });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const baseUrl = `http://127.0.0.1:${service.port}`;
  const contexts: BrowserContext[] = [];
  return {
    service,
    baseUrl,
    browser,
    contexts,
    async open(pathname, opts = {}) {
      const context = await browser.newContext(opts.contextOptions ?? {});
      contexts.push(context);
      const page = await context.newPage();
      const token = opts.token === undefined ? service.token : opts.token;
      await page.goto(`${baseUrl}${pathname}${token ? `#token=${token}` : ''}`);
      return page;
    },
    async close() {
      await browser.close();
      await service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
