import { describe, expect, it } from 'vitest';
import { parseMachineConfig, type MachineSetup } from '../../src/main/machine-config';
import { WardService } from '../../src/main/service/ward-service';
import { call, callerOf, codeOf, withAdmin } from '../support/in-process-accounts';
import { TEST_ADMIN } from '../support/test-admin';
import { tempDir, wardFixture, type WardFixture } from '../support/ward-fixture';

// The first-run set-up of a hub PC against the real database: the wizard's one change, and the
// machine config file that pre-fills it or, on a silent install, replaces it.

function machineSetup(setup: object): MachineSetup {
  const read = parseMachineConfig(JSON.stringify({ setup }));
  if (!read.ok || !read.config.setup) throw new Error(read.ok ? 'no setup' : `${read.field}: ${read.error}`);
  return read.config.setup;
}

function counterRow(fx: WardFixture, number: number) {
  const row = fx.ward.db.prepare('SELECT id, name FROM counters WHERE number = ?').get(number) as { id: string; name: string } | undefined;
  if (!row) return null;
  const services = fx.ward.db
    .prepare('SELECT s.code FROM counter_services cs JOIN services s ON s.id = cs.service_id WHERE cs.counter_id = ? ORDER BY s.code')
    .all(row.id) as { code: string }[];
  return { name: row.name, services: services.map((s) => s.code) };
}

const unitCode = (fx: WardFixture) =>
  (fx.ward.db.prepare('SELECT unit_code FROM dossier_code_settings WHERE id = 1').get() as { unit_code: string } | undefined)?.unit_code ??
  null;

async function answers(fx: WardFixture, serviceCodes = ['HOTICH', 'CHUNGTHUC']) {
  const state = fx.call('getSetupState', {});
  return {
    ward: { name: 'Phường Ba Đình', unitCode: '000.00.01.H26' },
    counter: { number: 4, name: 'Quầy Hộ tịch', serviceIds: state.services.filter((s) => serviceCodes.includes(s.code)).map((s) => s.id) },
    ticketPrinter: 'XP-80C',
    documentPrinter: null,
    admin: TEST_ADMIN,
  };
}

describe('the wizard on a new hub PC', () => {
  it('is needed on a fresh data folder, offering the seeded services and counters', () => {
    const fx = wardFixture();
    expect(fx.call('whoAmI', {})).toMatchObject({ needsSetup: true, needsFirstAdmin: true });
    const state = fx.call('getSetupState', {});
    expect(state.needed).toBe(true);
    expect(state.services.map((s) => s.code)).toEqual(['HOTICH', 'CHUNGTHUC', 'DATDAI', 'XAHOI', 'HKD']);
    expect(state.counters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(state.counters[0]!.serviceIds).toHaveLength(5);
    expect(state.prefill).toMatchObject({ wardName: null, counter: null });
  });

  it('stores the ward, its unit code, the counter, the printers and the first administrator, signed in', async () => {
    const fx = wardFixture();
    const result = await call(fx, 'completeSetup', await answers(fx));
    expect(result.session.clerk).toMatchObject({ username: TEST_ADMIN.username, role: 'admin' });
    const admin = callerOf(fx, result.sessionToken);
    expect(fx.call('getConfig', {}, admin).settings).toMatchObject({
      wardName: 'Phường Ba Đình',
      ticketPrinter: 'XP-80C',
      documentPrinter: null,
    });
    expect(unitCode(fx)).toBe('000.00.01.H26');
    expect(counterRow(fx, 4)).toEqual({ name: 'Quầy Hộ tịch', services: ['CHUNGTHUC', 'HOTICH'] });
    expect(fx.call('whoAmI', {})).toMatchObject({ needsSetup: false, needsFirstAdmin: false });
    // Everything went to the city's outbox like any other change.
    const ops = (fx.ward.db.prepare('SELECT op FROM outbox ORDER BY seq').all() as { op: string }[]).map((r) => r.op);
    expect(ops.slice(-4)).toEqual(['clerk.save@1', 'settings.update@1', 'dossier_code_settings.save@1', 'counter.save@1']);
  });

  it('is offered once: afterwards, and after a restart, the ward signs in as usual', async () => {
    const fx = wardFixture();
    await call(fx, 'completeSetup', await answers(fx));
    expect(await codeOf(call(fx, 'completeSetup', await answers(fx)))).toBe('setup_done');
    const again = fx.reopen();
    expect(again.call('getSetupState', {}).needed).toBe(false);
    expect(again.call('whoAmI', {}).needsSetup).toBe(false);
  });

  it('changes nothing when one answer is refused: no administrator, no ward name', async () => {
    const fx = wardFixture();
    const input = await answers(fx);
    input.counter.serviceIds = ['0190f2c4-0000-7000-8000-000000000000'];
    expect(await codeOf(call(fx, 'completeSetup', input))).toBe('service_not_found');
    expect(fx.call('whoAmI', {})).toMatchObject({ needsSetup: true, needsFirstAdmin: true });
    expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM clerks').get()).toEqual({ n: 0 });
    expect(fx.ward.db.prepare("SELECT value FROM settings WHERE key = 'wardName'").get()).toBeUndefined();
    expect(unitCode(fx)).toBeNull();
  });

  it('updates the existing counter of that number rather than adding a second one', async () => {
    const fx = wardFixture();
    await call(fx, 'completeSetup', { ...(await answers(fx, ['DATDAI'])), counter: { ...(await answers(fx)).counter, number: 1 } });
    expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM counters WHERE number = 1').get()).toEqual({ n: 1 });
    expect(counterRow(fx, 1)?.name).toBe('Quầy Hộ tịch');
  });

  it('is not shown on a ward that already has its administrator (an installation from before the wizard)', async () => {
    const fx = wardFixture();
    await withAdmin(fx);
    expect(fx.call('getSetupState', {}).needed).toBe(false);
    expect(fx.call('whoAmI', {}).needsSetup).toBe(false);
  });
});

describe('the machine config file', () => {
  const silent = {
    skipWizard: true,
    ward: { name: 'Xã Sóc Sơn', unitCode: '000.00.15.H26' },
    counter: { number: 2, name: 'Quầy Đất đai', services: ['DATDAI'] },
    printers: { ticket: 'XP-80C', document: 'HP LaserJet M404' },
  };

  it('on a silent install, applies its ward, counter and printers at the first start and skips the wizard', async () => {
    const fx = wardFixture({ machineSetup: machineSetup(silent) });
    expect(fx.call('whoAmI', {})).toMatchObject({ needsSetup: false, needsFirstAdmin: true });
    const admin = await withAdmin(fx);
    expect(fx.call('getConfig', {}, admin).settings).toMatchObject({
      wardName: 'Xã Sóc Sơn',
      ticketPrinter: 'XP-80C',
      documentPrinter: 'HP LaserJet M404',
    });
    expect(unitCode(fx)).toBe('000.00.15.H26');
    expect(counterRow(fx, 2)).toEqual({ name: 'Quầy Đất đai', services: ['DATDAI'] });
  });

  it('is applied once: a name the administrator changed later survives the next start with the same file', async () => {
    const dataDir = tempDir();
    const fx = wardFixture({ dataDir, machineSetup: machineSetup(silent) });
    const admin = await withAdmin(fx);
    fx.call('updateSettings', { wardName: 'UBND xã Sóc Sơn' }, admin);
    fx.close();
    const next = wardFixture({ dataDir, machineSetup: machineSetup(silent) });
    expect((next.ward.db.prepare("SELECT value FROM settings WHERE key = 'wardName'").get() as { value: string }).value).toBe(
      JSON.stringify('UBND xã Sóc Sơn'),
    );
  });

  it('without skipWizard, only pre-fills the wizard', () => {
    const fx = wardFixture({ machineSetup: machineSetup({ ...silent, skipWizard: false }) });
    const state = fx.call('getSetupState', {});
    expect(state.needed).toBe(true);
    expect(state.prefill).toMatchObject({ wardName: 'Xã Sóc Sơn', unitCode: '000.00.15.H26', ticketPrinter: 'XP-80C' });
    expect(fx.ward.db.prepare("SELECT value FROM settings WHERE key = 'wardName'").get()).toBeUndefined();
  });

  it('naming a service the ward does not have stops the first start with the field, and leaves the folder free', () => {
    const dataDir = tempDir();
    const bad = machineSetup({ ...silent, counter: { ...silent.counter, services: ['DATDAI', 'THUE'] } });
    expect(() => new WardService({ dataDir, machineSetup: bad })).toThrow('setup.counter.services.1: no service has the code "THUE"');
    const fixed = wardFixture({ dataDir, machineSetup: machineSetup(silent) });
    expect(counterRow(fixed, 2)?.services).toEqual(['DATDAI']);
  });

  it('enrols with the city it names, through the Sync page enrolment', () => {
    const fx = wardFixture({
      machineSetup: machineSetup({ ...silent, city: { url: 'http://127.0.0.1:9', enrolmentCode: 'AB12-CD34' } }),
    });
    expect(fx.ward.sync.status().enrolment).toMatchObject({ state: 'running' });
  });
});
