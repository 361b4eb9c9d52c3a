import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../support/seed-catalogue';
import type { Procedure } from '../../src/shared/catalog/procedure';
import { blankDocument, blankDraft, draftOf, procedureFromDraft, type ProcedureDraft } from '../../src/renderer/catalog/procedure-draft';
import { labelOf } from '../../src/renderer/catalog/procedure-labels';
import { catalogue } from './procedure-arbitrary';

// The settings page's procedure form: what the head types into its Vietnamese fields becomes the
// procedure the service stores, and what the schema refuses is named by the field the head sees.

const ID = '019b3333-0000-7000-8000-000000000001';
const marriage = seedCatalogue.find((p) => p.nationalCode.code === '1.000894')!;

function problems(draft: ProcedureDraft): [string, string][] {
  const result = procedureFromDraft(draft);
  return result.ok ? [] : result.problems.map((p) => [labelOf(p.key), p.reason]);
}

function saved(draft: ProcedureDraft): Procedure {
  const result = procedureFromDraft(draft);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.procedure;
}

describe('a procedure opened in the form and saved untouched', () => {
  it('is the procedure it was, for any valid procedure', () => {
    fc.assert(
      fc.property(catalogue, (procedures) => {
        for (const procedure of procedures) expect(saved(draftOf(procedure))).toStrictEqual(procedure);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the structured fields', () => {
  it('build a deadline, a fee in đồng grouped by dots, and a document row', () => {
    const draft = draftOf(marriage);
    draft.deadline.rule = { ...draft.deadline.rule, kind: 'working_days', days: ' 5 ', daysIfVerification: '' };
    draft.fee.rule = { ...draft.fee.rule, kind: 'fixed', amount: '10.000' };
    draft.requiredDocuments.items.push({ ...blankDocument(), name: 'Văn bản đồng ý', kind: 'copy', count: '2', optional: true });
    const procedure = saved(draft);
    expect(procedure.deadline.rule).toEqual({ kind: 'working_days', days: 5 });
    expect(procedure.fee.rule).toEqual({ kind: 'fixed', amount: 10_000 });
    expect(procedure.requiredDocuments.items!.at(-1)).toEqual({
      name: 'Văn bản đồng ý',
      kind: 'copy',
      count: 2,
      optional: true,
      formTemplate: null,
    });
  });

  it('send only the inputs of the kind chosen, and no deadline of a channel the procedure does not take', () => {
    const draft = draftOf(marriage);
    draft.fee.rule = {
      ...draft.fee.rule,
      kind: 'per_page',
      ratePerPage: '2.000',
      reducedFromPage: '3',
      reducedRatePerPage: '1.000',
      amount: '9',
    };
    draft.channels = ['in_person'];
    draft.deadline.byChannel.online = { ...draft.deadline.byChannel.online, kind: 'working_hours', hours: '8' };
    const procedure = saved(draft);
    expect(procedure.fee.rule).toEqual({ kind: 'per_page', ratePerPage: 2000, reducedFromPage: 3, reducedRatePerPage: 1000 });
    expect(procedure.deadline.byChannel).toEqual({});
    draft.channels = ['in_person', 'online'];
    expect(saved(draft).deadline.byChannel).toEqual({ online: { kind: 'working_hours', hours: 8 } });
  });

  it('save no row as documents not known, and an empty general deadline as not known', () => {
    const draft = draftOf(marriage);
    draft.requiredDocuments = { ...draft.requiredDocuments, items: [], confidence: 'U' };
    draft.deadline = { ...draft.deadline, rule: { ...draft.deadline.rule, kind: '' }, confidence: 'U' };
    const procedure = saved(draft);
    expect([procedure.requiredDocuments.items, procedure.deadline.rule]).toEqual([null, null]);
  });
});

describe('a value the schema refuses', () => {
  it('is named by its Vietnamese label, in the row it sits in', () => {
    const draft = draftOf(marriage);
    draft.deadline.rule = { ...draft.deadline.rule, kind: 'working_days', days: '0' };
    draft.fee.rule = { ...draft.fee.rule, kind: 'fixed', amount: '10,000' };
    draft.requiredDocuments.items[1] = { ...draft.requiredDocuments.items[1]!, count: 'hai' };
    expect(problems(draft)).toEqual([
      ['Thời hạn chung — Số ngày', 'Phải từ 1 trở lên.'],
      ['Lệ phí — Mức thu (đồng)', 'Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).'],
      ['Giấy tờ thứ 2 — Số lượng', 'Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).'],
    ]);
  });

  it('names a cut-off left blank, days grouped by dots, and a channel deadline', () => {
    const draft = draftOf(marriage);
    draft.deadline.rule = { ...draft.deadline.rule, kind: 'same_day_cutoff', cutoff: ' ' };
    draft.deadline.byChannel.in_person = { ...draft.deadline.byChannel.in_person, kind: 'calendar_days', days: '1.000' };
    expect(problems(draft)).toEqual([
      ['Thời hạn chung — Giờ chốt nhận (HH:MM)', 'Chưa nhập giá trị bắt buộc.'],
      ['Thời hạn khi nộp trực tiếp — Số ngày', 'Phải là một số (chỉ gồm chữ số, không dấu chấm hay dấu phẩy).'],
    ]);
  });

  it('names every required text of a new procedure, the source of each fact included', () => {
    const draft = blankDraft(ID, '2026-12-07');
    expect(problems(draft).map(([label]) => label)).toEqual([
      'Nguồn của mã',
      'Lĩnh vực',
      'Tên thủ tục',
      'Nơi tiếp nhận',
      'Cơ quan giải quyết',
      'Nguồn của thời hạn',
      'Nguồn của lệ phí',
      'Nguồn của thành phần hồ sơ',
      'Nguồn của kết quả',
      'Nguồn của căn cứ pháp lý',
    ]);
    expect(problems({ ...draft, channels: [] })).toContainEqual(['Kênh tiếp nhận', 'Cần ít nhất 1 mục.']);
  });

  it('names the confidence of a fact with no value that is not tagged U', () => {
    const { nationalCode, deadline, fee, requiredDocuments, resultDocument, legalBasis, ...rest } = blankDraft(ID, '2026-12-07');
    const source = 'Chưa tìm thấy';
    const draft: ProcedureDraft = {
      ...rest,
      field: 'Văn hóa',
      name: 'Thông báo tổ chức lễ hội',
      receivingUnit: 'Bộ phận Một cửa',
      competentUnit: 'Ủy ban nhân dân phường',
      nationalCode: { ...nationalCode, source },
      deadline: { ...deadline, source },
      fee: { ...fee, source },
      requiredDocuments: { ...requiredDocuments, source },
      resultDocument: { ...resultDocument, source },
      legalBasis: { ...legalBasis, source, confidence: 'C' },
    };
    expect(problems(draft)).toEqual([
      ['Độ tin cậy của căn cứ pháp lý', 'Thông tin chưa có giá trị thì độ tin cậy phải là U (chưa xác nhận).'],
    ]);
    expect(saved({ ...draft, legalBasis: { ...draft.legalBasis, confidence: 'U' } }).legalBasis).toEqual({
      items: null,
      confidence: 'U',
      source,
    });
  });

  it('in a list typed one item per line, gives the line', () => {
    const draft = draftOf(marriage);
    draft.legalBasis = { ...draft.legalBasis, items: `Luật Hộ tịch 2014\n\n${'x'.repeat(501)}` };
    expect(problems(draft)).toEqual([['Văn bản pháp lý', expect.stringMatching(/^Mục thứ 2 trong ô: /)]]);
  });
});
