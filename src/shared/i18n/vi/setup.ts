// The first-run set-up wizard of a new PC.

export const setupErrors = {
  setup_done: 'Máy này đã được cài đặt xong; hãy đăng nhập.',
} as const;

export const setupText = {
  title: 'Cài đặt lần đầu',
  stepOf: (step: number, total: number) => `Bước ${step}/${total}`,
  back: 'Quay lại (Esc)',
  next: 'Tiếp tục (Enter)',
  loading: 'Đang tải…',

  roleTitle: 'Máy này dùng để làm gì?',
  roleHint: 'Chọn bằng phím số hoặc mũi tên, rồi nhấn Enter.',
  roles: {
    hub: 'Máy chủ của phường (hub): giữ dữ liệu, hàng đợi chung và các quầy',
    counter: 'Quầy nối vào máy chủ của phường',
    kiosk: 'Máy lấy số (kiosk) nối vào máy chủ',
    display: 'Bảng hiển thị số nối vào máy chủ',
  },

  joinTitle: 'Nối vào máy chủ của phường',
  joinHint:
    'Máy này không giữ dữ liệu riêng: nó mở trang của máy chủ và ghép nối bằng mã do quản trị viên tạo trong Cài đặt → Thiết bị ghép nối.',
  hubAddress: 'Địa chỉ máy chủ (ví dụ 192.168.1.10)',
  hubAddressBad: 'Địa chỉ chưa đúng: nhập địa chỉ IP hoặc tên máy, có thể kèm cổng (192.168.1.10:7710).',
  joinSubmit: 'Nối vào máy chủ và khởi động lại',
  joinFailed: (reason: string) => `Không lưu được lựa chọn: ${reason}`,
  joinBrowser: 'Trong trình duyệt, không cần cài đặt gì trên máy này. Trên máy cần nối, mở trình duyệt tới địa chỉ:',
  joinBrowserThen: 'rồi nhập mã ghép nối 6 chữ số do quản trị viên tạo trên máy chủ (Cài đặt → Thiết bị ghép nối).',
  hubPlaceholder: '<địa chỉ máy chủ>',

  wardTitle: 'Phường, xã của điểm phục vụ',
  wardSearch: 'Tìm phường, xã (gõ không dấu cũng được)',
  wardHint: 'Mũi tên lên/xuống để chọn, Enter để lấy.',
  wardNone: 'Không thấy phường, xã nào có tên này.',
  wardChosen: (name: string) => `Đã chọn: ${name}`,
  wardRequired: 'Hãy chọn phường, xã trong danh sách.',
  unitCode: 'Mã đơn vị (in trong mã hồ sơ)',
  unitCodeUnconfirmed: 'Mã này chưa được xác nhận trong danh sách kèm theo: hãy nhập mã do thành phố cấp cho đơn vị.',
  unitCodeConfirmed: 'Mã lấy từ danh sách; sửa nếu thành phố cấp mã khác.',
  unitCodeBad: 'Mã đơn vị gồm các nhóm chữ in hoa và chữ số, cách nhau bằng dấu chấm (ví dụ 000.00.01.H26).',

  counterTitle: 'Quầy của máy này',
  defaultCounterName: (n: number) => `Quầy ${n}`,
  counterNumber: 'Số quầy',
  counterName: 'Tên quầy',
  counterServices: 'Dịch vụ quầy phục vụ',
  counterNeedsService: 'Chọn ít nhất một dịch vụ.',
  counterNumberBad: 'Số quầy từ 1 đến 99.',

  printersTitle: 'Máy in',
  ticketPrinter: 'Máy in phiếu số thứ tự',
  documentPrinter: 'Máy in khổ A4 (phiếu tiếp nhận, giấy hẹn)',
  systemDefault: 'Máy in mặc định của hệ thống',
  testPrint: 'In thử',
  testPrinted: 'Đã gửi bản in thử.',
  testFailed: (reason: string) => `In thử không được: ${reason}`,
  printersBrowser:
    'Đang chạy trong trình duyệt: khi in, hộp thoại in của trình duyệt sẽ hiện ra để chọn máy in. Có thể chọn máy in sau trong Cài đặt.',
  testTicket: (ward: string) => `${ward}\nIn thử phiếu số thứ tự`,

  cityTitle: 'Máy chủ của thành phố',
  cityHint: 'Nhập địa chỉ và mã đăng ký do thành phố cấp. Để trống và nhấn Enter để đăng ký sau trong trang Đồng bộ.',
  cityUrl: 'Địa chỉ máy chủ thành phố',
  cityCode: 'Mã đăng ký (XXXX-XXXX)',
  cityLater: 'Để sau',
  cityBoth: 'Nhập cả địa chỉ và mã đăng ký, hoặc để trống cả hai.',
  cityBadUrl: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.',
  cityBadCode: 'Mã đăng ký có dạng XXXX-XXXX.',
  cityStarted: 'Đã bắt đầu đăng ký với thành phố; xem kết quả ở trang Đồng bộ.',

  adminTitle: 'Tài khoản quản trị đầu tiên',
  adminHint: 'Người cài đặt trở thành quản trị viên và bắt đầu làm việc ngay.',
  finish: 'Hoàn tất cài đặt (Enter)',
} as const;
