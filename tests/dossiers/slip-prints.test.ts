import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { MethodInput } from '../../src/shared/api/contract';
import { expectApiError } from '../support/ward-fixture';
import { CONTRACT_CERTIFICATION, intake, intakeFixture } from './dossier-setup';

// A printed slip carries the citizen's name, address and phone out of the office: the head must be able
// to see, citizen by citizen, who printed what and when (Law 91/2025/QH15, issue 20 §10).

describe('recording a printed slip', () => {
  it('writes who printed which form of which dossier to the audit, found again by the citizen’s ID number', () => {
    const fx = intakeFixture();
    const { dossier } = fx.call('createDossier', intake(), fx.clerk);
    fx.clock.advance(30_000);
    expect(fx.call('recordSlipPrinted', { dossierId: dossier.id, form: '01' }, fx.clerk)).toEqual({});
    fx.clock.advance(30_000);
    fx.call('recordSlipPrinted', { dossierId: dossier.id, form: '01' }, fx.clerk);

    const prints = fx.call('listCitizenAccess', { idNumber: '001190012345' }).entries.filter((e) => e.method === 'recordSlipPrinted');
    // A reprint is a second copy on paper: two prints, two rows.
    expect(prints).toEqual([
      expect.objectContaining({
        at: '2026-03-10T01:01:00.000Z',
        entity: 'dossier',
        entityId: dossier.id,
        outcome: 'read',
        detail: 'slip_01',
      }),
      expect.objectContaining({
        at: '2026-03-10T01:00:30.000Z',
        entity: 'dossier',
        entityId: dossier.id,
        outcome: 'read',
        detail: 'slip_01',
      }),
    ]);
    expect(prints[0]).toMatchObject({ clerkName: 'Trần Thị Bình', clerkUsername: 'tranthibinh' });
    expect(JSON.stringify(fx.ward.db.prepare('SELECT * FROM audit_log').all())).not.toContain('001190012345');
  });

  it('names the form printed, so a refusal slip is told apart from a receipt', () => {
    const fx = intakeFixture();
    const { dossier } = fx.call('createDossier', intake(), fx.clerk);
    fx.call('recordSlipPrinted', { dossierId: dossier.id, form: '03' }, fx.clerk);
    const [entry] = fx.call('listAudit', { method: 'recordSlipPrinted', limit: 10 }).entries;
    expect(entry).toMatchObject({ entityId: dossier.id, detail: 'slip_03' });
  });

  it('refuses a dossier that does not exist and records nothing', () => {
    const fx = intakeFixture();
    const rows = () => fx.ward.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get();
    const before = rows();
    expectApiError(
      () => fx.call('recordSlipPrinted', { dossierId: '0197a000-0000-7000-8000-0000000000bb', form: '01' }, fx.clerk),
      'dossier_not_found',
    );
    expect(rows()).toEqual(before);
  });
});

describe('recording Mẫu 02 or 03 given at intake', () => {
  it('files the print under the procedure and the citizen’s ID number, though no dossier exists', () => {
    const fx = intakeFixture();
    expect(fx.call('recordNoticePrinted', { procedureId: CONTRACT_CERTIFICATION, form: '02', idNumber: '001190012345' }, fx.clerk)).toEqual(
      {},
    );
    fx.clock.advance(60_000);
    fx.call('recordNoticePrinted', { procedureId: CONTRACT_CERTIFICATION, form: '03', idNumber: '001190012345' }, fx.clerk);

    const prints = fx.call('listCitizenAccess', { idNumber: '001190012345' }).entries;
    expect(prints.map((e) => [e.method, e.entity, e.entityId, e.detail, e.clerkName])).toEqual([
      ['recordNoticePrinted', 'procedure', CONTRACT_CERTIFICATION, 'slip_03', 'Trần Thị Bình'],
      ['recordNoticePrinted', 'procedure', CONTRACT_CERTIFICATION, 'slip_02', 'Trần Thị Bình'],
    ]);
    expect(fx.call('searchDossiers', {}, fx.clerk).dossiers).toEqual([]);
    expect(JSON.stringify(fx.ward.db.prepare('SELECT * FROM audit_log').all())).not.toContain('001190012345');
  });

  it('records a slip given before any ID card was read, under the procedure alone', () => {
    const fx = intakeFixture();
    fx.call('recordNoticePrinted', { procedureId: CONTRACT_CERTIFICATION, form: '03' }, fx.clerk);
    const [entry] = fx.call('listAudit', { method: 'recordNoticePrinted', limit: 10 }).entries;
    expect(entry).toMatchObject({ entity: 'procedure', entityId: CONTRACT_CERTIFICATION, detail: 'slip_03', outcome: 'read' });
  });

  it('refuses a procedure that does not exist, or another form, and records nothing', () => {
    const fx = intakeFixture();
    const rows = () => fx.ward.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get();
    const before = rows();
    expectApiError(
      () => fx.call('recordNoticePrinted', { procedureId: '0197a000-0000-7000-8000-0000000000bb', form: '02' }, fx.clerk),
      'procedure_not_found',
    );
    const receipt = { procedureId: CONTRACT_CERTIFICATION, form: '01' } as unknown as MethodInput<'recordNoticePrinted'>;
    expect(() => fx.call('recordNoticePrinted', receipt, fx.clerk)).toThrow(ZodError);
    expect(rows()).toEqual(before);
  });
});
