import { describe, expect, it } from 'vitest';
import { COPY_CERTIFICATION, intake, intakeFixture, requestId, type IntakeFixture } from './dossier-setup';

// The counter's lists and search, and the audit trail every view of a citizen's dossier leaves.

function receive(fx: IntakeFixture, fullName: string, idNumber: string, extra: Parameters<typeof intake>[0] = {}): string {
  const base = intake(extra);
  return fx.call('createDossier', { ...base, applicant: { ...base.applicant, fullName, idNumber } }, fx.clerk).dossier.id;
}

function step(
  fx: IntakeFixture,
  dossierId: string,
  ...steps: ('transfer' | 'start_processing' | 'request_supplement' | 'mark_result_ready')[]
) {
  for (const s of steps) fx.call('recordDossierStep', { requestId: requestId(), dossierId, step: s, reason: 'Thiếu giấy tờ' }, fx.clerk);
}

function audited(fx: IntakeFixture, method: string): { entity: string; entity_id: string; subject_hash: string | null; outcome: string }[] {
  return fx.ward.db
    .prepare('SELECT entity, entity_id, subject_hash, outcome FROM audit_log WHERE method = ? ORDER BY id')
    .all(method) as never;
}

describe("the counter's dossier lists", () => {
  it('show what is due today, what is overdue and by how many working days, what waits for a supplement and what is ready', () => {
    // Tuesday 10 March 2026, 08:00 in Hanoi.
    const fx = intakeFixture();
    const contract = receive(fx, 'Nguyễn Thị Đào', '001190012345'); // due Thursday 12 March 17:00
    const sameDay = receive(fx, 'Trần Văn Bình', '001085000111', {
      procedureId: COPY_CERTIFICATION,
      fee: { facts: { pages: 1, copies: 1 } },
    });
    const waiting = receive(fx, 'Lê Thị Cúc', '001192000222');
    step(fx, waiting, 'transfer', 'start_processing', 'request_supplement');
    const ready = receive(fx, 'Phạm Văn Dũng', '001080000333');
    step(fx, ready, 'transfer', 'start_processing', 'mark_result_ready');

    const ids = (list: 'due_today' | 'overdue' | 'supplement_requested' | 'result_ready') =>
      fx.call('listDossiers', { list }, fx.clerk).dossiers.map((d) => d.id);
    expect(ids('due_today')).toEqual([sameDay]);
    expect(ids('overdue')).toEqual([]);
    expect(ids('supplement_requested')).toEqual([waiting]);
    expect(ids('result_ready')).toEqual([ready]);

    // Monday 16 March, 09:00: Friday 13 and Monday 16 are the working days after Thursday's appointment.
    fx.clock.set('2026-03-16T02:00:00.000Z');
    const overdue = fx.call('listDossiers', { list: 'overdue' }, fx.clerk).dossiers;
    expect(overdue.map((d) => [d.id, d.overdueWorkingDays])).toEqual([
      [sameDay, 4],
      [contract, 2],
    ]);
    expect(overdue[1]).toMatchObject({
      code: '000.A0.01.H26-260310-1001',
      applicantName: 'Nguyễn Thị Đào',
      procedureName: 'Chứng thực hợp đồng, giao dịch',
      due: { date: '2026-03-12', time: '17:00' },
    });
    // The dossier waiting for the citizen's papers is not the ward's delay.
    expect(ids('overdue')).not.toContain(waiting);
  });

  it('record in the audit log each dossier shown, by a keyed hash of the ID number, never the number', () => {
    const fx = intakeFixture();
    const id = receive(fx, 'Nguyễn Thị Đào', '001190012345', { procedureId: COPY_CERTIFICATION, fee: { facts: { pages: 1, copies: 1 } } });
    fx.call('getDossier', { id }, fx.clerk);
    fx.call('listDossiers', { list: 'due_today' }, fx.clerk);
    fx.call('searchDossiers', { query: 'nguyen' }, fx.clerk);
    for (const method of ['getDossier', 'listDossiers', 'searchDossiers']) {
      const rows = audited(fx, method);
      expect(rows, method).toHaveLength(1);
      for (const row of rows)
        expect(row).toMatchObject({
          entity: 'dossier',
          entity_id: id,
          outcome: 'read',
          subject_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        });
    }
    const log = JSON.stringify(fx.ward.db.prepare('SELECT * FROM audit_log').all());
    expect(log).not.toContain('001190012345');
    expect(fx.call('listCitizenAccess', { idNumber: '001190012345' }).entries.map((e) => e.method)).toEqual(
      expect.arrayContaining(['getDossier', 'listDossiers', 'searchDossiers']),
    );
  });
});

describe('searching dossiers', () => {
  it('finds by a name typed without accents, by the start of a code, an ID number or a phone number', () => {
    const fx = intakeFixture();
    const dao = receive(fx, 'Nguyễn Thị Đào', '001190012345');
    const dung = receive(fx, 'Nguyễn Văn Dũng', '001080000333', {});
    const hoa = receive(fx, 'Đỗ Thị Hoa', '030199000444');
    const found = (query: string) => fx.call('searchDossiers', { query }, fx.clerk).dossiers.map((d) => d.id);

    expect(found('nguyen thi dao')).toEqual([dao]);
    expect(found('NGUYEN  thi d')).toEqual([dao]);
    expect(found('Nguyễn Thị Đ')).toEqual([dao]);
    expect(found('nguyen')).toEqual([dung, dao]);
    expect(found('do thi hoa')).toEqual([hoa]);
    expect(found('thi dao')).toEqual([dao]);
    expect(found('000.a0.01.h26-260310-1002')).toEqual([dung]);
    expect(found('000.A0.01.H26-260310')).toEqual([hoa, dung, dao]);
    expect(found('0301')).toEqual([hoa]);
    expect(found('001190012345')).toEqual([dao]);
    expect(found('0912 345')).toEqual([hoa, dung, dao]);
    expect(found('0987')).toEqual([]);
  });
});
