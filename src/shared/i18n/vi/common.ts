// Errors any module can raise, and text shared by every page.

export const commonErrors = {
  bad_request: 'Dữ liệu gửi lên không hợp lệ.',
  bad_json: 'Yêu cầu không đúng định dạng JSON.',
  bad_encoding: 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  unknown_method: 'Chức năng này không tồn tại.',
  unauthorized: 'Thiết bị chưa được cấp quyền. Hãy mở lại ứng dụng hoặc ghép nối thiết bị.',
  forbidden: 'Thiết bị này không được phép thực hiện thao tác này.',
  forbidden_counter: 'Thiết bị này chỉ được thao tác cho quầy đã ghép nối.',
  bad_host: 'Địa chỉ truy cập không được phép.',
  storage_full:
    'Ổ đĩa của máy chủ điểm phục vụ đã đầy nên chưa lưu được thao tác này. Hãy báo cán bộ công nghệ thông tin giải phóng dung lượng; ứng dụng sẽ tự hoạt động lại.',
  storage_failed: 'Không ghi được dữ liệu vào ổ đĩa của máy chủ điểm phục vụ. Hãy báo ngay cán bộ công nghệ thông tin.',
  request_id_reused: 'Mã yêu cầu này đã được dùng cho một thao tác khác. Hãy tải lại trang rồi làm lại thao tác; không có gì bị thay đổi.',
  internal: 'Có lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi; hãy thử lại.',
} as const;

/** Text the HTTP transport itself answers with. */
export const transportText = {
  rendererNotBuilt: 'Giao diện chưa được build. Chạy "npm run build" rồi khởi động lại.',
  invalidField: (field: string) => `(Trường "${field}" không hợp lệ.)`,
  offline: 'Không kết nối được với máy chủ của điểm phục vụ. Kiểm tra mạng nội bộ rồi thử lại.',
  timeout: 'Máy chủ của điểm phục vụ không trả lời kịp. Kiểm tra mạng nội bộ rồi thử lại.',
} as const;

/** Shared pieces of the clerk and citizen pages (connection banner, navigation). */
export const appText = {
  noFileChosen: 'Chưa chọn tệp nào',
  offline: 'Mất kết nối với máy chủ của điểm phục vụ. Đang thử kết nối lại…',
  loading: 'Đang tải…',
  navCounter: 'Quầy',
  navKiosk: 'Máy lấy số',
  navDisplay: 'Màn hình hiển thị',
  navSettings: 'Cài đặt',
  navLabel: 'Chuyển trang',
} as const;

/** The banner every page shows while the ward service is degraded. */
export const healthText = {
  storage_full: 'Ổ đĩa đầy: thao tác mới chưa được lưu. Hãy báo cán bộ công nghệ thông tin giải phóng dung lượng.',
  storage_failed: 'Lỗi ghi dữ liệu trên máy chủ điểm phục vụ. Hãy báo ngay cán bộ công nghệ thông tin.',
  clock_went_back: (minutes: number) =>
    `Đồng hồ máy tính đã bị lùi khoảng ${minutes} phút. Số thứ tự vẫn được gọi đúng thứ tự; hãy báo cán bộ công nghệ thông tin chỉnh lại giờ.`,
  database_damaged:
    'Kiểm tra cơ sở dữ liệu phát hiện dữ liệu bị hỏng. Hãy báo ngay cán bộ công nghệ thông tin khôi phục bản sao lưu tốt gần nhất (Cài đặt → Sao lưu và chẩn đoán) và gửi gói chẩn đoán.',
} as const;

/** The date field every form uses: typed day/month/year, whatever the browser's language. */
export const dateInputText = {
  placeholder: 'dd/mm/yyyy',
  hint: 'Gõ ngày/tháng/năm, ví dụ 07/12/2026; mũi tên lên/xuống để đổi từng ngày.',
  format: 'Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 07/12/2026.',
  impossible: (typed: string) => `Không có ngày ${typed} trong lịch. Hãy kiểm tra lại ngày và tháng.`,
  tooEarly: (min: string) => `Ngày phải từ ${min} trở đi.`,
  tooLate: (max: string) => `Ngày phải đến ${max} là muộn nhất.`,
  spelledOut: (day: number, month: number, year: number) => `ngày ${day} tháng ${month} năm ${year}`,
} as const;
