import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineSetupOf, parseMachineConfig, readMachineConfig, setupPrefill } from '../../src/main/machine-config';
import { tempDir } from '../support/ward-fixture';

// Gaps found by mutation testing: the machine config file IT writes, as the shell and the ward service
// read it. Each refused hub address breaks one rule only, so that each rule is seen to hold on its own.

function hubOf(hub: string) {
  return parseMachineConfig(JSON.stringify({ device: { role: 'kiosk', hub } }));
}

describe('the hub address of a joined PC', () => {
  it('may be https', () => {
    expect(hubOf('https://hub.phuong.local:7710')).toMatchObject({
      ok: true,
      config: { device: { hubOrigin: 'https://hub.phuong.local:7710' } },
    });
  });

  it.each([
    ['another scheme', 'ftp://192.168.1.10:7710'],
    ['a user name', 'http://it@192.168.1.10:7710'],
    ['a password', 'http://:secret@192.168.1.10:7710'],
    ['a query', 'http://192.168.1.10:7710/?role=kiosk'],
    ['a fragment', 'http://192.168.1.10:7710/#kiosk'],
  ])('is refused with %s, naming device.hub', (_, hub) => {
    expect(hubOf(hub)).toMatchObject({ ok: false, field: 'device.hub', error: expect.stringMatching(/hub PC address/) });
  });
});

describe('a refused machine config file', () => {
  it('names the first unknown field when there are several', () => {
    const read = parseMachineConfig('{ "device": { "role": "kiosk", "hub": "http://192.168.1.10:7710", "port": 7710, "pin": 1 } }');
    expect(read).toMatchObject({ ok: false, field: 'device.port' });
  });

  it('tells IT to keep either the device or the setup section, not both', () => {
    const read = parseMachineConfig('{ "device": { "role": "counter", "hub": "http://192.168.1.10:7710" }, "setup": {} }');
    expect(read).toMatchObject({ ok: false, field: 'setup', error: expect.stringContaining('remove "setup" or "device"') });
  });
});

describe('the setup section', () => {
  it('pre-fills the wizard from a section that names the city and nothing of the ward', () => {
    const read = parseMachineConfig('{ "setup": { "city": { "url": "https://dongbo.hanoi.gov.vn", "enrolmentCode": "AB12-CD34" } } }');
    if (!read.ok) throw new Error(read.error);
    expect(setupPrefill(read.config.setup)).toMatchObject({ wardName: null, unitCode: null, cityUrl: 'https://dongbo.hanoi.gov.vn' });
  });
});

describe('the file as the ward service reads it', () => {
  it('refuses a path it cannot read as a file, rather than starting as if there were none', () => {
    // A folder cannot be read even by root, unlike a file without permissions.
    expect(readMachineConfig(tempDir())).toMatchObject({ ok: false, field: '', error: expect.stringMatching(/^cannot be read: .*EISDIR/) });
  });

  it('stops with the file and the reason when the file is not JSON, with no field to name', () => {
    const file = path.join(tempDir(), 'config.json');
    writeFileSync(file, '{ "setup": ');
    expect(() => machineSetupOf('linux', { MOTCUA_MACHINE_CONFIG: file })).toThrow(
      `The machine config file ${file} is not valid: not valid JSON: `,
    );
  });
});
