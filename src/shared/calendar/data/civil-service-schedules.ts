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
      title: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: Thủ tướng đồng ý nghỉ Tết Ất Tỵ 9 ngày liên tục',
      url: 'https://pld.net.vn/tag/nghi-tet-nguyen-dan.html',
      confidence: 'C',
      note: 'Trang chỉ nêu 9 ngày liên tục; các ngày 25/1–2/2/2025 lấy từ nguồn tet-amlich-2025.',
    },
    {
      id: 'tet-amlich-2025',
      title: 'Các ngày nghỉ lễ 2025 (blog): Tết 25/1–2/2; 30/4–4/5 hoán đổi 2/5 sang 26/4; Quốc khánh 30/8–2/9',
      url: 'https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html',
      confidence: 'S',
    },
    {
      id: 'thoidai-2025',
      title: 'Thời Đại: hoán đổi thứ Sáu 2/5 sang thứ Bảy 26/4; Giỗ Tổ thứ Hai 7/4; Quốc khánh nghỉ 30/8–2/9/2025',
      url: 'https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html',
      confidence: 'C',
    },
  ],
  days: [
    { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'blld-2019', confidence: 'C' },
    { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)', source: 'tet-amlich-2025', confidence: 'S' },
    { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'tet-amlich-2025', confidence: 'S' },
    { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: 'tet-amlich-2025', confidence: 'S' },
    { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: 'tet-amlich-2025', confidence: 'S' },
    { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: 'tet-amlich-2025', confidence: 'S' },
    { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương', source: 'thoidai-2025', confidence: 'C' },
    { date: '2025-04-26', kind: 'swapped_work', name: 'Làm bù cho thứ Sáu 2/5', source: 'thoidai-2025', confidence: 'C' },
    { date: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'blld-2019', confidence: 'C' },
    { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế lao động', source: 'blld-2019', confidence: 'C' },
    { date: '2025-05-02', kind: 'swapped_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', source: 'thoidai-2025', confidence: 'C' },
    { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: 'thoidai-2025', confidence: 'C' },
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
      title: 'Thanh Niên 23/02/2026: Giỗ Tổ Chủ nhật 26/4, nghỉ bù thứ Hai 27/4; 30/4 thứ Năm, 1/5 thứ Sáu; Quốc khánh 5 ngày',
      url: 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
      confidence: 'C',
      note: 'Cùng thông tin: kenh14.vn (11/03/2026). Các ngày cụ thể của đợt Quốc khánh 5 ngày chưa tìm thấy.',
    },
    {
      id: 'suy-luan-2026',
      title: 'Suy luận: ngày liền kề Quốc khánh 2026 chọn theo quy tắc mặc định',
      confidence: 'U',
      note: 'Đợt nghỉ Quốc khánh 2026 được nêu là 5 ngày (có hoán đổi) nhưng chưa thấy văn bản nêu ngày; cần cập nhật.',
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
    { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: 'suy-luan-2026', confidence: 'U' },
    { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'blld-2019', confidence: 'C' },
  ],
};

export const civilServiceSchedules: readonly CalendarYear[] = [schedule2025, schedule2026];
