// Vietnamese text of city sync on the ward side: the sync log page, enrolment, the end-of-day page and
// the reasons a sync attempt failed, in words a clerk or IT staff can act on.

/** Why a sync run did not finish, by the client's own code (network faults have no server message). */
export const syncFailureText = {
  network: 'Không kết nối được máy chủ thành phố (mất mạng hoặc máy chủ tắt). Ứng dụng sẽ tự thử lại.',
  timeout: 'Máy chủ thành phố không trả lời kịp. Ứng dụng sẽ tự thử lại; dữ liệu không bị mất.',
  bad_response: 'Máy chủ thành phố trả lời không đúng định dạng. Ứng dụng sẽ tự thử lại; nếu kéo dài, hãy báo cán bộ công nghệ thông tin.',
  not_enrolled: 'Máy này chưa đăng ký với máy chủ thành phố.',
  device_revoked:
    'Thành phố đã thu hồi quyền đồng bộ của máy này. Dữ liệu trên máy vẫn được giữ nguyên; hãy báo cán bộ công nghệ thông tin để đăng ký lại.',
  upgrade_required: 'Máy chủ thành phố yêu cầu phiên bản ứng dụng mới hơn. Dữ liệu vẫn được giữ; hãy cập nhật ứng dụng.',
  bad_request: 'Máy chủ thành phố từ chối dữ liệu gửi lên vì sai định dạng. Đồng bộ tạm dừng; hãy báo cán bộ công nghệ thông tin.',
  unauthorized: 'Máy chủ thành phố không nhận ra máy này. Hãy đăng ký lại máy với thành phố.',
  seq_regression:
    'Máy chủ thành phố đã có các thay đổi mà máy này không còn (máy bị khôi phục hoặc mất điện). Các thay đổi đang chờ đã được đánh số lại và gửi tiếp; hãy báo cán bộ công nghệ thông tin kiểm tra.',
  server: 'Máy chủ thành phố đang gặp sự cố. Ứng dụng sẽ tự thử lại.',
  busy: 'Máy chủ thành phố đang bận. Ứng dụng sẽ tự thử lại sau ít phút.',
  local: 'Lỗi khi ghi dữ liệu đồng bộ trên máy này. Hãy báo cán bộ công nghệ thông tin.',
  interrupted: 'Lần đồng bộ bị ngắt giữa chừng vì ứng dụng tắt hoặc máy mất điện; lần sau đã tự gửi lại, dữ liệu không bị mất.',
} as const;
export type SyncFailureCode = keyof typeof syncFailureText;

export const enrolText = {
  alreadyEnrolled: 'Máy này đã đăng ký với máy chủ thành phố.',
  alreadyRunning: 'Đang đăng ký, vui lòng chờ.',
  running: 'Đang đăng ký với máy chủ thành phố…',
  codeInvalid: 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Hãy xin thành phố một mã mới.',
  slotTaken: 'Vị trí quầy của mã này đang thuộc một máy khác. Thành phố cần thu hồi máy cũ trước.',
  failed: (reason: string) => `Không đăng ký được: ${reason}`,
  retrying: (attempt: number, of: number) =>
    `Chưa nhận được trả lời của máy chủ thành phố. Đang tự thử lại với cùng mã (lần ${attempt}/${of})…`,
  noAnswer: (attempts: number) =>
    `Không đăng ký được: máy chủ thành phố không trả lời sau ${attempts} lần thử. Hãy kiểm tra đường truyền rồi bấm Đăng ký lại với cùng mã; nếu thành phố đã nhận lần trước, máy sẽ nhận lại đúng đăng ký đó.`,
} as const;

export const clockOffText = (minutes: number) =>
  `Đồng hồ máy tính lệch khoảng ${minutes} phút so với máy chủ thành phố. Việc tại quầy vẫn làm bình thường; hãy báo cán bộ công nghệ thông tin chỉnh lại giờ.`;

export const syncStateText = {
  not_enrolled: 'Chưa đăng ký với thành phố',
  enrolling: 'Đang đăng ký…',
  idle: 'Sẵn sàng',
  running: 'Đang đồng bộ…',
  waiting_retry: 'Chờ thử lại',
  revoked: 'Máy đã bị thu hồi',
  upgrade_required: 'Cần cập nhật ứng dụng',
} as const;

export const syncRunResultText = {
  running: 'Đang chạy',
  ok: 'Thành công',
  failed: 'Lỗi',
  stopped: 'Dừng',
} as const;

export const syncTriggerText: Record<string, string> = {
  start: 'Khởi động',
  write: 'Sau thay đổi',
  timer: 'Định kỳ',
  manual: 'Bấm "Đồng bộ ngay"',
  enrol: 'Sau đăng ký',
  retry: 'Thử lại',
  reconnect: 'Có mạng trở lại',
  close_day: 'Chốt ngày',
};

/** Kinds of pending changes, as the clerk calls them. */
export const entityText: Record<string, string> = {
  ticket: 'Số thứ tự',
  dossier: 'Hồ sơ',
  dossier_code: 'Mã hồ sơ',
  service: 'Dịch vụ',
  counter: 'Quầy',
  priority_category: 'Đối tượng ưu tiên',
  settings: 'Cài đặt',
  procedure: 'Thủ tục',
  calendar_year: 'Lịch làm việc',
  calendar_office: 'Giờ làm việc',
  statutory_rules: 'Ngày nghỉ lễ, Tết theo quy định',
  device: 'Thiết bị',
  dossier_code_settings: 'Cài đặt mã hồ sơ',
  clerk: 'Tài khoản cán bộ',
  account_settings: 'Cài đặt tài khoản',
};

export const syncPageText = {
  title: 'Đồng bộ với thành phố',
  navLabel: 'Đồng bộ',
  syncNow: 'Đồng bộ ngay',
  syncStarted: 'Đã bắt đầu đồng bộ.',
  syncNotStarted: 'Chưa đồng bộ được: máy chưa đăng ký, đã bị thu hồi, hoặc đang đồng bộ.',
  state: 'Trạng thái',
  inSync: 'Đã đồng bộ đầy đủ',
  notInSync: 'Còn thay đổi chưa gửi',
  ward: 'Phường/xã',
  slot: 'Vị trí quầy (khối mã hồ sơ)',
  cityUrl: 'Máy chủ thành phố',
  pending: 'Thay đổi chờ gửi',
  oldestPending: 'Thay đổi chờ lâu nhất',
  progress: (sent: number, total: number) => `Đã gửi ${sent}/${total}`,
  acknowledgedToday: 'Thành phố đã nhận hôm nay',
  acknowledgedCount: (rows: number) => `${rows} thay đổi`,
  lastAcknowledged: 'Thành phố nhận thay đổi gần nhất lúc',
  lastSuccess: 'Lần gửi và nhận trọn vẹn gần nhất',
  never: 'Chưa có',
  lastError: 'Lỗi gần nhất',
  nextAttempt: 'Lần thử tiếp theo',
  clockOffset: 'Độ lệch đồng hồ so với thành phố',
  clockSeconds: (seconds: number) => `${seconds > 0 ? '+' : ''}${seconds} giây`,
  runs: 'Nhật ký đồng bộ',
  runStart: 'Bắt đầu',
  runEnd: 'Kết thúc',
  runTrigger: 'Lý do',
  runPushed: 'Đã gửi',
  runPulled: 'Đã nhận',
  runResult: 'Kết quả',
  runError: 'Lỗi',
  noRuns: 'Chưa có lần đồng bộ nào.',
  rejected: 'Thay đổi bị thành phố từ chối',
  rejectedHint: 'Các thay đổi này không được tính ở thành phố; dữ liệu của thành phố đã được tải về thay thế.',
  noRejected: 'Không có thay đổi nào bị từ chối.',
  rejectedKind: 'Loại',
  rejectedWhen: 'Lúc',
  rejectedWhy: 'Lý do',
  enrolTitle: 'Đăng ký máy với thành phố',
  enrolHint: 'Nhập địa chỉ máy chủ thành phố và mã đăng ký dùng một lần (dạng XXXX-XXXX) do thành phố cấp.',
  enrolUrl: 'Địa chỉ máy chủ',
  enrolCode: 'Mã đăng ký',
  enrolSubmit: 'Đăng ký',
  enrolled: (ward: string, slot: number) => `Máy đã đăng ký: ${ward}, vị trí quầy ${slot}.`,
  reenrolHint:
    'Thành phố đã thu hồi đăng ký của máy này. Dữ liệu vẫn còn nguyên; nhập mã đăng ký mới do thành phố cấp để máy đồng bộ tiếp, không gửi trùng những gì đã gửi.',
  loading: 'Đang tải…',
  ageMinutes: (minutes: number) => (minutes < 60 ? `${minutes} phút` : `${Math.floor(minutes / 60)} giờ ${minutes % 60} phút`),
} as const;

export const syncChipText = {
  inSync: 'Đã đồng bộ',
  pending: (n: number) => `${n} thay đổi chờ gửi`,
  notEnrolled: 'Chưa đăng ký với thành phố',
  problem: 'Lỗi đồng bộ',
} as const;

export const closeDayText = {
  title: 'Chốt ngày',
  navLabel: 'Chốt ngày',
  day: 'Ngày',
  closeDay: 'Chốt ngày',
  syncing: 'Đang đồng bộ trước khi chốt…',
  syncDone: 'Đã đồng bộ xong.',
  syncNotDone: 'Chưa đồng bộ hết; số liệu vẫn được lập, các thay đổi còn chờ được ghi rõ bên dưới.',
  print: 'In / lưu PDF',
  exportCsv: 'Tải CSV',
  ticketsHeading: 'Xếp hàng',
  issued: 'Số vé đã phát',
  served: 'Số vé đã phục vụ xong',
  noShow: 'Vắng mặt',
  cancelled: 'Đã huỷ',
  stillWaiting: 'Còn đang chờ',
  averageWait: 'Thời gian chờ trung bình',
  averageService: 'Thời gian phục vụ trung bình',
  clerksHeading: 'Theo cán bộ',
  clerkColumn: 'Cán bộ',
  clerkServedColumn: 'Số vé đã phục vụ xong',
  clerkServiceColumn: 'Thời gian phục vụ trung bình',
  noClerk: 'Không có cán bộ đăng nhập',
  clerksNone: 'Chưa có vé nào được phục vụ xong trong ngày.',
  dossiersHeading: 'Hồ sơ',
  received: 'Đã tiếp nhận',
  returned: 'Đã trả kết quả',
  overdue: 'Quá hạn',
  byField: 'Theo lĩnh vực',
  syncHeading: 'Đồng bộ',
  pendingSync: 'Thay đổi chưa gửi lên thành phố',
  lastSuccess: 'Đồng bộ thành công gần nhất',
  generatedAt: 'Lập lúc',
  none: '—',
  reportTitle: 'Báo cáo chốt ngày',
  stillOpen: (tickets: number, dossiers: number) =>
    [tickets > 0 ? `Còn ${tickets} số đang chờ` : '', dossiers > 0 ? `${dossiers} hồ sơ đang giải quyết` : ''].filter(Boolean).join('; ') +
    '.',
  byServiceHeading: 'Theo dịch vụ',
  serviceColumn: 'Dịch vụ',
  byCounterHeading: 'Theo quầy',
  counterColumn: 'Quầy',
  calledColumn: 'Đã gọi',
  issuedColumn: 'Đã phát',
  servedColumn: 'Phục vụ xong',
  noShowColumn: 'Vắng mặt',
  waitColumn: 'Chờ trung bình',
  breakdownNone: 'Chưa có vé nào trong ngày.',
  pendingDossiers: 'Hồ sơ đang giải quyết',
  preparedBy: 'Người lập',
  headOfUnit: 'Trưởng bộ phận',
  signHint: '(Ký, ghi rõ họ tên)',
  minutesSeconds: (seconds: number) => `${Math.floor(seconds / 60)} phút ${seconds % 60} giây`,
} as const;

/** Column and row labels of the day-summary CSV. */
export const daySummaryCsvText = {
  header: ['Chỉ tiêu', 'Giá trị'],
  ward: 'Đơn vị',
  day: 'Ngày',
  issued: 'Số vé đã phát',
  served: 'Số vé đã phục vụ xong',
  noShow: 'Vắng mặt',
  cancelled: 'Đã huỷ',
  stillWaiting: 'Còn đang chờ',
  averageWaitSeconds: 'Thời gian chờ trung bình (giây)',
  averageServiceSeconds: 'Thời gian phục vụ trung bình (giây)',
  clerkServed: (name: string) => `Số vé đã phục vụ xong - ${name}`,
  clerkAverageService: (name: string) => `Thời gian phục vụ trung bình (giây) - ${name}`,
  serviceIssued: (name: string) => `Số vé đã phát - ${name}`,
  serviceServed: (name: string) => `Số vé đã phục vụ xong - ${name}`,
  serviceNoShow: (name: string) => `Vắng mặt - ${name}`,
  serviceAverageWait: (name: string) => `Thời gian chờ trung bình (giây) - ${name}`,
  counterCalled: (name: string) => `Số vé đã gọi - ${name}`,
  counterServed: (name: string) => `Số vé đã phục vụ xong - ${name}`,
  counterNoShow: (name: string) => `Vắng mặt - ${name}`,
  counterAverageWait: (name: string) => `Thời gian chờ trung bình (giây) - ${name}`,
  dossiersReceived: 'Hồ sơ đã tiếp nhận',
  dossiersByField: (field: string) => `Hồ sơ đã tiếp nhận - lĩnh vực ${field}`,
  dossiersReturned: 'Hồ sơ đã trả kết quả',
  dossiersOverdue: 'Hồ sơ quá hạn',
  dossiersPending: 'Hồ sơ đang giải quyết',
  pendingSync: 'Thay đổi chưa gửi lên thành phố',
  lastSuccess: 'Đồng bộ thành công gần nhất',
  generatedAt: 'Lập lúc',
} as const;
