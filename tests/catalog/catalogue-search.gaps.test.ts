import { describe, expect, it } from 'vitest';
import { searchCatalogue } from '../../src/shared/catalog/catalogue-search';
import { seedCatalogue } from '../support/seed-catalogue';
import type { Procedure } from '../../src/shared/catalog/procedure';

// The order a clerk sees the search results in, on a small catalogue built for it: a code match
// first even when listed last, then names that start with the words, then the rest, each group in
// catalogue order; stray spaces change nothing.

const base = seedCatalogue[0]!;
function procedure(name: string, code: string | null, field = 'Hộ tịch'): Procedure {
  return { ...base, name, field, nationalCode: { ...base.nationalCode, code } };
}

const catalogue: Procedure[] = [
  procedure('Xác nhận tình trạng hôn nhân', null),
  procedure('Đăng ký kết hôn lưu động', '1.000894'),
  procedure('Trích lục đăng ký kết hôn', null),
  procedure('Đăng ký kết hôn', '1.000001'),
  procedure('Ghi vào sổ việc kết hôn', '1.000002'),
  procedure('Kết hôn có yếu tố nước ngoài', '2.000806', 'Hộ tịch có yếu tố nước ngoài'),
];
const names = (query: string) => searchCatalogue(catalogue, query).map((p) => p.name);

describe('the order of search results', () => {
  it('lists names starting with the words first, the rest after, each group in catalogue order', () => {
    expect(names('dang ky ket hon')).toEqual(['Đăng ký kết hôn lưu động', 'Đăng ký kết hôn', 'Trích lục đăng ký kết hôn']);
    expect(names('ket hon')).toEqual([
      'Kết hôn có yếu tố nước ngoài',
      'Đăng ký kết hôn lưu động',
      'Trích lục đăng ký kết hôn',
      'Đăng ký kết hôn',
      'Ghi vào sổ việc kết hôn',
    ]);
  });

  it('puts the procedure whose code starts with the query first, even after a name match in the catalogue', () => {
    const coded = [procedure('1.000 việc khác', null), procedure('Đăng ký kết hôn', '1.000001')];
    expect(searchCatalogue(coded, '1.000').map((p) => p.name)).toEqual(['Đăng ký kết hôn', '1.000 việc khác']);
    // A code that only ends with what was typed is no code match.
    const ending = [procedure('Việc 0001', null), procedure('Đăng ký kết hôn', '1.000001')];
    expect(searchCatalogue(ending, '0001').map((p) => p.name)).toEqual(['Việc 0001', 'Đăng ký kết hôn']);
  });

  it('ignores spaces before, after and between the words', () => {
    expect(names('   dang   ky  ket hon  ')).toEqual(names('dang ky ket hon'));
    expect(searchCatalogue(catalogue, ' 1.000001 ').map((p) => p.name)).toEqual(['Đăng ký kết hôn']);
  });

  it('returns the whole catalogue in its own order for an empty query, procedures without a code included', () => {
    expect(searchCatalogue(catalogue, '')).toEqual(catalogue);
    expect(searchCatalogue(catalogue, '  \t ')).toEqual(catalogue);
  });
});
