import { describe, expect, it } from 'vitest';
import { diffCatalogue } from '../../src/shared/catalog/catalogue-diff';
import { seedCatalogue } from '../support/seed-catalogue';

const [birth, mobileBirth, birthWithParents, certification] = seedCatalogue as [
  (typeof seedCatalogue)[0],
  (typeof seedCatalogue)[0],
  (typeof seedCatalogue)[0],
  (typeof seedCatalogue)[0],
];

describe('diffCatalogue', () => {
  it('sorts an import into added, changed (with the fields), unchanged and missing', () => {
    const hanoiFee = {
      ...birth,
      fee: { ...birth.fee, rule: { kind: 'fixed' as const, amount: 10_000 }, source: 'Nghị quyết HĐND Hà Nội' },
    };
    const renamed = { ...mobileBirth, name: 'Đăng ký khai sinh lưu động (mới)', effectiveFrom: '2026-01-01' };
    const diff = diffCatalogue([birth, mobileBirth, birthWithParents], [hanoiFee, renamed, certification]);
    expect(diff.added).toEqual([certification]);
    expect(diff.changed).toEqual([
      { before: birth, after: hanoiFee, fields: ['fee'] },
      { before: mobileBirth, after: renamed, fields: ['name', 'effectiveFrom'] },
    ]);
    expect(diff.unchanged).toEqual([]);
    expect(diff.missing).toEqual([birthWithParents]);
  });

  it('sees a copy read back from a file as unchanged', () => {
    const copy = structuredClone(seedCatalogue);
    const diff = diffCatalogue(seedCatalogue, copy);
    expect(diff.unchanged).toHaveLength(seedCatalogue.length);
    expect([diff.added, diff.changed, diff.missing]).toEqual([[], [], []]);
  });

  it('notices a change deep inside a fact, such as one document becoming optional', () => {
    const items = structuredClone(birth.requiredDocuments.items!);
    items[1]!.optional = true;
    const diff = diffCatalogue([birth], [{ ...birth, requiredDocuments: { ...birth.requiredDocuments, items } }]);
    expect(diff.changed.map((change) => change.fields)).toEqual([['requiredDocuments']]);
  });

  it('notices a confidence upgrade alone', () => {
    const confirmed = { ...birth, nationalCode: { ...birth.nationalCode, confidence: 'C' as const } };
    expect(diffCatalogue([birth], [confirmed]).changed.map((change) => change.fields)).toEqual([['nationalCode']]);
  });
  it('sees a channel, a document or a legal basis added at the end of its list', () => {
    const online = { ...birth, channels: [...birth.channels.filter((c) => c !== 'online'), 'online' as const] };
    const base = { ...birth, channels: birth.channels.filter((c) => c !== 'online') };
    expect(diffCatalogue([base], [online]).changed.map((change) => change.fields)).toEqual([['channels']]);
    const items = [...birth.requiredDocuments.items!, { ...birth.requiredDocuments.items![0]!, name: 'Giấy tờ thêm' }];
    const more = { ...birth, requiredDocuments: { ...birth.requiredDocuments, items } };
    expect(diffCatalogue([birth], [more]).changed.map((change) => change.fields)).toEqual([['requiredDocuments']]);
  });

  it('compares a fee becoming known, or a deadline for one channel appearing, as a change, without failing', () => {
    const unknownFee = { ...birth, fee: { ...birth.fee, rule: null } };
    const knownFee = { ...birth, fee: { ...birth.fee, rule: { kind: 'fixed' as const, amount: 10_000 } } };
    expect(diffCatalogue([unknownFee], [knownFee]).changed.map((change) => change.fields)).toEqual([['fee']]);
    expect(diffCatalogue([knownFee], [unknownFee]).changed.map((change) => change.fields)).toEqual([['fee']]);
    const withOnline = { ...birth, channels: ['in_person' as const, 'online' as const] };
    const onlineDeadline = {
      ...withOnline,
      deadline: { ...birth.deadline, byChannel: { ...birth.deadline.byChannel, online: { kind: 'working_days' as const, days: 1 } } },
    };
    const { online: _online, ...withoutOnline } = onlineDeadline.deadline.byChannel;
    const noOnlineDeadline = { ...withOnline, deadline: { ...birth.deadline, byChannel: withoutOnline } };
    expect(diffCatalogue([noOnlineDeadline], [onlineDeadline]).changed.map((change) => change.fields)).toEqual([['deadline']]);
    expect(diffCatalogue([onlineDeadline], [noOnlineDeadline]).changed.map((change) => change.fields)).toEqual([['deadline']]);
  });
});
