import { describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { expectApiError } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';
import {
  CONTRACT_CERTIFICATION,
  COPY_CERTIFICATION,
  GUARDIANSHIP_SUPERVISION,
  intake,
  intakeFixture,
  requestId,
  type IntakeFixture,
} from './dossier-setup';

function counts(fx: IntakeFixture): Record<string, number> {
  const count = (table: string) => (fx.ward.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    dossiers: count('dossiers'),
    dossier_events: count('dossier_events'),
    dossier_codes: count('dossier_codes'),
    client_requests: count('client_requests'),
    outbox: count('outbox'),
  };
}

describe('receiving a dossier', () => {
  it('keeps the procedure as it stood, the fee, the due date and hour, the code and the clerk, and sends it to sync', () => {
    const fx = intakeFixture();
    const { dossier } = fx.call('createDossier', intake(), fx.clerk);

    expect(dossier).toMatchObject({
      code: '000.A0.01.H26-260310-1001',
      status: 'received',
      procedure: {
        id: CONTRACT_CERTIFICATION,
        name: 'Chứng thực hợp đồng, giao dịch',
        deadline: { kind: 'working_days', days: 2 },
        fee: { kind: 'fixed', amount: 50_000 },
        updatedAt: expect.any(String),
      },
      applicant: { fullName: 'Nguyễn Thị Đào', idNumber: '001190012345', phone: '0912345678' },
      fee: { amount: 50_000, listedAmount: 50_000, source: 'catalogue', exemptionReason: null },
      deadline: { rule: { kind: 'working_days', days: 2 }, source: 'catalogue', verification: false },
      receivedAt: '2026-03-10T01:00:00.000Z',
      receivedOn: '2026-03-10',
      // Two working days after Tuesday 10 March: Thursday 12 March, at closing time.
      due: { date: '2026-03-12', time: '17:00' },
      clerk: { id: fx.clerk.clerk!.id, fullName: 'Trần Thị Bình' },
    });
    expect(dossier.procedure.documents).toHaveLength(3);
    const {
      receivedOn,
      calendar: _calendar,
      ...due
    } = fx.call('getDueDate', {
      procedureId: CONTRACT_CERTIFICATION,
      receivedAt: dossier.receivedAt,
    });
    expect(dossier.due).toEqual(due);
    expect(dossier.receivedOn).toBe(receivedOn);

    // A change to the catalogue later does not rewrite what the receipt was based on.
    const procedure = fx.call('getProcedure', { id: CONTRACT_CERTIFICATION }).procedure;
    fx.call('saveProcedure', { procedure: { ...procedure, fee: { ...procedure.fee, rule: { kind: 'fixed', amount: 70_000 } } } } as never);
    expect(fx.call('getDossier', { id: dossier.id }, fx.clerk).dossier.procedure.fee).toEqual({ kind: 'fixed', amount: 50_000 });

    const ops = outboxRows(fx.ward).filter((r) => r.entity === 'dossier' || r.entity === 'dossier_code');
    expect(ops.map((r) => [r.op, r.entity_id, r.actor])).toEqual([
      ['dossier_code.allocate@1', dossier.code, `local;clerk:${fx.clerk.clerk!.id}`],
      ['dossier.receive@1', dossier.id, `local;clerk:${fx.clerk.clerk!.id}`],
    ]);
    expect(JSON.parse(ops[1]!.payload)).toMatchObject({ action: 'receive', from: null, to: 'received', dossier: { code: dossier.code } });
  });

  it('computes a fee by pages and copies, and charges nothing to an exempted citizen while keeping the listed fee', () => {
    const fx = intakeFixture();
    const byPages = fx.call(
      'createDossier',
      intake({ procedureId: COPY_CERTIFICATION, fee: { facts: { pages: 5, copies: 2 } } }),
      fx.clerk,
    );
    // 2 pages at 2,000 and 3 at 1,000 make 7,000 a copy; two copies.
    expect(byPages.dossier.fee).toEqual({ amount: 14_000, listedAmount: 14_000, source: 'catalogue', exemptionReason: null });
    // Same day before 15:00.
    expect(byPages.dossier.due.date).toBe('2026-03-10');

    const exempted = fx.call('createDossier', intake({ fee: { exemptionReason: 'Người có công với cách mạng' } }), fx.clerk);
    expect(exempted.dossier.fee).toEqual({
      amount: 0,
      listedAmount: 50_000,
      source: 'catalogue',
      exemptionReason: 'Người có công với cách mạng',
    });

    expectApiError(
      () => fx.call('createDossier', intake({ procedureId: COPY_CERTIFICATION, fee: { facts: { pages: 5 } } }), fx.clerk),
      'dossier_fee_facts_missing',
    );
    expectApiError(() => fx.call('createDossier', intake({ fee: { amount: 10_000 } }), fx.clerk), 'dossier_fee_amount_not_allowed');
  });

  it('takes the deadline and fee from the clerk when the catalogue has none, and says so on the dossier', () => {
    const fx = intakeFixture();
    const missing = expectApiError(
      () => fx.call('createDossier', intake({ procedureId: GUARDIANSHIP_SUPERVISION, fee: { amount: 0 } }), fx.clerk),
      'dossier_deadline_required',
    );
    expect(missing.message).toContain('cán bộ nhập');
    expectApiError(
      () =>
        fx.call(
          'createDossier',
          intake({ procedureId: GUARDIANSHIP_SUPERVISION, deadline: { kind: 'working_days', days: 5 }, fee: {} }),
          fx.clerk,
        ),
      'dossier_fee_amount_required',
    );
    const { dossier } = fx.call(
      'createDossier',
      intake({ procedureId: GUARDIANSHIP_SUPERVISION, deadline: { kind: 'working_days', days: 5 }, fee: { amount: 0 } }),
      fx.clerk,
    );
    expect(dossier.deadline).toEqual({ rule: { kind: 'working_days', days: 5 }, source: 'clerk', verification: false });
    expect(dossier.procedure.deadline).toBeNull();
    expect(dossier.fee).toEqual({ amount: 0, listedAmount: null, source: 'clerk', exemptionReason: null });
    // Five working days after Tuesday 10 March: Tuesday 17 March.
    expect(dossier.due.date).toBe('2026-03-17');

    const overriding = expectApiError(
      () => fx.call('createDossier', intake({ deadline: { kind: 'working_days', days: 30 } }), fx.clerk),
      'dossier_deadline_from_catalogue',
    );
    expect(overriding.status).toBe(422);
  });

  it('counts the longer period when the dossier needs verification', () => {
    const fx = intakeFixture();
    // Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, 23 with verification (seed catalogue).
    const { dossier } = fx.call(
      'createDossier',
      intake({ procedureId: '019a0000-5eed-7000-8000-000000000100', verification: true, fee: { amount: 0 } }),
      fx.clerk,
    );
    expect(dossier.deadline.verification).toBe(true);
    expect(dossier.due).toEqual(
      (({ receivedOn: _, calendar: _calendar, ...due }) => due)(
        fx.call('getDueDate', {
          rule: { kind: 'working_days', days: 3, daysIfVerification: 23 },
          verification: true,
          receivedAt: dossier.receivedAt,
        }),
      ),
    );
  });

  it("counts from the reception day of the dossier's channel: a Saturday at a counter open that morning, online the next working day", () => {
    // Saturday 14/3/2026 10:00 in Hanoi, at a ward whose counter opens on Saturday mornings.
    const fx = intakeFixture('2026-03-14T03:00:00.000Z');
    const list = fx.call('listCalendarYears', {});
    fx.call('saveOfficeSettings', {
      office: {
        workingWeekdays: list.workingWeekdays,
        sessions: list.sessions,
        dayOffOpening: [{ weekday: 6, sessions: [{ start: '08:00', end: '12:00' }] }],
        reception: list.reception,
        source: { title: 'Quyết định giờ làm việc của UBND phường (thử)', confidence: 'C' },
      },
    });
    // Đăng ký lại khai tử: 5 working days, taken in person and online.
    const reRegisterDeath = '019a0000-5eed-7000-8000-000000000140';
    const atCounter = fx.call('createDossier', intake({ procedureId: reRegisterDeath, fee: { amount: 0 } }), fx.clerk).dossier;
    const online = fx.call(
      'createDossier',
      intake({ procedureId: reRegisterDeath, channel: 'online', fee: { amount: 0 } }),
      fx.clerk,
    ).dossier;
    // At the counter: received Saturday, counted from Monday 16: due Friday 20.
    expect([atCounter.receivedOn, atCounter.due.date]).toEqual(['2026-03-14', '2026-03-20']);
    // Online: received Monday 16, counted from Tuesday 17: due Monday 23.
    expect([online.receivedOn, online.due.date]).toEqual(['2026-03-16', '2026-03-23']);
  });

  it('refuses an intake it cannot complete and changes nothing, not even the next code', () => {
    const fx = intakeFixture();
    const before = counts(fx);
    expectApiError(
      () => fx.call('createDossier', intake({ procedureId: '019a0000-5eed-7000-8000-00000000ffff' }), fx.clerk),
      'procedure_not_found',
    );
    expectApiError(() => fx.call('createDossier', intake({ channel: 'online' }), fx.clerk), 'dossier_channel_not_offered');
    expectApiError(
      () => fx.call('createDossier', intake({ ticketId: '0197a000-0000-7000-8000-0000000000aa' }), fx.clerk),
      'ticket_not_found',
    );
    expectApiError(() => fx.call('createDossier', intake(), LOCAL_CALLER), 'sign_in_required');
    expect(counts(fx)).toEqual(before);
    expect(fx.call('createDossier', intake(), fx.clerk).dossier.code).toBe('000.A0.01.H26-260310-1001');
  });

  it('links the dossier to the ticket it came from and keeps the representative with the authorisation', () => {
    const fx = intakeFixture();
    const serviceId = fx.call('getConfig', {}).services[0]!.id;
    const { ticket } = fx.call('issueTicket', { serviceId });
    const representative = { fullName: 'Lê Văn Hùng', idNumber: '001088009999', authorisation: 'Giấy ủy quyền số 12/2026 ngày 02/03/2026' };
    const { dossier } = fx.call('createDossier', intake({ ticketId: ticket.id, representative }), fx.clerk);
    expect(dossier.ticketId).toBe(ticket.id);
    expect(dossier.representative).toEqual(representative);
  });
});

describe('a retried request', () => {
  it('returns the first dossier and creates nothing more', () => {
    const fx = intakeFixture();
    const input = intake();
    const first = fx.call('createDossier', input, fx.clerk);
    const before = counts(fx);
    fx.clock.advance(60_000);
    const again = fx.call('createDossier', input, fx.clerk);
    expect(again).toEqual(first);
    expect(counts(fx)).toEqual(before);
    expect(fx.call('createDossier', intake(), fx.clerk).dossier.code).toBe('000.A0.01.H26-260310-1002');
  });

  it('with the same id but another method or other content is refused as a conflict', () => {
    const fx = intakeFixture();
    const input = intake();
    const { dossier } = fx.call('createDossier', input, fx.clerk);
    const before = counts(fx);
    const changed = expectApiError(
      () => fx.call('createDossier', { ...input, applicant: { ...input.applicant, fullName: 'Nguyễn Thị Mai' } }, fx.clerk),
      'request_id_reused',
    );
    expect(changed.status).toBe(409);
    expect(changed.message).toContain('Mã yêu cầu');
    expectApiError(
      () => fx.call('recordDossierStep', { requestId: input.requestId, dossierId: dossier.id, step: 'transfer' }, fx.clerk),
      'request_id_reused',
    );
    expect(counts(fx)).toEqual(before);
  });

  it('is not remembered when the first attempt was refused, so the corrected retry goes through', () => {
    const fx = intakeFixture();
    const id = requestId();
    expectApiError(() => fx.call('createDossier', intake({ requestId: id, channel: 'online' }), fx.clerk), 'dossier_channel_not_offered');
    expect(fx.call('createDossier', intake({ requestId: id }), fx.clerk).dossier.status).toBe('received');
  });
});
