import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../../src/main/electron/ipc-channels';

// The preload is the page's only door into the shell: whatever it exposes, a compromised page can call.
// It is loaded here as Electron would load it, with contextBridge and ipcRenderer stood in for by
// recorders (the real ones exist only inside Electron).

const exposed = new Map<string, unknown>();
const invoked: { channel: string; args: unknown[] }[] = [];

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      invoked.push({ channel, args });
      return Promise.resolve(channel === SHELL_CHANNELS.printHtml ? { ok: true } : []);
    },
  },
}));

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
let bridge: Bridge;

beforeAll(async () => {
  await import('../../src/preload/preload');
  bridge = exposed.get('motcuaShell') as Bridge;
});

describe('preload bridge', () => {
  it('exposes one object, window.motcuaShell, with exactly the shell functions and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['motcuaShell']);
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'intakeOpen', 'joinHub', 'listPrinters', 'printHtml']);
    for (const key of Object.keys(bridge)) expect(typeof bridge[key]).toBe('function');
  });

  it('reaches the shell only through its own channels, each of them used', async () => {
    invoked.length = 0;
    await bridge.printHtml!({ html: '<p>Số 12</p>', printerName: null, pageWidthMm: 80 });
    await bridge.listPrinters!();
    await bridge.appInfo!();
    await bridge.joinHub!({ role: 'counter', hub: 'http://192.168.1.10:7710' });
    await bridge.intakeOpen!(true);
    expect(invoked.map((call) => call.channel).sort()).toEqual(Object.values(SHELL_CHANNELS).sort());
  });

  it('refuses a malformed print request without reaching the shell', async () => {
    invoked.length = 0;
    const result = (await bridge.printHtml!({ html: 42, pageWidthMm: 'wide' })) as { ok: boolean; error?: string };
    expect(result.ok).toBe(false);
    expect(result.error).toBeTruthy();
    expect(invoked).toEqual([]);
  });

  it('refuses a join request for an unknown role or an address that is not a bare origin, without reaching the shell', async () => {
    invoked.length = 0;
    for (const request of [
      { role: 'admin', hub: 'http://192.168.1.10:7710' },
      { role: 'counter', hub: 'http://192.168.1.10:7710/settings' },
      { role: 'kiosk', hub: 'file:///etc/passwd' },
      { role: 'display' },
    ]) {
      const result = (await bridge.joinHub!(request)) as { ok: boolean; error?: string };
      expect(result.ok).toBe(false);
      expect(result.error).toBeTruthy();
    }
    expect(invoked).toEqual([]);
    await bridge.joinHub!({ role: 'kiosk', hub: 'http://192.168.1.10:7710', path: '/etc/passwd' });
    expect(invoked).toEqual([{ channel: SHELL_CHANNELS.joinHub, args: [{ role: 'kiosk', hub: 'http://192.168.1.10:7710' }] }]);
  });

  it('passes only true or false for an open intake, whatever the page sends', async () => {
    invoked.length = 0;
    await bridge.intakeOpen!(true);
    await bridge.intakeOpen!('yes');
    await bridge.intakeOpen!({ open: true });
    expect(invoked.map((call) => call.args)).toEqual([[true], [false], [false]]);
  });

  it('passes only the checked request to the shell, not extra fields the page added', async () => {
    invoked.length = 0;
    await bridge.printHtml!({ html: '<p>x</p>', printerName: 'EPSON', pageWidthMm: 80, path: '/etc/passwd' });
    expect(invoked).toHaveLength(1);
    expect(invoked[0]!.args).toEqual([{ html: '<p>x</p>', printerName: 'EPSON', pageWidthMm: 80 }]);
  });
});
