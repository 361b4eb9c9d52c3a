import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../src/shared/catalog/catalogue-export';
import { parseCatalogueImport } from '../../src/shared/catalog/catalogue-import';
import { seedCatalogue } from '../support/seed-catalogue';

// Every kind of mistake an administrator can make in a JSON catalogue file, with the exact words the
// import page shows and the property it points at (docs/catalog-format.md). One mistake per file,
// made in the first procedure, which starts on line 5.

type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the file is any JSON
function refusal(change: (p: Draft) => void): [string | null, string][] {
  const file = JSON.parse(exportCatalogue(seedCatalogue.slice(0, 1), 'json'));
  change(file.procedures[0]);
  const result = parseCatalogueImport(JSON.stringify(file, null, 2), 'json');
  if (result.ok) return [];
  for (const issue of result.issues) expect(issue.line).toBe(5);
  return result.issues.map((i) => [i.field, i.reason]);
}

const cases: [string, (p: Draft) => void, string, string][] = [
  [
    'an id that is no UUID',
    (p) => (p.id = 'abc'),
    'procedures[0].id',
    'Mã định danh phải là một UUID (ví dụ 0190a5c2-0000-7000-8000-000000000001).',
  ],
  [
    'a national code without its dot',
    (p) => (p.nationalCode.code = '1001193'),
    'procedures[0].nationalCode.code',
    'Mã thủ tục phải có dạng một chữ số, dấu chấm, sáu chữ số (ví dụ 1.001193).',
  ],
  ['no channel', (p) => (p.channels = []), 'procedures[0].channels', 'Cần ít nhất 1 mục.'],
  ['four channels', (p) => (p.channels = ['in_person', 'online', 'postal', 'in_person']), 'procedures[0].channels', 'Nhiều nhất 3 mục.'],
  ['a channel twice', (p) => (p.channels = ['in_person', 'in_person']), 'procedures[0].channels[1]', 'Kênh tiếp nhận bị ghi hai lần.'],
  [
    'an unknown channel',
    (p) => (p.channels = ['fax']),
    'procedures[0].channels[0]',
    'Giá trị không hợp lệ. Chỉ nhận: in_person, online, postal.',
  ],
  ['a number for a name', (p) => (p.name = 5), 'procedures[0].name', 'Phải là văn bản.'],
  ['no name', (p) => delete p.name, 'procedures[0].name', 'Chưa nhập giá trị bắt buộc.'],
  ['a name left null', (p) => (p.name = null), 'procedures[0].name', 'Chưa nhập giá trị bắt buộc.'],
  [
    'two properties of another format',
    (p) => Object.assign(p, { maTTHC: '1.001193', ghiChu: 'x' }),
    'procedures[0]',
    'Có thông tin không thuộc định dạng: maTTHC, ghiChu.',
  ],
  [
    '101 copies of a document',
    (p) => (p.requiredDocuments.items[0].count = 101),
    'procedures[0].requiredDocuments.items[0].count',
    'Không được lớn hơn 100.',
  ],
  ['a property of another format', (p) => (p.maTTHC = '1.001193'), 'procedures[0]', 'Có thông tin không thuộc định dạng: maTTHC.'],
  [
    'a fraction of a document',
    (p) => (p.requiredDocuments.items[0].count = 1.5),
    'procedures[0].requiredDocuments.items[0].count',
    'Phải là số nguyên.',
  ],
  [
    'a quoted count',
    (p) => (p.requiredDocuments.items[0].count = '1'),
    'procedures[0].requiredDocuments.items[0].count',
    'Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).',
  ],
  ['zero copies', (p) => (p.requiredDocuments.items[0].count = 0), 'procedures[0].requiredDocuments.items[0].count', 'Phải từ 1 trở lên.'],
  [
    '"yes" for optional',
    (p) => (p.requiredDocuments.items[0].optional = 'yes'),
    'procedures[0].requiredDocuments.items[0].optional',
    'Phải là true hoặc false.',
  ],
  ['an object for a list', (p) => (p.requiredDocuments.items = {}), 'procedures[0].requiredDocuments.items', 'Phải là một danh sách.'],
  ['text for a group', (p) => (p.deadline = '5 ngày'), 'procedures[0].deadline', 'Phải là một nhóm thông tin (đối tượng JSON).'],
  [
    'a day that does not exist',
    (p) => (p.effectiveFrom = '2025-02-30'),
    'procedures[0].effectiveFrom',
    'Ngày phải có dạng năm-tháng-ngày (ví dụ 2025-07-01) và là ngày có thật.',
  ],
  [
    'a cut-off at 25:00',
    (p) => (p.deadline.rule.cutoff = '25:00'),
    'procedures[0].deadline.rule.cutoff',
    'Giờ phải có dạng HH:MM (ví dụ 15:00).',
  ],
  [
    'a deadline for a channel not offered',
    (p) => (p.deadline.byChannel = { online: { kind: 'working_days', days: 5 } }),
    'procedures[0].deadline.byChannel.online',
    'Có thời hạn riêng cho kênh trực tuyến nhưng thủ tục không nhận hồ sơ qua kênh này.',
  ],
  ['a negative fee', (p) => (p.fee.rule = { kind: 'fixed', amount: -1 }), 'procedures[0].fee.rule.amount', 'Phải từ 1 trở lên.'],
  [
    'an unknown code attested as sure',
    (p) => (p.nationalCode.code = null),
    'procedures[0].nationalCode.confidence',
    'Thông tin chưa có giá trị thì độ tin cậy phải là U (chưa xác nhận).',
  ],
  [
    'an unknown fee kind',
    (p) => (p.fee.rule = { kind: 'lol' }),
    'procedures[0].fee.rule.kind',
    'Giá trị không hợp lệ. Chỉ nhận: free, fixed, per_copy, per_case, per_page.',
  ],
  [
    '51 exemptions',
    (p) => (p.fee.exemptions = Array.from({ length: 51 }, () => 'Hộ nghèo')),
    'procedures[0].fee.exemptions',
    'Nhiều nhất 50 mục.',
  ],
];

describe('a JSON catalogue refused, in the administrator’s words', () => {
  it.each(cases)('%s', (_label, change, field, reason) => {
    expect(refusal(change)).toEqual([[field, reason]]);
  });

  it('accepts the file unchanged', () => {
    expect(refusal(() => {})).toEqual([]);
  });
});
