import { describe, expect, it } from 'vitest';
import { expectApiError, wardFixture } from '../support/ward-fixture';

// The counter asks for the appointment of a procedure of the catalogue, not of a rule it must copy
// by hand: the seeded "Đăng ký khai sinh" is same day with a 15:00 cut-off, "Cấp Giấy xác nhận tình
// trạng hôn nhân" 3 working days (23 with verification).

function procedureId(fx: ReturnType<typeof wardFixture>, name: string): string {
  return fx.call('listProcedures', { query: name }).procedures.find((p) => p.name === name)!.id;
}

describe('due date of a catalogue procedure', () => {
  it('uses the procedure’s own deadline: same day before 15:00, the next working day after it', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const birth = procedureId(fx, 'Đăng ký khai sinh');
    // Tuesday 10 March 2026, 14:30 and 15:30 in Hanoi.
    expect(fx.call('getDueDate', { procedureId: birth, receivedAt: '2026-03-10T07:30:00.000Z' })).toMatchObject({
      date: '2026-03-10',
      time: '17:00',
    });
    expect(fx.call('getDueDate', { procedureId: birth, receivedAt: '2026-03-10T08:30:00.000Z' })).toMatchObject({
      date: '2026-03-11',
      time: '17:00',
    });
  });

  it('takes the longer period when verification is needed, counting working days across a weekend', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const marital = procedureId(fx, 'Cấp Giấy xác nhận tình trạng hôn nhân');
    // Received Thursday 12 March 2026 at 09:00: 3 working days → Tuesday 17; 23 → Tuesday 14 April.
    const at = '2026-03-12T02:00:00.000Z';
    expect(fx.call('getDueDate', { procedureId: marital, receivedAt: at }).date).toBe('2026-03-17');
    expect(fx.call('getDueDate', { procedureId: marital, receivedAt: at, verification: true }).date).toBe('2026-04-14');
  });

  it("gives the counter's own deadline when the channel is not named, and the online one when it is", () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const marital = procedureId(fx, 'Cấp Giấy xác nhận tình trạng hôn nhân');
    const stored = fx.call('getProcedure', { id: marital }).procedure;
    fx.call('saveProcedure', {
      procedure: {
        ...stored,
        channels: ['in_person', 'online'],
        deadline: {
          ...stored.deadline,
          byChannel: { in_person: { kind: 'working_days', days: 1 }, online: { kind: 'working_days', days: 5 } },
        },
      },
    });
    // Received Thursday 12 March 2026 at 09:00: 1 working day → Friday 13; 5 → Thursday 19; 3 (the rule) → Tuesday 17.
    const at = '2026-03-12T02:00:00.000Z';
    expect(fx.call('getDueDate', { procedureId: marital, receivedAt: at }).date).toBe('2026-03-13');
    expect(fx.call('getDueDate', { procedureId: marital, receivedAt: at, channel: 'online' }).date).toBe('2026-03-19');
  });

  it('says so when the catalogue has no confirmed deadline for the procedure, and refuses an unknown one', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const noDeadline = fx
      .call('listProcedures', {})
      .procedures.find((p) => p.name === 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội')!.id;
    expectApiError(() => fx.call('getDueDate', { procedureId: noDeadline }), 'procedure_deadline_unknown');
    expectApiError(() => fx.call('getDueDate', { procedureId: '0195f3a2-7c1e-7000-8000-0000000000ff' }), 'procedure_not_found');
  });
});
