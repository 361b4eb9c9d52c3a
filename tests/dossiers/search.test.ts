import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { MethodInput } from '../../src/shared/api/contract';
import { CONTRACT_CERTIFICATION, COPY_CERTIFICATION, intake, intakeFixture, requestId, type IntakeFixture } from './dossier-setup';

// Search as the clerk types it: words without accents, each the start of a word of the applicant's
// name or of the procedure's name, in any order (a clerk often knows the given name first), newest
// received first, narrowed by status, procedure and days of reception.

function receive(fx: IntakeFixture, fullName: string, extra: Parameters<typeof intake>[0] = {}): string {
  const base = intake(extra);
  return fx.call('createDossier', { ...base, applicant: { ...base.applicant, fullName } }, fx.clerk).dossier.id;
}

function searcher(fx: IntakeFixture) {
  return (query: string, filters: Omit<MethodInput<'searchDossiers'>, 'query'> = {}) =>
    fx.call('searchDossiers', { query, ...filters }, fx.clerk).dossiers.map((d) => d.id);
}

describe('searching dossiers by words', () => {
  it('finds "Nguyễn Thị Đào" by any of its words typed without accents, as prefixes, in any order', () => {
    const fx = intakeFixture();
    const dao = receive(fx, 'Nguyễn Thị Đào');
    const dung = receive(fx, 'Nguyễn Văn Dũng');
    const dieu = receive(fx, 'Phạm Thị Điệu');
    const found = searcher(fx);

    expect(found('nguyen thi dao')).toEqual([dao]);
    expect(found('dao')).toEqual([dao]);
    expect(found('dao nguyen')).toEqual([dao]);
    expect(found('ng thi d')).toEqual([dao]);
    expect(found('nguy')).toEqual([dung, dao]);
    expect(found('nguyen')).toEqual([dung, dao]);
    expect(found('thi')).toEqual([dieu, dao]);
    expect(found('dao thi nguyen x')).toEqual([]);
    expect(found('nguyenx')).toEqual([]);
    expect(found('thi dung')).toEqual([]);
  });

  it('reads Đ and đ as d, and decomposed (NFD) input as the same letters', () => {
    const fx = intakeFixture();
    const dao = receive(fx, 'Nguyễn Thị Đào');
    const duc = receive(fx, 'Hoàng Đức Nam');
    const found = searcher(fx);

    expect(found('Đ')).toEqual([duc, dao]);
    expect(found('đ')).toEqual([duc, dao]);
    expect(found('d')).toEqual([duc, dao]);
    expect(found('ĐÀO')).toEqual([dao]);
    expect(found('Nguyễn Thị Đào'.normalize('NFD'))).toEqual([dao]);
    expect(found('hoàng đức n'.normalize('NFD'))).toEqual([duc]);
  });

  it('finds a stored name typed in decomposed form by its folded words', () => {
    const fx = intakeFixture();
    const stored = receive(fx, 'Lê Thị Hồng Nhung'.normalize('NFD'));
    expect(searcher(fx)('le hong nhung')).toEqual([stored]);
  });

  it('searches the procedure name too, alone or with the applicant', () => {
    const fx = intakeFixture();
    const contract = receive(fx, 'Nguyễn Thị Đào');
    const copy = receive(fx, 'Nguyễn Thị Đào', { procedureId: COPY_CERTIFICATION, fee: { facts: { pages: 1, copies: 1 } } });
    const found = searcher(fx);

    expect(found('chung thuc')).toEqual([copy, contract]);
    expect(found('hop dong')).toEqual([contract]);
    expect(found('dao ban sao')).toEqual([copy]);
  });

  it('finds every word a prefix starts, however many different words it starts', () => {
    const fx = intakeFixture();
    // A name the prefix does not start: a prefix read whole from the index still narrows the list.
    receive(fx, 'Nguyễn Văn An');
    // 34 given names beginning "thanh…": more than a prefix is ever expanded into, word by word.
    const ids = 'abcdefghijklmnopqrstuvwxyz'
      .split('')
      .concat(['an', 'bo', 'ca', 'da', 'en', 'ga', 'ha', 'in'])
      .map((end) => receive(fx, `Lê Văn Thanh${end}`));
    const found = searcher(fx);
    expect(found('than')).toEqual([...ids].reverse());
    expect(found('le thanhz')).toEqual([ids[25]]);
    expect(found('thanhb')).toEqual([ids[27], ids[1]]);
  });

  it('shows the newest reception first and no more than the limit', () => {
    const fx = intakeFixture();
    const ids = ['Trần Văn An', 'Trần Văn Bình', 'Trần Văn Cường'].map((name) => {
      fx.clock.advance(60_000);
      return receive(fx, name);
    });
    expect(searcher(fx)('tran', { limit: 2 })).toEqual([ids[2], ids[1]]);
  });
});

describe('search filters', () => {
  it('narrow by status, by procedure and by days of reception in Hanoi time, with or without words', () => {
    // Monday 9 March 2026, 23:30 in Hanoi (16:30 UTC): a Monday reception, though UTC says the same day.
    const fx = intakeFixture('2026-03-09T16:30:00.000Z');
    const monday = receive(fx, 'Nguyễn Thị Đào');
    // Tuesday 10 March 00:30 in Hanoi is still Monday 17:30 in UTC.
    fx.clock.set('2026-03-09T17:30:00.000Z');
    const tuesday = receive(fx, 'Nguyễn Văn Dũng', { procedureId: COPY_CERTIFICATION, fee: { facts: { pages: 1, copies: 1 } } });
    fx.clock.set('2026-03-11T02:00:00.000Z');
    const wednesday = receive(fx, 'Trần Thị Hoa');
    fx.call('recordDossierStep', { requestId: requestId(), dossierId: wednesday, step: 'transfer' }, fx.clerk);
    const found = searcher(fx);
    const all = (filters: Omit<MethodInput<'searchDossiers'>, 'query'>) =>
      fx.call('searchDossiers', filters, fx.clerk).dossiers.map((d) => d.id);

    expect(all({})).toEqual([wednesday, tuesday, monday]);
    expect(all({ receivedFrom: '2026-03-09', receivedTo: '2026-03-09' })).toEqual([monday]);
    expect(all({ receivedFrom: '2026-03-10' })).toEqual([wednesday, tuesday]);
    expect(all({ receivedTo: '2026-03-10' })).toEqual([tuesday, monday]);
    expect(found('nguyen', { receivedFrom: '2026-03-10', receivedTo: '2026-03-11' })).toEqual([tuesday]);
    expect(all({ statuses: ['transferred'] })).toEqual([wednesday]);
    expect(all({ statuses: ['received', 'refused'] })).toEqual([tuesday, monday]);
    expect(found('thi', { statuses: ['received'] })).toEqual([monday]);
    expect(all({ procedureId: COPY_CERTIFICATION })).toEqual([tuesday]);
    expect(found('nguyen', { procedureId: CONTRACT_CERTIFICATION })).toEqual([monday]);
    expect(found('000.A0.01.H26', { procedureId: CONTRACT_CERTIFICATION })).toEqual([wednesday, monday]);
    expect(found('0912345678', { statuses: ['transferred'] })).toEqual([wednesday]);
  });

  it('finds by words a dossier saved after a clock was set back, within its day of reception', () => {
    const fx = intakeFixture('2026-03-09T03:00:00.000Z');
    const monday = receive(fx, 'Nguyễn Thị Đào');
    fx.clock.set('2026-03-11T03:00:00.000Z');
    const wednesday = receive(fx, 'Nguyễn Văn Dũng');
    // A PC whose clock says Monday again, earlier than Đào: saved last, received (by its clock) first.
    fx.clock.set('2026-03-09T02:00:00.000Z');
    const late = receive(fx, 'Nguyễn Văn Lâm');
    const found = searcher(fx);

    expect(found('nguyen', { receivedFrom: '2026-03-09', receivedTo: '2026-03-09' })).toEqual([late, monday]);
    expect(found('nguyen', { receivedFrom: '2026-03-10' })).toEqual([wednesday]);
    expect(found('nguyen', { receivedTo: '2026-03-10' })).toEqual([late, monday]);
    expect(found('nguyen', { receivedFrom: '2026-03-12' })).toEqual([]);
    expect(found('nguyen', { receivedTo: '2026-03-08' })).toEqual([]);
  });

  it('finds the same dossiers of a closed range long ago for a common name and a rare one, whichever index the search reads', () => {
    // 400 receptions, one a day: every other one a Nguyễn, one Lò among them. The range is days
    // 100 to 199, with 200 newer dossiers after it: the common name is found by reading the days
    // newest first, the rare one through the full-text index.
    const fx = intakeFixture('2025-01-01T02:00:00.000Z');
    const days: { id: string; day: string; nguyen: boolean }[] = [];
    for (let i = 0; i < 400; i++) {
      const nguyen = i % 2 === 0 && i !== 150;
      const given = ['An', 'Bình', 'Cúc', 'Dung', 'Hà'][i % 5]!;
      const name = i === 150 ? 'Lò Văn Páo' : nguyen ? `Nguyễn Văn ${given}` : `Trần Thị ${given}`;
      days.push({ id: receive(fx, name), day: fx.clock.now().toISOString().slice(0, 10), nguyen });
      fx.clock.advance(24 * 3600_000);
    }
    const found = searcher(fx);
    const range = { receivedFrom: days[100]!.day, receivedTo: days[199]!.day };
    const inRange = days.slice(100, 200).reverse();

    expect(found('nguyen', { ...range, limit: 20 })).toEqual(
      inRange
        .filter((d) => d.nguyen)
        .slice(0, 20)
        .map((d) => d.id),
    );
    expect(found('nguyen van', range)).toEqual(inRange.filter((d) => d.nguyen).map((d) => d.id));
    expect(found('lo pao', range)).toEqual([days[150]!.id]);
    expect(found('lo pao', { receivedFrom: days[151]!.day, receivedTo: days[199]!.day })).toEqual([]);
    expect(found('tran thi', range)).toEqual(inRange.filter((d) => !d.nguyen && d.id !== days[150]!.id).map((d) => d.id));
  });

  it('refuses a range that ends before it starts', () => {
    const fx = intakeFixture();
    expect(() => fx.call('searchDossiers', { receivedFrom: '2026-03-10', receivedTo: '2026-03-09' }, fx.clerk)).toThrow(ZodError);
  });
});

describe('what the clerk types never reaches FTS5 as syntax', () => {
  it('treats quotes, stars, NEAR, minus, colons and brackets as spaces between plain words', () => {
    const fx = intakeFixture();
    const dao = receive(fx, 'Nguyễn Thị Đào');
    const tran = receive(fx, 'Trần Văn An');
    const found = searcher(fx);

    expect(found('"dao"*')).toEqual([dao]);
    expect(found('(dao')).toEqual([dao]);
    expect(found('nguyen-thi:dao')).toEqual([dao]);
    expect(found('words:dao')).toEqual([]);
    // Read as FTS5 these would find both dossiers; as words, "or" and "near" start no stored word.
    expect(found('dao OR tran')).toEqual([]);
    expect(found('NEAR(dao tran)')).toEqual([]);
    expect(found('dao NOT tran')).toEqual([]);
    expect(found('- * " : ( ) ^ +')).toEqual([tran, dao]);
    expect(found('""""')).toEqual([tran, dao]);
  });
});
