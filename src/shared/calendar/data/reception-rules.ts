import type { ReceptionRules } from '../calendar-data';

// When a dossier counts as received, per channel, until the ward or the city sets its own
// (one-stop-rules §3.2). Each rule names what was found and what is still a reading.

const CIVIL_CODE_ART_147 =
  'https://thuvienphapluat.vn/hoi-dap-phap-luat/3896F-hd-thoi-diem-bat-dau-va-ket-thuc-thoi-han-duoc-xac-dinh-nhu-the-nao.html';

export const defaultReceptionRules: ReceptionRules = {
  in_person: {
    dayOff: 'that_day',
    source: {
      title:
        'Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147: thời hạn tính bằng ngày không tính ngày đầu tiên, tính từ ngày tiếp theo liền kề',
      url: CIVIL_CODE_ART_147,
      confidence: 'U',
      note:
        'Điều 147 khoản 2, 3 đã đối chiếu nguyên văn (trích tại thuvienphapluat.vn và anslawfirm.com, xem 7/12/2026). ' +
        'Việc áp dụng cho hồ sơ nhận tại quầy mở cửa ngày nghỉ (sáng thứ Bảy) là cách hiểu, chưa thấy văn bản một cửa nào nói rõ. ' +
        'Hà Nội từng quyết định bộ phận tiếp nhận và trả kết quả làm việc thứ Bảy để nhận hồ sơ (tin diaoconline.vn, nguồn thứ cấp). ' +
        'Nhận sau giờ đóng cửa ngày làm việc: tính là nhận ngày làm việc tiếp theo (chưa xác nhận).',
    },
  },
  online: {
    dayOff: 'next_working_day',
    source: {
      title: 'Hồ sơ trực tuyến nộp ngoài giờ hành chính hoặc ngày nghỉ được coi là tiếp nhận vào ngày làm việc tiếp theo',
      confidence: 'U',
      note:
        'Chưa tìm được điều khoản nói rõ trong Nghị định 45/2020/NĐ-CP, 61/2018/NĐ-CP, 107/2021/NĐ-CP hay 118/2025/NĐ-CP. ' +
        'Thủ tục chứng thực (dichvucong.laocai.gov.vn, mã 26455) tính thời hạn "theo thời điểm hệ thống dịch vụ công ghi nhận đã nhận đủ hồ sơ hợp lệ". ' +
        'Quy định tương tự trong ngành hải quan: hồ sơ lưu ngoài giờ làm việc được tiếp nhận vào giờ làm việc đầu tiên của ngày làm việc kế tiếp ' +
        '(Quyết định 2988/QĐ-TCHQ năm 2018, Điều 7 khoản 5, trích tại thuvienphapluat.vn).',
    },
  },
  postal: {
    dayOff: 'next_working_day',
    source: {
      title: 'Hồ sơ gửi qua bưu chính tính từ ngày nhận theo dấu bưu điện đến',
      url: 'https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455',
      confidence: 'U',
      note:
        'Thủ tục chứng thực ghi "theo dấu bưu điện đến". Ứng dụng tính từ lúc cán bộ ghi nhận hồ sơ; ' +
        'hồ sơ ghi nhận ngoài giờ hoặc ngày nghỉ tính là nhận ngày làm việc tiếp theo (chưa xác nhận).',
    },
  },
};
