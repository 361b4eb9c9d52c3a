import { describe, expect, it } from 'vitest';
import { LOCAL_CALLER, type Caller } from '../../src/main/service/caller';
import { expectApiError, wardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';

// Hanoi is UTC+7: 01:00Z is 08:00 in the morning there.
const TUESDAY_MORNING = '2026-03-10T01:00:00.000Z';
const DAY_MS = 86_400_000;
const COUNTER_2: Caller = { role: 'counter', counterNumber: 2, deviceId: '0190c0de-0000-7000-8000-000000000002', deviceName: 'Máy quầy 2' };

function issued(fx: ReturnType<typeof wardFixture>): string[] {
  return (fx.ward.db.prepare('SELECT code FROM dossier_codes ORDER BY rowid').all() as { code: string }[]).map((r) => r.code);
}

describe('allocating dossier codes', () => {
  it('issues nothing before the unit code and block are set', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    const error = expectApiError(() => fx.call('allocateDossierCode', {}), 'dossier_code_not_configured');
    expect(error.message).toContain('Cài đặt');
    expect(fx.call('getDossierCodeSettings', {})).toEqual({ unitCode: null, slot: null, block: null, nextCode: null });
  });

  it('keeps a unit code pasted with the spaces a copied cell carries without them', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    expect(fx.call('saveDossierCodeSettings', { unitCode: ' 000.A0.01.H26 ', slot: 1 })).toMatchObject({
      unitCode: '000.A0.01.H26',
      nextCode: '000.A0.01.H26-260310-1001',
    });
  });

  it("numbers inside this PC's block and records each code for sync", () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    expect(fx.call('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 })).toEqual({
      unitCode: '000.A0.01.H26',
      slot: 1,
      block: { first: 1001, last: 1999 },
      nextCode: '000.A0.01.H26-260310-1001',
    });
    const first = fx.call('allocateDossierCode', {});
    expect(first).toEqual({
      code: '000.A0.01.H26-260310-1001',
      unitCode: '000.A0.01.H26',
      day: '2026-03-10',
      number: 1001,
      issuedAt: TUESDAY_MORNING,
    });
    expect(fx.call('allocateDossierCode', {}, COUNTER_2).code).toBe('000.A0.01.H26-260310-1002');
    expect(fx.call('getDossierCodeSettings', {}).nextCode).toBe('000.A0.01.H26-260310-1003');
    // The city files each row by its entity: the PC's block under this PC, each code under itself.
    expect(outboxRows(fx.ward).slice(-3)).toMatchObject([
      { entity: 'dossier_code_settings', op: 'dossier_code_settings.save@1', entity_id: 'this-pc' },
      { entity: 'dossier_code', op: 'dossier_code.allocate@1', entity_id: '000.A0.01.H26-260310-1001', actor: 'local' },
      {
        entity: 'dossier_code',
        op: 'dossier_code.allocate@1',
        entity_id: '000.A0.01.H26-260310-1002',
        actor: `device:${COUNTER_2.deviceId}`,
      },
    ]);
  });

  it('starts slot 0 at 0001 and begins again each Hanoi day', () => {
    const fx = wardFixture({ start: '2026-03-10T16:59:00.000Z' }); // 23:59 on the 10th in Hanoi
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 });
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-0001');
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-0002');
    fx.clock.advance(60_000); // 00:00 on the 11th
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260311-0001');
  });

  it('never goes back to an earlier day nor reuses a number when the PC clock is set back a day', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 2 });
    fx.call('allocateDossierCode', {});
    fx.call('allocateDossierCode', {});
    fx.clock.advance(-DAY_MS);
    expect(fx.call('getDossierCodeSettings', {}).nextCode).toBe('H26-260310-2003');
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-2003');
    fx.clock.advance(2 * DAY_MS); // the 11th: a new day again
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260311-2001');
    expect(issued(fx)).toEqual(['H26-260310-2001', 'H26-260310-2002', 'H26-260310-2003', 'H26-260311-2001']);
  });

  it('goes on where a block stopped when the PC leaves it and takes it up again', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 1 });
    fx.call('allocateDossierCode', {});
    fx.call('allocateDossierCode', {});
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 3 });
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-3001');
    expect(fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 1 }).nextCode).toBe('H26-260310-1003');
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-1003');
  });

  it('refuses with its own error once the block is used up for the day, and issues again the next day', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 4 });
    // 4001–4997 as earlier allocations left them (written directly: 997 transactions would only slow the test).
    const insert = fx.ward.db.prepare(
      `INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES (?, 'H26', '2026-03-10', ?, ?, 'local')`,
    );
    fx.ward.db.transaction(() => {
      for (let n = 4001; n <= 4997; n++) insert.run(`H26-260310-${n}`, n, TUESDAY_MORNING);
    })();
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-4998');
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260310-4999');
    const before = outboxRows(fx.ward).length;
    const error = expectApiError(() => fx.call('allocateDossierCode', {}), 'dossier_code_block_used_up');
    expect(error.message).toContain('hết khối số');
    expect(outboxRows(fx.ward)).toHaveLength(before);
    expect(fx.call('getDossierCodeSettings', {}).nextCode).toBeNull();
    fx.clock.advance(DAY_MS);
    expect(fx.call('allocateDossierCode', {}).code).toBe('H26-260311-4001');
  });

  it('refuses a day the two-digit year cannot name, as a PC clock far off would give', () => {
    const fx = wardFixture({ start: '2100-01-01T02:00:00.000Z' });
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 1 });
    expectApiError(() => fx.call('allocateDossierCode', {}), 'dossier_code_day_unsupported');
    expect(issued(fx)).toEqual([]);
  });

  it('keeps every issued code across a restart and goes on after the last one', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 1 });
    fx.call('allocateDossierCode', {});
    const again = fx.reopen();
    expect(again.call('getDossierCodeSettings', {})).toMatchObject({ unitCode: 'H26', slot: 1, nextCode: 'H26-260310-1002' });
    expect(again.call('allocateDossierCode', {}).code).toBe('H26-260310-1002');
  });

  it('cannot store the same code twice, whatever the numbering did', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    fx.call('saveDossierCodeSettings', { unitCode: 'H26', slot: 1 });
    fx.call('allocateDossierCode', {});
    expect(() =>
      fx.ward.db
        .prepare(
          `INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES ('x', 'H26', '2026-03-10', 1001, '', 'local')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it('refuses a unit code with a hyphen or small letters, and a slot outside 0–9', () => {
    const fx = wardFixture({ start: TUESDAY_MORNING });
    for (const input of [
      { unitCode: 'H-26', slot: 1 },
      { unitCode: 'h26', slot: 1 },
      { unitCode: '', slot: 1 },
      { unitCode: 'H26', slot: 10 },
      { unitCode: 'H26', slot: 1.5 },
    ])
      expect(() => fx.call('saveDossierCodeSettings', input, LOCAL_CALLER), JSON.stringify(input)).toThrow();
    expect(fx.call('getDossierCodeSettings', {}).unitCode).toBeNull();
  });
});
