import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserMissingError, findBrowser, hostSearch, installPlan, type BrowserSearch } from './browser';

// Which browser the end-to-end tests launch, in a made-up home folder and environment: nothing is
// installed and the machine's own browsers are never looked at.

let home: string;

beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'motcua-browser-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

function touch(...parts: string[]): string {
  const file = path.join(home, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  return file;
}

/** The real file system under `home`, plus system install paths that "exist" only for this test. */
function search(options: { env?: Record<string, string>; platform?: NodeJS.Platform; installed?: string[] } = {}): BrowserSearch {
  const real = hostSearch();
  const installed = new Set(options.installed ?? []);
  return {
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    homedir: home,
    list: real.list,
    isFile: (file) => installed.has(file) || (file.startsWith(home) && real.isFile(file)),
  };
}

describe('findBrowser', () => {
  it('takes MOTCUA_BROWSER before anything else', () => {
    const chosen = touch('bin', 'my-chrome');
    touch('.cache', 'ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    expect(findBrowser(search({ env: { MOTCUA_BROWSER: chosen }, installed: ['/usr/bin/chromium'] }))).toEqual({
      executable: chosen,
      source: 'env',
    });
  });

  it('refuses a MOTCUA_BROWSER that names no file instead of quietly using another browser', () => {
    const missing = path.join(home, 'nowhere', 'chrome');
    expect(() => findBrowser(search({ env: { MOTCUA_BROWSER: missing }, installed: ['/usr/bin/chromium'] }))).toThrow(BrowserMissingError);
  });

  it("takes Playwright's cache before the system's Chromium, the newest revision first", () => {
    touch('.cache', 'ms-playwright', 'chromium-1200', 'chrome-linux64', 'chrome');
    touch('.cache', 'ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    touch('.cache', 'ms-playwright', 'chromium-999', 'chrome-linux64', 'chrome');
    expect(findBrowser(search({ installed: ['/usr/bin/chromium'] }))).toEqual({
      executable: path.join(home, '.cache', 'ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome'),
      source: 'playwright-cache',
    });
  });

  it('finds the older Chromium layout and, failing a full Chromium, the headless shell', () => {
    touch('.cache', 'ms-playwright', 'chromium_headless_shell-1255', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    expect(findBrowser(search())?.executable).toBe(
      path.join(home, '.cache', 'ms-playwright', 'chromium_headless_shell-1255', 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    );
    touch('.cache', 'ms-playwright', 'chromium-1140', 'chrome-linux', 'chrome');
    expect(findBrowser(search())?.executable).toBe(path.join(home, '.cache', 'ms-playwright', 'chromium-1140', 'chrome-linux', 'chrome'));
  });

  it('looks in PLAYWRIGHT_BROWSERS_PATH or XDG_CACHE_HOME when they are set', () => {
    const shared = touch('shared-browsers', 'chromium-1255', 'chrome-linux64', 'chrome');
    expect(findBrowser(search({ env: { PLAYWRIGHT_BROWSERS_PATH: path.join(home, 'shared-browsers') } }))?.executable).toBe(shared);
    const xdg = touch('xdg', 'ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome');
    expect(findBrowser(search({ env: { XDG_CACHE_HOME: path.join(home, 'xdg') } }))?.executable).toBe(xdg);
  });

  it('on Linux takes /usr/bin/chromium before Google Chrome and the snap', () => {
    const all = ['/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium'];
    expect(findBrowser(search({ installed: all }))).toEqual({ executable: '/usr/bin/chromium', source: 'system' });
    expect(findBrowser(search({ installed: ['/snap/bin/chromium', '/usr/bin/google-chrome'] }))?.executable).toBe('/usr/bin/google-chrome');
    expect(findBrowser(search({ installed: ['/snap/bin/chromium'] }))?.executable).toBe('/snap/bin/chromium');
  });

  it("on Windows looks in LOCALAPPDATA's Playwright cache, then Program Files for Chrome before Edge", () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\canbo\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const cached = 'C:\\Users\\canbo\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe';
    const chrome = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    const windows = (installed: string[]): BrowserSearch => ({
      ...search({ env, platform: 'win32', installed }),
      list: (dir) => (dir === 'C:\\Users\\canbo\\AppData\\Local\\ms-playwright' ? ['chromium-1255', '.links'] : []),
    });
    expect(findBrowser(windows([edge, chrome, cached]))?.executable).toBe(cached);
    expect(findBrowser(windows([edge, chrome]))?.executable).toBe(chrome);
    expect(findBrowser(windows([edge]))?.executable).toBe(edge);
  });

  it("on macOS looks in ~/Library/Caches, then /Applications' Google Chrome", () => {
    const cached = touch(
      'Library',
      'Caches',
      'ms-playwright',
      'chromium-1255',
      'chrome-mac-arm64',
      'Google Chrome for Testing.app',
      'Contents',
      'MacOS',
      'Google Chrome for Testing',
    );
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(search({ platform: 'darwin', installed: [chrome] }))?.executable).toBe(cached);
    rmSync(path.join(home, 'Library'), { recursive: true });
    expect(findBrowser(search({ platform: 'darwin', installed: [chrome] }))?.executable).toBe(chrome);
  });

  it('finds nothing on a machine without any browser', () => {
    expect(findBrowser(search())).toBeNull();
  });
});

describe('installPlan', () => {
  const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
  const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
  const mint = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
  const fedora = 'NAME="Fedora Linux"\nID=fedora\n';

  it('installs with apt-get only as root on Debian or a distribution built on it', () => {
    expect(installPlan({ platform: 'linux', isRoot: true, osRelease: debian })).toBe('apt');
    expect(installPlan({ platform: 'linux', isRoot: true, osRelease: ubuntu })).toBe('apt');
    expect(installPlan({ platform: 'linux', isRoot: true, osRelease: mint })).toBe('apt');
  });

  it('otherwise says in one line what to install', () => {
    const plans = [
      installPlan({ platform: 'linux', isRoot: false, osRelease: debian }),
      installPlan({ platform: 'linux', isRoot: true, osRelease: fedora }),
      installPlan({ platform: 'win32', isRoot: false, osRelease: '' }),
      installPlan({ platform: 'darwin', isRoot: false, osRelease: '' }),
    ];
    expect(plans[0]).toContain('sudo apt-get install -y chromium');
    expect(plans[1]).toContain('install chromium with your package manager');
    expect(plans[2]).toContain('install Google Chrome');
    expect(plans[3]).toContain('install Google Chrome');
    for (const plan of plans) {
      expect(plan).not.toContain('\n');
      expect(plan).toContain('MOTCUA_BROWSER');
    }
  });
});
