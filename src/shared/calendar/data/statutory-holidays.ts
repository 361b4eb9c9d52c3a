import type { StatutoryRules } from '../calendar-data';

// Paid public holidays of the Labour Code 2019 (45/2019/QH14), Art. 112(1), one-stop-rules §3.1.
// Validated by StatutoryRules when a WorkingCalendar is built; edited in settings, updated by the city.

const LABOUR_CODE_2019 = {
  title: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1',
  url: 'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
  confidence: 'C',
  note: 'Danh sách 11 ngày nghỉ lễ, Tết [C]. Ngày hiệu lực 01/01/2021 của Bộ luật là [U] (chưa đối chiếu văn bản gốc trong phiên này).',
} as const;

export const statutoryRules: StatutoryRules = {
  holidays: [
    {
      id: 'tet-duong-lich',
      name: 'Tết Dương lịch',
      date: { type: 'solar', month: 1, day: 1 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
    },
    {
      id: 'tet-am-lich',
      name: 'Tết Âm lịch',
      date: { type: 'lunar_new_year', daysBefore: 1, daysFrom: 4 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
      placement: {
        title: 'Mặc định khi chưa có lịch nghỉ năm: ngày cuối năm âm lịch và 4 ngày đầu năm mới',
        confidence: 'U',
        note: 'Luật chỉ quy định 5 ngày; Thủ tướng quyết định cụ thể hằng năm (2025: 28 Chạp – mùng 3; 2026: 29 Chạp – mùng 4).',
      },
    },
    {
      id: 'gio-to-hung-vuong',
      name: 'Giỗ Tổ Hùng Vương',
      date: { type: 'lunar', month: 3, day: 10 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
    },
    {
      id: 'ngay-chien-thang',
      name: 'Ngày Chiến thắng',
      date: { type: 'solar', month: 4, day: 30 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
    },
    {
      id: 'quoc-te-lao-dong',
      name: 'Ngày Quốc tế lao động',
      date: { type: 'solar', month: 5, day: 1 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
    },
    {
      id: 'quoc-khanh',
      name: 'Quốc khánh',
      date: { type: 'solar', month: 9, day: 2 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
    },
    {
      id: 'quoc-khanh-ngay-lien-ke',
      name: 'Quốc khánh (ngày liền kề)',
      date: { type: 'adjacent_to_solar', month: 9, day: 2 },
      status: 'in_force',
      effectiveFrom: '2021-01-01',
      source: LABOUR_CODE_2019,
      placement: {
        title:
          'Mặc định khi chưa có lịch nghỉ năm: ngày liền kề nối với ngày nghỉ hằng tuần (ưu tiên thứ Hai/thứ Sáu), nếu không thì ngày 1/9',
        confidence: 'U',
        note: 'Khớp các năm 2021–2025 đã công bố (3/9/2021, 1/9/2022, 1/9/2023, 3/9/2024, 1/9/2025) theo hiểu biết chung, chưa đối chiếu từng văn bản.',
      },
    },
    {
      // Announced but not law: kept as data so that the day the amendment passes, the city flips the
      // status (and sets effectiveFrom) instead of shipping code. Applying it early would print due
      // dates a day later than the law allows, so a late dossier would look on time.
      id: 'ngay-van-hoa-viet-nam',
      name: 'Ngày Văn hóa Việt Nam',
      date: { type: 'solar', month: 11, day: 24 },
      status: 'announced',
      effectiveFrom: '2026-11-24',
      source: {
        title: 'Nghị quyết 80-NQ/TW (7/1/2026) chọn 24/11; Nghị quyết 30/NQ-CP giao sửa khoản 1 Điều 112 Bộ luật Lao động',
        url: 'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
        confidence: 'C',
        note: 'Đến 26/02/2026 chưa được luật hóa (vneconomy, znews, vnexpress). Chưa áp dụng cho đến khi Quốc hội sửa Điều 112.',
      },
    },
  ],
  compensation: {
    nextWorkingDay: true,
    source: {
      title: 'Bộ luật Lao động 2019, Điều 111 khoản 3: ngày nghỉ hằng tuần trùng ngày lễ thì nghỉ bù vào ngày làm việc kế tiếp',
      url: 'https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm',
      confidence: 'S',
      note: 'Quy tắc nghỉ bù được báo chí nêu [C]; số điều khoản là [U].',
    },
  },
};
