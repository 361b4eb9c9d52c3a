import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../support/seed-catalogue';

// The deadlines of the shipped catalogue, as a ward receives them at its first start: a clerk may count
// on a deadline only where the primary text confirms it; every other procedure says so in words, and
// the data documentation states the same count (docs/catalogue-data.md).

/** How a deadline nobody could source is written: the clerk enters it for each dossier. */
const CLERK_ENTERS = 'Chưa có thời hạn xác nhận — cán bộ nhập thời hạn khi tiếp nhận hồ sơ.';

/** [name, why]: 'clerk enters' (no value), or the confidence of a value that is not confirmed (S, U). */
const WITHOUT_CONFIRMED_DEADLINE: [string, 'clerk enters' | 'S' | 'U'][] = [
  ['Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'S'],
  ['Đăng ký lại khai sinh', 'S'],
  ['Đăng ký giám sát việc giám hộ', 'clerk enters'],
  ['Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'clerk enters'],
  ['Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'clerk enters'],
  ['Đổi, cấp lại Giấy xác nhận khuyết tật', 'clerk enters'],
  ['Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'clerk enters'],
  ['Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 'clerk enters'],
  ['Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm', 'clerk enters'],
  ['Công nhận hộ thoát nghèo, hộ thoát cận nghèo', 'clerk enters'],
  ['Trợ cấp hưu trí xã hội (hưởng, thôi hưởng)', 'clerk enters'],
  ['Hỗ trợ mai táng cho người đang hưởng trợ cấp hưu trí xã hội', 'clerk enters'],
  ['Mai táng phí đối với cựu chiến binh', 'clerk enters'],
  ['Mai táng phí đối với thanh niên xung phong', 'clerk enters'],
  ['Xác nhận thân nhân người có công', 'clerk enters'],
  ['Trợ cấp thờ cúng liệt sĩ', 'clerk enters'],
  ['Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'clerk enters'],
  ['Tạm ngừng kinh doanh của hộ kinh doanh', 'clerk enters'],
  ['Chấm dứt hoạt động hộ kinh doanh', 'clerk enters'],
  ['Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'U'],
  ['Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'U'],
  ['Điều chỉnh giấy phép xây dựng', 'clerk enters'],
  ['Gia hạn giấy phép xây dựng', 'clerk enters'],
  ['Cấp lại giấy phép xây dựng', 'clerk enters'],
  ['Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'clerk enters'],
  ['Đăng ký thường trú', 'clerk enters'],
  ['Đăng ký tạm trú', 'clerk enters'],
  ['Gia hạn tạm trú', 'clerk enters'],
  ['Xóa đăng ký thường trú', 'clerk enters'],
  ['Xóa đăng ký tạm trú', 'clerk enters'],
  ['Công nhận tổ trưởng tổ hòa giải', 'clerk enters'],
  ['Thôi làm hòa giải viên', 'clerk enters'],
  ['Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân', 'clerk enters'],
  ['Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'clerk enters'],
  ['Sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực', 'clerk enters'],
];

describe('the deadlines of the seed catalogue', () => {
  it('are given for every procedure, or say in words that the clerk enters them', () => {
    const silent = seedCatalogue.filter((p) => p.deadline.rule === null && !p.deadline.source.startsWith(CLERK_ENTERS));
    expect(silent.map((p) => p.name)).toEqual([]);
  });

  it('are unconfirmed for exactly these procedures', () => {
    const unconfirmed = seedCatalogue
      .filter((p) => p.deadline.rule === null || p.deadline.confidence !== 'C')
      .map((p) => [p.name, p.deadline.rule === null ? 'clerk enters' : p.deadline.confidence]);
    expect(unconfirmed).toEqual(WITHOUT_CONFIRMED_DEADLINE);
  });

  it('are counted the same way in the data documentation', () => {
    const docs = fs.readFileSync('docs/catalogue-data.md', 'utf8');
    const unknown = WITHOUT_CONFIRMED_DEADLINE.filter(([, why]) => why === 'clerk enters').length;
    const confirmed = seedCatalogue.length - WITHOUT_CONFIRMED_DEADLINE.length;
    expect(docs).toContain(
      `${seedCatalogue.length} procedures: ${confirmed} with a confirmed deadline, ${WITHOUT_CONFIRMED_DEADLINE.length} without one ` +
        `(${unknown} where the clerk enters it, ${WITHOUT_CONFIRMED_DEADLINE.length - unknown} with a value not yet confirmed)`,
    );
  });
});
