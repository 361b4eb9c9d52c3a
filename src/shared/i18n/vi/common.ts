// Errors any module can raise, and text shared by every page.

export const commonErrors = {
  bad_request: 'Dữ liệu gửi lên không hợp lệ.',
  bad_json: 'Yêu cầu không đúng định dạng JSON.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  unknown_method: 'Chức năng này không tồn tại.',
  unauthorized: 'Thiết bị chưa được cấp quyền. Hãy mở lại ứng dụng hoặc ghép nối thiết bị.',
  forbidden: 'Thiết bị này không được phép thực hiện thao tác này.',
  forbidden_counter: 'Thiết bị này chỉ được thao tác cho quầy đã ghép nối.',
  bad_host: 'Địa chỉ truy cập không được phép.',
  internal: 'Có lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi; hãy thử lại.',
} as const;

/** Text the HTTP transport itself answers with. */
export const transportText = {
  rendererNotBuilt: 'Giao diện chưa được build. Chạy "npm run build" rồi khởi động lại.',
  invalidField: (field: string) => `(Trường "${field}" không hợp lệ.)`,
  offline: 'Không kết nối được với máy chủ của điểm phục vụ. Kiểm tra mạng nội bộ rồi thử lại.',
} as const;

/** Shared pieces of the clerk and citizen pages (connection banner, navigation). */
export const appText = {
  offline: 'Mất kết nối với máy chủ của điểm phục vụ. Đang thử kết nối lại…',
  loading: 'Đang tải…',
  navCounter: 'Quầy',
  navKiosk: 'Máy lấy số',
  navDisplay: 'Màn hình hiển thị',
  navSettings: 'Cài đặt',
  navLabel: 'Chuyển trang',
} as const;
