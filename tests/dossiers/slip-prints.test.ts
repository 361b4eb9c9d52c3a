import { describe, expect, it } from 'vitest';
import { expectApiError } from '../support/ward-fixture';
import { intake, intakeFixture } from './dossier-setup';

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
