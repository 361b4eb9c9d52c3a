// The one Vietnamese message catalogue: UI text, printed documents and the errors a clerk reads.

export const errorMessages = {
  bad_request: 'Dữ liệu gửi lên không hợp lệ.',
  bad_json: 'Yêu cầu không đúng định dạng JSON.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  unknown_method: 'Chức năng này không tồn tại.',
  unauthorized: 'Thiết bị chưa được cấp quyền. Hãy mở lại ứng dụng hoặc ghép nối thiết bị.',
  forbidden: 'Thiết bị này không được phép thực hiện thao tác này.',
  forbidden_counter: 'Thiết bị này chỉ được thao tác cho quầy đã ghép nối.',
  bad_host: 'Địa chỉ truy cập không được phép.',
  service_not_found: 'Không tìm thấy dịch vụ.',
  service_inactive: 'Dịch vụ này hiện tạm ngừng cấp số.',
  counter_not_found: 'Không tìm thấy quầy.',
  counter_busy: 'Quầy đang có số chưa xử lý xong. Hãy hoàn thành, chuyển hoặc đánh dấu vắng mặt trước khi gọi số mới.',
  ticket_not_found: 'Không tìm thấy số thứ tự.',
  ticket_not_at_counter: 'Số thứ tự này không ở quầy của bạn.',
  illegal_transition: 'Không thể thực hiện thao tác này với số thứ tự ở trạng thái hiện tại.',
  capacity_reached: 'Dịch vụ đã hết số trong ngày hôm nay. Mời công dân quay lại vào ngày làm việc tiếp theo.',
  priority_not_found: 'Không tìm thấy đối tượng ưu tiên.',
  transfer_target_required: 'Hãy chọn dịch vụ hoặc quầy để chuyển đến.',
  transfer_same_place: 'Không thể chuyển đến chính dịch vụ và quầy hiện tại.',
  duplicate_service_code: 'Mã dịch vụ đã được dùng.',
  duplicate_ticket_letter: 'Chữ cái của số thứ tự đã được dịch vụ khác dùng.',
  duplicate_counter_number: 'Số quầy đã tồn tại.',
  pairing_code_invalid: 'Mã ghép nối không đúng hoặc đã hết hạn.',
  device_not_found: 'Không tìm thấy thiết bị.',
  internal: 'Có lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi; hãy thử lại.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const ticketStateLabels = {
  waiting: 'Đang chờ',
  called: 'Đã gọi',
  serving: 'Đang phục vụ',
  done: 'Hoàn thành',
  no_show: 'Vắng mặt',
  transferred: 'Đã chuyển',
  cancelled: 'Đã hủy',
} as const;

/** What the display board says aloud and shows for a call. */
export function announcementText(displayNumber: string, counterNumber: number): string {
  return `Mời công dân có số ${displayNumber} đến quầy số ${counterNumber}`;
}
