import { describe, expect, it } from 'vitest';
import { searchCatalogue } from '../../src/shared/catalog/catalogue-search';
import { seedCatalogue } from '../support/seed-catalogue';

const names = (query: string) => searchCatalogue(seedCatalogue, query).map((p) => p.name);

describe('searchCatalogue', () => {
  it('finds a field typed without accents', () => {
    const found = searchCatalogue(seedCatalogue, 'ho tich');
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((p) => p.field === 'Hộ tịch')).toBe(true);
  });

  it('finds "Đăng ký" from "dang ky", whatever the case', () => {
    expect(names('DANG KY KHAI SINH')).toEqual([
      'Đăng ký khai sinh',
      'Đăng ký khai sinh lưu động',
      'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
      'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
      'Đăng ký khai sinh có yếu tố nước ngoài',
      'Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      'Liên thông thủ tục đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      'Đăng ký lại khai sinh',
    ]);
  });

  it('matches words in any order and across name and field', () => {
    expect(names('luu dong ket hon')).toEqual(['Đăng ký kết hôn lưu động']);
    expect(names('chung thuc chu ky')).toEqual([
      'Chứng thực chữ ký trong giấy tờ, văn bản (kể cả điểm chỉ hoặc không ký, không điểm chỉ được)',
      'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
      'Chứng thực chữ ký người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã',
    ]);
  });

  it('finds by a national code or its beginning', () => {
    expect(names('2.000635')).toEqual(['Cấp bản sao trích lục hộ tịch']);
    expect(searchCatalogue(seedCatalogue, '1.0116').map((p) => p.nationalCode.code)).toEqual(['1.011606', '1.011607', '1.011608']);
  });

  it('puts names that start with the query before other matches', () => {
    expect(names('cap lai').slice(0, 2)).toEqual(['Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'Cấp lại giấy phép xây dựng']);
  });

  it('finds nothing for a word no procedure has, and everything for an empty query', () => {
    expect(names('dang ky xe may')).toEqual([]);
    expect(searchCatalogue(seedCatalogue, '   ')).toHaveLength(seedCatalogue.length);
  });
});
