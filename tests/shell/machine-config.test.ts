import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  devicePageUrl,
  deviceStartUrl,
  isPageLoadFailure,
  isRolePage,
  linuxAutostartEntry,
  pairingMarker,
  retryDelayMs,
  waitingPageHtml,
} from '../../src/main/electron/device-mode';
import { machineConfigPath, parseMachineConfig, readMachineConfig } from '../../src/main/machine-config';
import { machineConfigDialog } from '../../src/main/electron/startup-message';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-machine-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function configFile(text: string): string {
  const file = path.join(dir, 'config.json');
  writeFileSync(file, text);
  return file;
}

describe('machine config file location', () => {
  it('is one file for every user of the PC, outside the install folder', () => {
    expect(machineConfigPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\MotCua\\config.json');
    expect(machineConfigPath('win32', {})).toBe('C:\\ProgramData\\MotCua\\config.json');
    expect(machineConfigPath('linux', {})).toBe('/etc/motcua/config.json');
  });

  it('can be pointed elsewhere', () => {
    expect(machineConfigPath('linux', { MOTCUA_MACHINE_CONFIG: '/srv/motcua.json' })).toBe('/srv/motcua.json');
  });
});

describe('machine config file', () => {
  it('without a file, starts a hub PC with its own ward service and its set-up wizard', () => {
    expect(readMachineConfig(path.join(dir, 'absent.json'))).toEqual({ ok: true, config: { device: null, setup: null } });
    expect(readMachineConfig(configFile('{}'))).toEqual({ ok: true, config: { device: null, setup: null } });
  });

  it('starts a kiosk on the counter PC it names, showing the kiosk page', () => {
    const read = readMachineConfig(configFile('{ "device": { "role": "kiosk", "hub": "http://192.168.1.10:7710" } }'));
    expect(read).toEqual({
      ok: true,
      config: { device: { role: 'kiosk', hubOrigin: 'http://192.168.1.10:7710', page: '/kiosk' }, setup: null },
    });
    if (read.ok && read.config.device) expect(devicePageUrl(read.config.device)).toBe('http://192.168.1.10:7710/kiosk');
  });

  it('starts a display board, reading a file saved by Notepad (UTF-8 with a byte-order mark)', () => {
    const read = readMachineConfig(configFile('\uFEFF{ "device": { "role": "display", "hub": " http://quay1.local:7710/ " } }'));
    expect(read).toEqual({
      ok: true,
      config: { device: { role: 'display', hubOrigin: 'http://quay1.local:7710', page: '/display' }, setup: null },
    });
  });

  it("joins a counter PC to the hub: the hub's counter page, no database of its own", () => {
    const read = readMachineConfig(configFile('{ "device": { "role": "counter", "hub": "http://192.168.1.10:7710" } }'));
    expect(read).toEqual({
      ok: true,
      config: { device: { role: 'counter', hubOrigin: 'http://192.168.1.10:7710', page: '/' }, setup: null },
    });
  });

  it.each([
    ['{ "device": { "role": "kiosk" ', '', /not valid JSON/],
    ['{ "device": { "role": "hub", "hub": "http://192.168.1.10:7710" } }', 'device.role', /counter|kiosk|display/],
    ['{ "device": { "role": "kiosk", "hub": "192.168.1.10" } }', 'device.hub', /hub PC address/],
    ['{ "device": { "role": "kiosk", "hub": "http://192.168.1.10:7710/kiosk" } }', 'device.hub', /hub PC address/],
    ['{ "device": { "role": "kiosk", "hub": "file:///etc/passwd" } }', 'device.hub', /hub PC address/],
    ['{ "device": { "role": "kiosk", "hub": "http://admin:pw@192.168.1.10:7710" } }', 'device.hub', /hub PC address/],
    ['{ "device": { "role": "kiosk", "hubb": "http://192.168.1.10:7710" } }', 'device.hub', /.+/],
    ['{ "device": { "role": "kiosk", "hub": "http://192.168.1.10:7710", "port": 7710 } }', 'device.port', /.+/],
    ['{ "devices": {} }', 'devices', /.+/],
  ])('refuses %s, naming the field', (text, field, reason) => {
    const read = readMachineConfig(configFile(text));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.field).toBe(field);
    expect(read.error).toMatch(reason);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('refuses a file it cannot read rather than ignoring it', () => {
    const file = configFile('{}');
    chmodSync(file, 0o000);
    const read = readMachineConfig(file);
    expect(read).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be read/) });
  });

  it('tells IT, in Vietnamese, which file and which field to fix', () => {
    const read = parseMachineConfig('{ "device": { "role": "kiosk", "hub": "192.168.1.10" } }');
    if (read.ok) throw new Error('expected a refusal');
    const dialog = machineConfigDialog('C:\\ProgramData\\MotCua\\config.json', read.field, read.error);
    expect(dialog.title).toBe('Tệp cấu hình của máy không hợp lệ');
    expect(dialog.message).toContain('C:\\ProgramData\\MotCua\\config.json');
    expect(dialog.message).toContain('"device.hub"');
  });
});

describe('unattended kiosk and display', () => {
  const kiosk = { role: 'kiosk' as const, hubOrigin: 'http://192.168.1.10:7710', page: '/kiosk' as const };

  it('opens the pairing page on its first start, then the role page once paired with this counter PC', () => {
    expect(deviceStartUrl(kiosk, null, [])).toBe('http://192.168.1.10:7710/pair');
    expect(isRolePage('http://192.168.1.10:7710/kiosk', kiosk)).toBe(true);
    expect(isRolePage('http://192.168.1.10:7710/pair', kiosk)).toBe(false);
    expect(isRolePage('http://192.168.1.10:7710/display', kiosk)).toBe(false);
    expect(deviceStartUrl(kiosk, pairingMarker(kiosk), ['motcua'])).toBe('http://192.168.1.10:7710/kiosk');
  });

  it('pairs again when IT asks (--pair) or the config names another counter PC or role', () => {
    expect(deviceStartUrl(kiosk, pairingMarker(kiosk), ['motcua', '--pair'])).toBe('http://192.168.1.10:7710/pair');
    const moved = { ...kiosk, hubOrigin: 'http://192.168.1.20:7710' };
    expect(deviceStartUrl(moved, pairingMarker(kiosk), [])).toBe('http://192.168.1.20:7710/pair');
    const display = { ...kiosk, role: 'display' as const, page: '/display' as const };
    expect(deviceStartUrl(display, pairingMarker(kiosk), [])).toBe('http://192.168.1.10:7710/pair');
  });

  it('retries the counter PC quickly at first, then every 30 s at most', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('counts a page that did not load, not one replaced by another load or a failed frame inside it', () => {
    expect(isPageLoadFailure(-102, true)).toBe(true); // ERR_CONNECTION_REFUSED: the counter PC is off
    expect(isPageLoadFailure(-105, true)).toBe(true); // ERR_NAME_NOT_RESOLVED
    expect(isPageLoadFailure(-3, true)).toBe(false);
    expect(isPageLoadFailure(-102, false)).toBe(false);
  });

  it('shows the citizen a waiting message naming the counter PC instead of a blank screen', () => {
    const html = waitingPageHtml(kiosk);
    expect(html).toContain('Đang kết nối tới máy quầy');
    expect(html).toContain('http://192.168.1.10:7710');
    expect(html).not.toContain('<script');
  });

  it('starts at login on Linux from the AppImage file, not its temporary mount', () => {
    const entry = linuxAutostartEntry({ APPIMAGE: '/home/kiosk/motcua-0.2.0-linux-x86_64.AppImage' }, '/tmp/.mount_motcuaX/motcua');
    expect(entry).toContain('Exec="/home/kiosk/motcua-0.2.0-linux-x86_64.AppImage"');
    expect(linuxAutostartEntry({}, '/opt/Một Cửa/motcua')).toContain('Exec="/opt/Một Cửa/motcua"');
    expect(entry.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true);
  });
});
