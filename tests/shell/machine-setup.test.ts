import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinedHubFileText, parseJoinHubRequest } from '../../src/main/electron/join-hub-request';
import { deviceWindowOptions } from '../../src/main/electron/device-mode';
import { machineSetupOf, parseMachineConfig, setupPrefill } from '../../src/main/machine-config';
import { hubOrigin } from '../../src/shared/setup/hub-address';

// The `setup` section IT writes for a silent install, and the wizard's "join a hub" answer the shell
// keeps: what a file gives the ward service and the shell, and which field a bad one names.

const silent = {
  setup: {
    skipWizard: true,
    ward: { name: 'Phường Ba Đình', unitCode: '000.00.01.H26' },
    counter: { number: 2, name: 'Quầy Hộ tịch', services: ['HOTICH', 'CHUNGTHUC'] },
    printers: { ticket: 'XP-80C', document: 'HP LaserJet M404' },
    city: { url: 'https://dongbo.hanoi.gov.vn', enrolmentCode: 'ab12-cd34' },
  },
};

describe('the setup section of the machine config file', () => {
  it('gives the ward service every answer of the wizard, the enrolment code as the city prints it', () => {
    const read = parseMachineConfig(JSON.stringify(silent));
    if (!read.ok) throw new Error(read.error);
    expect(read.config.device).toBeNull();
    expect(read.config.setup).toMatchObject({ skipWizard: true, city: { enrolmentCode: 'AB12-CD34' } });
    expect(setupPrefill(read.config.setup)).toEqual({
      wardName: 'Phường Ba Đình',
      unitCode: '000.00.01.H26',
      counter: { number: 2, name: 'Quầy Hộ tịch', serviceCodes: ['HOTICH', 'CHUNGTHUC'] },
      ticketPrinter: 'XP-80C',
      documentPrinter: 'HP LaserJet M404',
      cityUrl: 'https://dongbo.hanoi.gov.vn',
      enrolmentCode: 'AB12-CD34',
    });
  });

  it('pre-fills the wizard without skipping it unless told to, and leaves unnamed answers to the wizard', () => {
    const read = parseMachineConfig('{ "setup": { "ward": { "name": "Xã Sóc Sơn" } } }');
    if (!read.ok) throw new Error(read.error);
    expect(read.config.setup?.skipWizard).toBe(false);
    expect(setupPrefill(read.config.setup)).toMatchObject({ wardName: 'Xã Sóc Sơn', unitCode: null, counter: null, cityUrl: null });
    expect(setupPrefill(null).wardName).toBeNull();
  });

  it.each([
    ['{ "setup": { "skipWizard": "yes" } }', 'setup.skipWizard'],
    ['{ "setup": { "ward": { "name": "Phường Ba Đình", "unitCode": "000-00" } } }', 'setup.ward.unitCode'],
    ['{ "setup": { "counter": { "number": 100, "name": "Quầy 100" } } }', 'setup.counter.number'],
    ['{ "setup": { "counter": { "number": 1, "name": "Quầy 1", "services": [] } } }', 'setup.counter.services'],
    ['{ "setup": { "city": { "url": "dongbo.hanoi.gov.vn", "enrolmentCode": "AB12-CD34" } } }', 'setup.city.url'],
    ['{ "setup": { "city": { "url": "https://dongbo.hanoi.gov.vn", "enrolmentCode": "AB12CD34" } } }', 'setup.city.enrolmentCode'],
    ['{ "setup": { "printer": { "ticket": "XP-80C" } } }', 'setup.printer'],
    ['{ "device": { "role": "counter", "hub": "http://192.168.1.10:7710" }, "setup": { "skipWizard": true } }', 'setup'],
  ])('refuses %s, naming %s', (text, field) => {
    const read = parseMachineConfig(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.field).toBe(field);
  });

  describe('as the ward service reads it', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-machine-setup-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reads the file MOTCUA_MACHINE_CONFIG names, and stops with the file and the field when it is bad', () => {
      const file = path.join(dir, 'config.json');
      writeFileSync(file, JSON.stringify(silent));
      expect(machineSetupOf('linux', { MOTCUA_MACHINE_CONFIG: file })?.counter?.number).toBe(2);
      writeFileSync(file, '{ "setup": { "counter": { "number": 0, "name": "Quầy" } } }');
      expect(() => machineSetupOf('linux', { MOTCUA_MACHINE_CONFIG: file })).toThrow(`${file} is not valid: setup.counter.number`);
      expect(machineSetupOf('linux', { MOTCUA_MACHINE_CONFIG: path.join(dir, 'absent.json') })).toBeNull();
    });
  });
});

describe("the wizard's join choice", () => {
  it('turns what IT types into the hub origin, on the default port unless another is given', () => {
    expect(hubOrigin('192.168.1.10')).toBe('http://192.168.1.10:7710');
    expect(hubOrigin(' quay1.local:8000 ')).toBe('http://quay1.local:8000');
    expect(hubOrigin('http://192.168.1.10:7710/')).toBe('http://192.168.1.10:7710');
    expect(hubOrigin('https://hub.phuong.local')).toBe('https://hub.phuong.local:7710');
    for (const bad of ['', 'http://192.168.1.10:7710/pair', 'ftp://192.168.1.10', 'http://a:b@192.168.1.10', '192.168.1.10?x=1'])
      expect(hubOrigin(bad), bad).toBeNull();
  });

  it('is stored in the machine file shape, which the shell reads back as the same device', () => {
    const request = parseJoinHubRequest({ role: 'counter', hub: 'http://192.168.1.10:7710' });
    if (!request.ok) throw new Error(request.error);
    const read = parseMachineConfig(joinedHubFileText(request.request));
    expect(read).toEqual({
      ok: true,
      config: { device: { role: 'counter', hubOrigin: 'http://192.168.1.10:7710', page: '/' }, setup: null },
    });
  });

  it('opens a joined counter in an ordinary window a clerk works in, a kiosk full screen', () => {
    expect(deviceWindowOptions('p', 'counter').kiosk).toBeUndefined();
    expect(deviceWindowOptions('p', 'kiosk')).toMatchObject({ kiosk: true, fullscreen: true });
    expect(deviceWindowOptions('p', 'counter').webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
  });
});
