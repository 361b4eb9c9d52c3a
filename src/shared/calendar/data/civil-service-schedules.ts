import type { CalendarYear } from '../calendar-data';

// The yearly civil-service schedules (lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức) as published
// each year with the Prime Minister's agreement. A year listed here replaces the derivation from the
// statutory rules, so every weekday off must appear. Confidence is per day: C seen in a stored copy of
// the cited page, S only in a secondary page, U inferred.

const LAW = {
  id: 'blld-2019',
  title: 'Bộ luật Lao động 2019, Điều 112 khoản 1 (ngày lễ cố định)',
  url: 'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
  confidence: 'C',
} as const;

const schedule2025: CalendarYear = {
  year: 2025,
  sources: [
    LAW,
    {
      id: 'vpcp-8726-2024',
      title:
        'Công văn 8726/VPCP-KGVX ngày 26/11/2024: Thủ tướng đồng ý nghỉ Tết Ất Tỵ 25/1–2/2/2025 (5 ngày Tết thứ Hai 27/1 – thứ Sáu 31/1), nghỉ 30/4–4/5, Quốc khánh 30/8–2/9',
      url: 'https://vietnamnews.vn/society/1687874/pm-approves-proposal-for-9-day-continuous-tet-holiday-in-2025.html',
      confidence: 'S',
      note: 'Nội dung công văn theo báo Việt Nam News và SGGP (27/11/2024, https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html: 27–31/1 là 28 tháng Chạp – mùng 3); chưa xem văn bản gốc.',
    },
    {
      id: 'tb-6150-2024',
      title: 'Thông báo 6150/TB-BLĐTBXH (2024): hoán đổi ngày làm việc thứ Sáu 2/5/2025 sang thứ Bảy 26/4/2025; nghỉ 30/4–4/5/2025',
      url: 'http://kntb.vn/lich-nghi-le-304-15-cong-chuc-vien-chuc-nguoi-lao-dong-di-lam-bu-vao-ngay-nao-n81956.html',
      confidence: 'S',
      note: 'Cùng nội dung: VietnamPlus (TTXVN) "Công chức, viên chức được nghỉ thế nào trong dịp lễ 30/4-1/5/2025?"; chưa xem văn bản gốc.',
    },
    {
      id: 'bnv-quoc-khanh-2025',
      title: 'Bộ Nội vụ thông báo lịch nghỉ Quốc khánh 2025: thứ Bảy 30/8 – thứ Ba 2/9, hai ngày lễ là 1/9 và 2/9',
      url: 'https://vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html',
      confidence: 'S',
      note: 'Việt Nam News 04/08/2025; SGGP 03/08/2025 (https://en.sggp.org.vn/vietnamese-workers-to-have-four-days-off-for-national-day-2025-post119346.html): ngày liền kề là 1/9, cả năm 22 ngày nghỉ. Không thấy ngày nghỉ thêm nào cho dịp 80 năm Quốc khánh.',
    },
    {
      id: 'thoidai-2025',
      title: 'Thời Đại: Giỗ Tổ Hùng Vương thứ Hai 7/4/2025',
      url: 'https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html',
      confidence: 'C',
    },
  ],
  days: [
    { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'blld-2019', confidence: 'C' },
    { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)', source: 'vpcp-8726-2024', confidence: 'S' },
    { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'vpcp-8726-2024', confidence: 'S' },
    { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: 'vpcp-8726-2024', confidence: 'S' },
    { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: 'vpcp-8726-2024', confidence: 'S' },
    { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: 'vpcp-8726-2024', confidence: 'S' },
    { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương', source: 'thoidai-2025', confidence: 'C' },
    { date: '2025-04-26', kind: 'swapped_work', name: 'Làm bù cho thứ Sáu 2/5', source: 'tb-6150-2024', confidence: 'S' },
    { date: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'blld-2019', confidence: 'C' },
    { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế lao động', source: 'blld-2019', confidence: 'C' },
    { date: '2025-05-02', kind: 'swapped_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', source: 'tb-6150-2024', confidence: 'S' },
    { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: 'bnv-quoc-khanh-2025', confidence: 'S' },
    { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'blld-2019', confidence: 'C' },
  ],
};

const schedule2026: CalendarYear = {
  year: 2026,
  sources: [
    LAW,
    {
      id: 'vpcp-12729-2025',
      title: 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025: Tết Dương lịch 2026 nghỉ 1–4/1, hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1',
      url: 'https://baohiemxahoi.gov.vn/tintuc/audio/Pages/default.aspx?CateID=0&ItemID=25908&OtItem=date',
      confidence: 'C',
    },
    {
      id: 'congan-tet-2026',
      title: 'Công an TP.HCM: chốt phương án nghỉ Tết Bính Ngọ từ thứ Bảy 14/2 đến hết Chủ nhật 22/2/2026',
      url: 'http://www.congan.com.vn/?catid=702&id=388656&mod=detnews',
      confidence: 'C',
      note: '5 ngày nghỉ chính thức thứ Hai 16/2 – thứ Sáu 20/2/2026 (29 tháng Chạp – mùng 4): vietnammedia.vnanet.vn, 17/10/2025.',
    },
    {
      id: 'thanhnien-2026',
      title: 'Thanh Niên 23/02/2026: Giỗ Tổ Chủ nhật 26/4, nghỉ bù thứ Hai 27/4; 30/4 thứ Năm, 1/5 thứ Sáu',
      url: 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
      confidence: 'C',
      note: 'Cùng thông tin: kenh14.vn (11/03/2026).',
    },
    {
      id: 'bnv-9441-2025',
      title:
        'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ: Quốc khánh 2026 nghỉ thứ Bảy 29/8 – thứ Tư 2/9 (lễ 1/9 và 2/9), hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8',
      url: 'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html',
      confidence: 'S',
      note: 'Việt Nam News 17/10/2025; kienthuc.net.vn 13/10/2025 (ý kiến Thủ tướng qua Văn phòng Chính phủ); UBND TP Hải Phòng dẫn số và ngày của thông báo (vietnam.vn). Ba nguồn khớp nhau; chưa xem văn bản gốc.',
    },
  ],
  days: [
    { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'blld-2019', confidence: 'C' },
    { date: '2026-01-02', kind: 'swapped_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1)', source: 'vpcp-12729-2025', confidence: 'C' },
    { date: '2026-01-10', kind: 'swapped_work', name: 'Làm bù cho thứ Sáu 2/1', source: 'vpcp-12729-2025', confidence: 'C' },
    { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'congan-tet-2026', confidence: 'C' },
    { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: 'congan-tet-2026', confidence: 'C' },
    { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: 'congan-tet-2026', confidence: 'C' },
    { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: 'congan-tet-2026', confidence: 'C' },
    { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: 'congan-tet-2026', confidence: 'C' },
    { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (Chủ nhật)', source: 'thanhnien-2026', confidence: 'C' },
    { date: '2026-04-27', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'thanhnien-2026', confidence: 'C' },
    { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'thanhnien-2026', confidence: 'C' },
    { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế lao động', source: 'thanhnien-2026', confidence: 'C' },
    { date: '2026-08-22', kind: 'swapped_work', name: 'Làm bù cho thứ Hai 31/8', source: 'bnv-9441-2025', confidence: 'S' },
    { date: '2026-08-31', kind: 'swapped_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)', source: 'bnv-9441-2025', confidence: 'S' },
    { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: 'bnv-9441-2025', confidence: 'S' },
    { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'blld-2019', confidence: 'C' },
  ],
};

export const civilServiceSchedules: readonly CalendarYear[] = [schedule2025, schedule2026];
