import { LOCAL_CALLER, type Caller } from '../../src/main/service/caller';
import type { MethodInput } from '../../src/shared/api/contract';
import { wardFixture, type WardFixture } from '../support/ward-fixture';

// A ward ready to receive dossiers: its unit code and block set, a clerk signed in on the hub PC, and
// the intake a clerk makes at the counter for a procedure of the shipped catalogue.

/** Hanoi is UTC+7: 01:00Z on Tuesday 10 March 2026 is 08:00 in the morning there. */
export const TUESDAY_MORNING = '2026-03-10T01:00:00.000Z';
/** Chứng thực hợp đồng, giao dịch: 2 working days, a fixed fee of 50,000 đồng (seed catalogue). */
export const CONTRACT_CERTIFICATION = '019a0000-5eed-7000-8000-000000000260';
/** Chứng thực bản sao từ bản chính: same day before 15:00, 2,000 đồng a page from page 3 1,000, at most 200,000 a copy. */
export const COPY_CERTIFICATION = '019a0000-5eed-7000-8000-000000000200';
/** Đăng ký giám sát việc giám hộ: neither deadline nor fee is in the catalogue yet. */
export const GUARDIANSHIP_SUPERVISION = '019a0000-5eed-7000-8000-000000000170';

export interface IntakeFixture extends WardFixture {
  clerk: Caller;
}

let requests = 0;

/** A fresh request id, as the intake page makes once per save. */
export function requestId(): string {
  requests++;
  return `0197a000-0000-4000-8000-${String(requests).padStart(12, '0')}`;
}

export function intakeFixture(start = TUESDAY_MORNING): IntakeFixture {
  return readyForIntake(wardFixture({ start }), '000.A0.01.H26');
}

/** Sets the ward's unit code and block, and signs a clerk in on the hub PC. */
export function readyForIntake(fx: WardFixture, unitCode: string): IntakeFixture {
  fx.call('saveDossierCodeSettings', { unitCode, slot: 1 });
  // Made through the accounts module's own command; this clerk never signs in, so no secret is hashed.
  const clerk = fx.ward.accounts.createClerk(LOCAL_CALLER, {
    username: 'tranthibinh',
    fullName: 'Trần Thị Bình',
    role: 'clerk',
    secretHash: 'never-signs-in',
    mustChangeSecret: false,
  });
  const signedIn = { id: clerk.id, username: clerk.username, fullName: clerk.fullName, role: clerk.role };
  return Object.assign(fx, { clerk: { ...LOCAL_CALLER, clerk: signedIn } });
}

export function intake(overrides: Partial<MethodInput<'createDossier'>> = {}): MethodInput<'createDossier'> {
  return {
    requestId: requestId(),
    procedureId: CONTRACT_CERTIFICATION,
    channel: 'in_person',
    applicant: {
      idNumber: '001190012345',
      fullName: 'Nguyễn Thị Đào',
      birthDate: '1990-05-17',
      sex: 'female',
      address: 'Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội',
      phone: '0912345678',
    },
    documents: [
      { name: 'Phiếu yêu cầu chứng thực', kind: 'original', count: 1 },
      { name: 'Dự thảo hợp đồng', kind: 'original', count: 3 },
    ],
    fee: {},
    returnMethod: 'counter',
    ...overrides,
  };
}
