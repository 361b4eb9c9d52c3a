import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deviceWindowOptions } from '../../src/main/electron/device-mode';
import { SHELL_CHANNELS } from '../../src/main/electron/ipc-channels';
import { guardedHandler, isTrustedSender, UntrustedSenderError } from '../../src/main/electron/ipc-guard';
import { denyWindowOpen, isNavigationAllowed } from '../../src/main/electron/navigation-policy';
import { denyPermissionCheck, denyPermissionRequest } from '../../src/main/electron/permission-policy';
import { appWindowUrl, isServiceUrl, serviceOrigin } from '../../src/main/electron/service-origin';
import { appWindowOptions, PRINT_PARTITION, printWindowOptions } from '../../src/main/electron/window-options';

const origin = serviceOrigin(7710);

describe('service origin', () => {
  it('is the loopback address and port of this launch', () => {
    expect(origin).toBe('http://127.0.0.1:7710');
  });

  it('is normalised like the URLs it is compared with', () => {
    expect(isServiceUrl('http://127.0.0.1/kiosk', serviceOrigin(80))).toBe(true);
  });

  it('rejects impossible ports', () => {
    for (const port of [0, -1, 65536, 7710.5, Number.NaN]) expect(() => serviceOrigin(port)).toThrow(RangeError);
  });

  it.each(['http://127.0.0.1:7710/', 'http://127.0.0.1:7710/kiosk', 'http://127.0.0.1:7710/display?x=1#token=abc'])(
    'accepts its own pages: %s',
    (url) => {
      expect(isServiceUrl(url, origin)).toBe(true);
    },
  );

  it.each([
    'http://127.0.0.1:7711/',
    'https://127.0.0.1:7710/',
    'http://localhost:7710/',
    'http://[::1]:7710/',
    'http://127.0.0.1.evil.example:7710/',
    'http://127.0.0.1:7710@evil.example/',
    'https://evil.example/',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('refuses anything else: %s', (url) => {
    expect(isServiceUrl(url, origin)).toBe(false);
  });

  it('puts the token in the fragment, never in the path or query', () => {
    const url = new URL(appWindowUrl(origin, 'tok_EN-123'));
    expect(url.origin).toBe(origin);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#token=tok_EN-123');
    expect(appWindowUrl(origin, 'abc', '/display')).toBe('http://127.0.0.1:7710/display#token=abc');
  });
});

describe('navigation policy', () => {
  it('allows navigation inside the service origin only', () => {
    expect(isNavigationAllowed('http://127.0.0.1:7710/settings', origin)).toBe(true);
    expect(isNavigationAllowed('https://dichvucong.gov.vn/', origin)).toBe(false);
    expect(isNavigationAllowed('http://127.0.0.1:9999/', origin)).toBe(false);
    expect(isNavigationAllowed('file:///C:/Windows/', origin)).toBe(false);
  });

  it('allows nothing before the service has reported its origin', () => {
    expect(isNavigationAllowed('http://127.0.0.1:7710/', null)).toBe(false);
  });

  it('never opens a new window, not even for a link to the app itself', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permission policy', () => {
  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'usb',
    'unknown',
  ])('refuses the %s permission request and check', (permission) => {
    const answers: boolean[] = [];
    denyPermissionRequest({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('IPC sender check', () => {
  const frame = (url: string) => ({ senderFrame: { url } });

  it('trusts only frames showing the service origin', () => {
    expect(isTrustedSender(frame('http://127.0.0.1:7710/'), origin)).toBe(true);
    expect(isTrustedSender(frame('http://127.0.0.1:7710/kiosk'), origin)).toBe(true);
    expect(isTrustedSender(frame('http://localhost:7710/'), origin)).toBe(false);
    expect(isTrustedSender(frame('https://evil.example/'), origin)).toBe(false);
    expect(isTrustedSender(frame('data:text/html,x'), origin)).toBe(false);
    expect(isTrustedSender(frame('about:blank'), origin)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, origin)).toBe(false);
  });

  it('runs the handler for a trusted sender and refuses others without running it', () => {
    const calls: unknown[][] = [];
    const handler = guardedHandler(origin, (_event, ...args) => {
      calls.push(args);
      return 'done';
    });
    expect(handler(frame('http://127.0.0.1:7710/'), 'a', 1)).toBe('done');
    expect(() => handler(frame('https://evil.example/'), 'b')).toThrow(UntrustedSenderError);
    expect(() => handler({ senderFrame: null })).toThrow(/destroyed frame/);
    expect(calls).toEqual([['a', 1]]);
  });

  it("guards every channel the shell handles, the wizard's join and the updater's intake flag included", () => {
    const shell = readFileSync(new URL('../../src/main/electron/main.ts', import.meta.url), 'utf8');
    const handled = [...shell.matchAll(/ipcMain\.handle\(\s*SHELL_CHANNELS\.(\w+),\s*(\w+)\(/g)];
    expect(handled.length).toBe(shell.match(/ipcMain\.(handle|on)\w*\(/g)?.length);
    expect(handled.map((match) => match[1]).sort()).toEqual(Object.keys(SHELL_CHANNELS).sort());
    for (const match of handled) expect(match[2], match[1]).toBe('guardedHandler');
  });
});

describe('window options', () => {
  const options = appWindowOptions({ preloadPath: '/app/dist/preload/preload.cjs', title: 'Một Cửa', devTools: false });
  const web = options.webPreferences!;

  it('loads the bridge preload and lets the display speak without a click', () => {
    expect(web.preload).toBe('/app/dist/preload/preload.cjs');
    expect(web.autoplayPolicy).toBe('no-user-gesture-required');
    expect(web.spellcheck).toBe(false);
    expect(web.devTools).toBe(false);
    expect(options.title).toBe('Một Cửa');
    expect(options.show).toBe(false);
  });

  it('gives developer tools only when asked', () => {
    expect(appWindowOptions({ preloadPath: 'p', title: 't', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('prints in a hidden window with no script, no bridge and its own session', () => {
    const print = printWindowOptions();
    expect(print.show).toBe(false);
    expect(print.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
      partition: PRINT_PARTITION,
    });
    expect(print.webPreferences?.preload).toBeUndefined();
  });
});

describe('every window the shell opens', () => {
  const windows = {
    appWindowOptions: appWindowOptions({ preloadPath: 'p', title: 't', devTools: true }),
    deviceWindowOptions: deviceWindowOptions('/app/dist/preload/preload.cjs'),
    printWindowOptions: printWindowOptions(),
  };

  it('is built by one of the option builders tested here', () => {
    const shell = readFileSync(new URL('../../src/main/electron/main.ts', import.meta.url), 'utf8');
    const built = [...shell.matchAll(/new BrowserWindow\(([^)]*\))\)/g)].map((match) => match[1]!.split('(')[0]);
    expect(built).toHaveLength(shell.match(/new BrowserWindow\(/g)?.length ?? 0);
    expect(built.length).toBeGreaterThan(0);
    for (const builder of built) expect(Object.keys(windows), builder).toContain(builder);
  });

  it.each(Object.entries(windows))('%s isolates its page from Node and Electron', (_name, options) => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('a kiosk or display fills the screen with no developer tools, even unpackaged', () => {
    const device = windows.deviceWindowOptions;
    expect(device.kiosk).toBe(true);
    expect(device.fullscreen).toBe(true);
    expect(device.webPreferences?.devTools).toBe(false);
    expect(device.webPreferences?.preload).toBe('/app/dist/preload/preload.cjs');
    expect(device.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
  });
});

describe('a kiosk or display trusts only its counter PC', () => {
  const hub = 'http://192.168.1.10:7710';

  it("navigates and lets IPC through for the counter PC's pages only", () => {
    expect(isNavigationAllowed('http://192.168.1.10:7710/kiosk', hub)).toBe(true);
    expect(isNavigationAllowed('http://192.168.1.11:7710/kiosk', hub)).toBe(false);
    expect(isNavigationAllowed('http://127.0.0.1:7710/', hub)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'http://192.168.1.10:7710/display' } }, hub)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'data:text/html;base64,PGgxPg==' } }, hub)).toBe(false);
  });
});
