import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The Chromium the end-to-end tests drive. Playwright's own download needs the internet, which a
// ward PC or CI box often lacks, so any Chromium or Chrome already on the machine will do. Searched
// in this order: MOTCUA_BROWSER, Playwright's browser cache, the usual install paths. On Debian or
// Ubuntu as root the distribution's package is installed when none is found; elsewhere the run
// stops with one line saying what to install (never a silent skip).

export const BROWSER_ENV = 'MOTCUA_BROWSER';

/** Without the networking switches, Chromium on an offline machine floods the log with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface BrowserSearch {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  /** The folder's entries, or [] when it cannot be read. */
  list(dir: string): string[];
  isFile(file: string): boolean;
}

export interface FoundBrowser {
  executable: string;
  source: 'env' | 'playwright-cache' | 'system';
}

/** Thrown when no browser can be found or installed; its message is the one line to print. */
export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

export function hostSearch(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    homedir: os.homedir(),
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    isFile: (file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    },
  };
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Where Playwright keeps downloaded browsers (PLAYWRIGHT_BROWSERS_PATH wins, as it does for Playwright). */
export function playwrightCacheDir(search: Pick<BrowserSearch, 'env' | 'platform' | 'homedir'>): string {
  const { env, platform, homedir } = search;
  const p = pathApi(platform);
  const override = env.PLAYWRIGHT_BROWSERS_PATH;
  if (override && override !== '0') return override;
  if (platform === 'win32') return p.join(env.LOCALAPPDATA ?? p.join(homedir, 'AppData', 'Local'), 'ms-playwright');
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Caches', 'ms-playwright');
  return p.join(env.XDG_CACHE_HOME ?? p.join(homedir, '.cache'), 'ms-playwright');
}

/** Inside one revision folder: the layouts of Chrome for Testing builds first, then the older Chromium ones. */
const CACHE_LAYOUTS: Record<'chromium' | 'chromium_headless_shell', Partial<Record<NodeJS.Platform, string[][]>>> = {
  chromium: {
    linux: [
      ['chrome-linux64', 'chrome'],
      ['chrome-linux-arm64', 'chrome'],
      ['chrome-linux', 'chrome'],
    ],
    darwin: [
      ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
      ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
      ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ],
    win32: [
      ['chrome-win64', 'chrome.exe'],
      ['chrome-win', 'chrome.exe'],
    ],
  },
  chromium_headless_shell: {
    linux: [
      ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
      ['chrome-headless-shell-linux-arm64', 'chrome-headless-shell'],
      ['chrome-linux', 'headless_shell'],
    ],
    darwin: [
      ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'],
      ['chrome-headless-shell-mac-x64', 'chrome-headless-shell'],
      ['chrome-mac', 'headless_shell'],
    ],
    win32: [
      ['chrome-headless-shell-win64', 'chrome-headless-shell.exe'],
      ['chrome-win', 'headless_shell.exe'],
    ],
  },
};

/** Executables in Playwright's cache, full Chromium before the headless shell, newest revision first. */
export function playwrightCacheCandidates(search: BrowserSearch): string[] {
  const p = pathApi(search.platform);
  const cache = playwrightCacheDir(search);
  const entries = search.list(cache);
  const candidates: string[] = [];
  for (const kind of ['chromium', 'chromium_headless_shell'] as const) {
    const revisions = entries
      .map((name) => ({ name, revision: new RegExp(`^${kind}-(\\d+)$`).exec(name)?.[1] }))
      .filter((e): e is { name: string; revision: string } => e.revision !== undefined)
      .sort((a, b) => Number(b.revision) - Number(a.revision));
    for (const { name } of revisions)
      for (const layout of CACHE_LAYOUTS[kind][search.platform] ?? []) candidates.push(p.join(cache, name, ...layout));
  }
  return candidates;
}

/** Where Chromium, Chrome and Edge are installed by the usual packages and installers. */
export function systemCandidates(search: Pick<BrowserSearch, 'env' | 'platform' | 'homedir'>): string[] {
  const { env, platform, homedir } = search;
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const apps = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, ...app)));
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return apps.flatMap((app) => [path.posix.join('/Applications', app), path.posix.join(homedir, 'Applications', app)]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/**
 * The first browser in search order, or null. A MOTCUA_BROWSER that names no file is an error rather
 * than a reason to fall back: the developer asked for that browser.
 */
export function findBrowser(search: BrowserSearch): FoundBrowser | null {
  const explicit = search.env[BROWSER_ENV];
  if (explicit) {
    if (!search.isFile(explicit))
      throw new BrowserMissingError(`${BROWSER_ENV}=${explicit} is not a file: point it at a Chromium or Chrome executable`);
    return { executable: explicit, source: 'env' };
  }
  const cached = playwrightCacheCandidates(search).find((file) => search.isFile(file));
  if (cached) return { executable: cached, source: 'playwright-cache' };
  const system = systemCandidates(search).find((file) => search.isFile(file));
  return system ? { executable: system, source: 'system' } : null;
}

export interface HostFacts {
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** /etc/os-release, or '' where there is none. */
  osRelease: string;
}

function isDebianLike(osRelease: string): boolean {
  const field = (name: string) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
  return [field('ID'), ...field('ID_LIKE').split(' ')].some((id) => id === 'debian' || id === 'ubuntu');
}

/** 'apt' when this machine may install Debian's package itself; otherwise the one line telling the developer what to do. */
export function installPlan(host: HostFacts): 'apt' | string {
  const alternative = `or set ${BROWSER_ENV} to a Chromium or Chrome executable`;
  if (host.platform === 'linux' && isDebianLike(host.osRelease)) {
    if (host.isRoot) return 'apt';
    return `No Chromium found for the end-to-end tests: run \`sudo apt-get install -y chromium\`, ${alternative}`;
  }
  if (host.platform === 'linux')
    return `No Chromium found for the end-to-end tests: install chromium with your package manager (or \`npx playwright install chromium\`), ${alternative}`;
  return `No Chrome or Chromium found for the end-to-end tests: install Google Chrome (or run \`npx playwright install chromium\`), ${alternative}`;
}

function hostFacts(): HostFacts {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a minimal image: no distribution to install from.
  }
  return { platform: process.platform, isRoot: process.getuid?.() === 0, osRelease };
}

function aptGet(args: string[]): void {
  const result = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const why = result.error?.message ?? result.stderr.trim().split('\n').pop() ?? `exit ${String(result.status)}`;
    throw new BrowserMissingError(`apt-get ${args.join(' ')} failed (${why}): install chromium by hand or set ${BROWSER_ENV}`);
  }
}

/**
 * The executable to launch, installing Debian's chromium first where that is possible. `say` gets
 * the progress lines of an installation.
 */
export function ensureBrowser(say: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string {
  const search = hostSearch();
  const found = findBrowser(search);
  if (found) return found.executable;
  const plan = installPlan(hostFacts());
  if (plan !== 'apt') throw new BrowserMissingError(plan);
  say(
    'No Chromium found for the end-to-end tests: installing the Debian package chromium (apt-get update && apt-get install -y chromium)…',
  );
  const started = Date.now();
  aptGet(['update']);
  aptGet(['install', '-y', 'chromium']);
  const installed = findBrowser(search);
  if (!installed) throw new BrowserMissingError(`apt-get installed chromium but no executable was found: set ${BROWSER_ENV}`);
  say(`Installed ${installed.executable} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return installed.executable;
}
