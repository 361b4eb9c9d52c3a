// The desktop shell's own messages (service failed to start, port in use, machine config, a restored
// backup, kiosk waiting).

export const shellText = {
  appName: 'Một Cửa',
  serviceFailedTitle: 'Một Cửa không khởi động được',
  serviceFailed: 'Phần xử lý dữ liệu của ứng dụng không khởi động được nên ứng dụng sẽ đóng lại. Dữ liệu đã lưu không bị ảnh hưởng.',
  serviceStoppedTitle: 'Một Cửa đã dừng',
  serviceStopped:
    'Phần xử lý dữ liệu của ứng dụng đã dừng đột ngột nên ứng dụng sẽ đóng lại. Các thao tác đã hoàn tất trước đó vẫn được lưu.',
  portInUse: (port: string) =>
    `Cổng ${port} đang được một chương trình khác sử dụng, có thể là một cửa sổ Một Cửa khác đang chạy. Hãy đóng chương trình đó rồi mở lại ứng dụng.`,
  whatToDo: 'Hãy mở lại ứng dụng. Nếu lỗi vẫn còn, hãy báo cán bộ phụ trách công nghệ thông tin và gửi kèm nội dung dưới đây.',
  dataDir: (dir: string) => `Thư mục dữ liệu: ${dir}`,
  details: (reason: string) => `Chi tiết lỗi: ${reason}`,
  machineConfigBadTitle: 'Tệp cấu hình của máy không hợp lệ',
  machineConfigBad: (file: string, field: string) =>
    `Ứng dụng chưa mở vì tệp cấu hình ${file} có lỗi${field ? ` ở mục "${field}"` : ''}. Hãy báo cán bộ phụ trách công nghệ thông tin sửa tệp này rồi mở lại ứng dụng.`,
  restoredTitle: 'Dữ liệu đã được khôi phục từ bản sao lưu',
  restored: (backup: string | null, at: string) =>
    `Cơ sở dữ liệu của ứng dụng đã được khôi phục từ bản sao lưu ${backup ?? '(không rõ tên tệp)'} lúc ${at}. Từ nay ứng dụng làm việc trên dữ liệu của bản sao lưu này.`,
  replacedKept: (file: string) => `Cơ sở dữ liệu bị thay thế vẫn được giữ nguyên, không bị xoá, tại: ${file}`,
  nothingReplaced: 'Trước khi khôi phục, máy chưa có cơ sở dữ liệu nào nên không có gì phải giữ lại.',
  restoredUnreadable:
    'Cơ sở dữ liệu của ứng dụng đã được khôi phục từ một bản sao lưu, nhưng không đọc được chi tiết. Cơ sở dữ liệu bị thay thế được giữ trong thư mục dữ liệu với tên bắt đầu bằng "motcua.replaced-".',
  deviceWaitingTitle: 'Đang kết nối tới máy quầy…',
  deviceWaiting: (hub: string) => `Màn hình này sẽ tự hiện lại khi máy quầy (${hub}) hoạt động. Nếu phải chờ lâu, hãy báo cán bộ tại quầy.`,
} as const;
