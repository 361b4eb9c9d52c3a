import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/api/contract';
import { fingerprint } from '../support/db-fingerprint';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';
import { intake, requestId } from './dossier-setup';

// Every free-text field of a dossier and of its steps, over HTTP: a 10,000-character value and control
// or direction-changing characters are refused with a 400 and change nothing; text typed decomposed
// (NFD, as some keyboards and macOS send it) is stored composed (NFC), so it prints and searches alike.

type Intake = MethodInput<'createDossier'>;

const REPRESENTATIVE = { fullName: 'Lê Văn Cường', idNumber: '001085000111', authorisation: 'Giấy ủy quyền số 12/2026 ngày 02/03/2026' };

/** Each free-text field of an intake, and how to put a value in it. */
const INTAKE_FIELDS: Record<string, (input: Intake, value: string) => Intake> = {
  'applicant.fullName': (i, v) => ({ ...i, applicant: { ...i.applicant, fullName: v } }),
  'applicant.address': (i, v) => ({ ...i, applicant: { ...i.applicant, address: v } }),
  'representative.fullName': (i, v) => ({ ...i, representative: { ...REPRESENTATIVE, fullName: v } }),
  'representative.authorisation': (i, v) => ({ ...i, representative: { ...REPRESENTATIVE, authorisation: v } }),
  'documents.name': (i, v) => ({ ...i, documents: [{ name: v, kind: 'original', count: 1 }] }),
  'fee.exemptionReason': (i, v) => ({ ...i, fee: { exemptionReason: v } }),
  notes: (i, v) => ({ ...i, notes: v }),
};

const BAD: [string, string][] = [
  ['10,000 characters', 'Nguyễn Thị Đào '.repeat(667).slice(0, 10_000)],
  ['a bell control character', 'Nguyễn\u0007Đào'],
  ['a NUL character', 'Nguyễn\u0000Đào'],
  ['a right-to-left override', 'Nguyễn \u202EĐào'],
  ['an escape sequence', 'Nguyễn \u001b[31mĐào'],
];

let service: TestWardService;
let dossierId: string;

beforeAll(async () => {
  service = await startTestWardService();
  await service.client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 }, service.token);
  dossierId = (await service.client.ok('createDossier', intake(), service.token)).dossier.id;
});
afterAll(async () => {
  await service?.close();
});

describe('free text in a dossier', () => {
  it.each(BAD)('with %s is refused with a 400 in every field of an intake and of a step, changing nothing', async (_what, bad) => {
    const before = fingerprint(service.running.ward.db);
    const answers: string[] = [];
    for (const [field, put] of Object.entries(INTAKE_FIELDS)) {
      const answer = await service.client.call('createDossier', put(intake(), bad), service.token);
      answers.push(`${field}: ${answer.status}`);
    }
    for (const step of ['refuse', 'stop'] as const) {
      const answer = await service.client.call(
        'recordDossierStep',
        { requestId: requestId(), dossierId, step, reason: bad },
        service.token,
      );
      answers.push(`${step}.reason: ${answer.status}`);
    }
    expect(answers).toEqual([...Object.keys(INTAKE_FIELDS), 'refuse.reason', 'stop.reason'].map((field) => `${field}: 400`));
    expect(fingerprint(service.running.ward.db)).toEqual(before);
  });

  it('keeps line breaks in notes and reasons, where they belong, and nowhere else', async () => {
    const twoLines = 'Dòng một\nDòng hai';
    const answer = await service.client.call('createDossier', INTAKE_FIELDS['applicant.address']!(intake(), twoLines), service.token);
    expect(answer.status).toBe(400);
    const { dossier } = await service.client.ok('createDossier', { ...intake(), notes: twoLines }, service.token);
    expect(dossier.notes).toBe(twoLines);
  });

  it('stores every field typed decomposed as composed text, and the step reason too', async () => {
    const nfd = (text: string) => text.normalize('NFD');
    let input = intake();
    const typed: Record<string, string> = {
      'applicant.fullName': 'Nguyễn Thị Đào',
      'applicant.address': 'Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng',
      'representative.fullName': 'Lê Văn Cường',
      'documents.name': 'Bản sao giấy chứng nhận quyền sử dụng đất',
      'fee.exemptionReason': 'Hộ nghèo được miễn lệ phí',
      notes: 'Công dân hẹn đến nhận trước giờ nghỉ trưa',
    };
    for (const [field, text] of Object.entries(typed)) input = INTAKE_FIELDS[field]!(input, nfd(text));
    expect(JSON.stringify(input)).not.toContain('Nguyễn');
    const { dossier } = await service.client.ok('createDossier', input, service.token);
    const { event } = await service.client.ok(
      'recordDossierStep',
      { requestId: requestId(), dossierId: dossier.id, step: 'refuse', reason: nfd('Hồ sơ không thuộc thẩm quyền của phường') },
      service.token,
    );

    const db = service.running.ward.db;
    const stored = db.prepare('SELECT full_name, data FROM dossiers WHERE id = ?').get(dossier.id) as { full_name: string; data: string };
    const data = JSON.parse(stored.data) as Intake & { fee: { exemptionReason: string } };
    expect({
      'applicant.fullName': stored.full_name,
      'applicant.address': data.applicant.address,
      'representative.fullName': data.representative!.fullName,
      'documents.name': data.documents[0]!.name,
      'fee.exemptionReason': data.fee.exemptionReason,
      notes: data.notes,
    }).toEqual(Object.fromEntries(Object.entries(typed).map(([field, text]) => [field, text.normalize('NFC')])));
    expect(db.prepare('SELECT reason FROM dossier_events WHERE id = ?').pluck().get(event.id)).toBe(
      'Hồ sơ không thuộc thẩm quyền của phường'.normalize('NFC'),
    );
  });
});
