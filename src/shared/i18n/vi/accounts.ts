// Clerk accounts, sign-in, the idle lock and the audit log ("Nhật ký thao tác").

export const accountErrors = {
  sign_in_required: 'Cần đăng nhập tài khoản cán bộ để thực hiện thao tác này.',
  session_locked: 'Phiên làm việc đã khóa do không thao tác. Nhập mã PIN để mở lại.',
  secret_change_required: 'Bạn cần đổi mã PIN (mật khẩu) trước khi làm việc tiếp.',
  forbidden_role: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  sign_in_failed: 'Tên đăng nhập hoặc mã PIN không đúng.',
  sign_in_locked: 'Đã nhập sai quá nhiều lần nên tạm thời bị khóa đăng nhập.',
  secret_wrong: 'Mã PIN (mật khẩu) hiện tại không đúng.',
  accounts_exist: 'Điểm phục vụ này đã có tài khoản quản trị; hãy đăng nhập.',
  clerk_not_found: 'Không tìm thấy tài khoản cán bộ.',
  username_taken: 'Tên đăng nhập này đã có người dùng.',
  last_admin: 'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng còn hoạt động.',
} as const;

export const accountText = {
  retryInMinutes: (minutes: number) => `Hãy thử lại sau ${minutes} phút.`,
  /** The day summary's per-clerk table when a step was taken with no clerk signed in (a kiosk, an older version). */
  noClerk: 'Không có cán bộ đăng nhập',
  auditCsvHeader: ['Thời điểm', 'Cán bộ', 'Tên đăng nhập', 'Thiết bị', 'Thao tác', 'Đối tượng', 'Mã đối tượng', 'Kết quả', 'Chi tiết'],
  auditOutcome: { ok: 'Thành công', refused: 'Bị từ chối', read: 'Xem dữ liệu cá nhân' },
  auditFileName: (day: string) => `nhat-ky-thao-tac-${day}.csv`,
} as const;

// ---- The renderer's account pages: sign-in gate, lock screen, clerk bar, settings and the audit page ----

/** A clerk's role as people call it. */
export const clerkRoleText = {
  clerk: 'Cán bộ một cửa',
  head: 'Trưởng bộ phận',
  admin: 'Quản trị viên',
} as const;

export const signInText = {
  title: 'Đăng nhập',
  hint: 'Đăng nhập bằng tài khoản cán bộ để làm việc trên máy này.',
  username: 'Tên đăng nhập',
  secret: 'Mã PIN',
  submit: 'Đăng nhập',
  working: 'Đang kiểm tra…',
  noAdminYet:
    'Điểm phục vụ chưa có tài khoản nào. Hãy tạo tài khoản quản trị đầu tiên trên máy chủ của điểm phục vụ, rồi đăng nhập tại đây.',
  checking: 'Đang kiểm tra phiên làm việc…',
  retry: 'Thử lại',
} as const;

export const firstAdminText = {
  title: 'Tạo tài khoản quản trị đầu tiên',
  hint: 'Điểm phục vụ này chưa có tài khoản nào. Tài khoản đầu tiên là quản trị viên: người tạo tài khoản cho các cán bộ khác, phân quyền và đặt lại mã PIN khi có người quên.',
  fullName: 'Họ và tên',
  username: 'Tên đăng nhập',
  usernameHint: 'Chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới; 3–32 ký tự. Ví dụ: nguyenvana',
  secret: 'Mã PIN',
  secretHint: 'Ít nhất 6 ký tự; chỉ mình bạn biết.',
  secretAgain: 'Nhập lại mã PIN',
  submit: 'Tạo tài khoản và bắt đầu làm việc',
} as const;

export const secretFormText = {
  title: 'Đổi mã PIN',
  mustChange:
    'Mã PIN của bạn do quản trị viên đặt (tài khoản mới hoặc vừa được đặt lại). Hãy đặt mã PIN mới chỉ mình bạn biết trước khi làm việc.',
  current: 'Mã PIN hiện tại',
  next: 'Mã PIN mới',
  nextHint: 'Ít nhất 6 ký tự.',
  nextAgain: 'Nhập lại mã PIN mới',
  submit: 'Đổi mã PIN',
  changed: 'Đã đổi mã PIN.',
  cancel: 'Đóng',
} as const;

/** What the account forms check before anything is sent. */
export const accountFormErrors = {
  usernameInvalid: 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, dài 3–32 ký tự.',
  secretTooShort: 'Mã PIN phải có ít nhất 6 ký tự.',
  secretMismatch: 'Hai lần nhập mã PIN mới không giống nhau.',
} as const;

export const lockText = {
  title: 'Máy đang khóa',
  hint: (minutes: number) =>
    `Máy tự khóa sau ${minutes} phút không thao tác để giữ an toàn dữ liệu của công dân. Nhập mã PIN để làm việc tiếp; màn hình làm việc vẫn giữ nguyên như trước khi khóa.`,
  clerk: 'Cán bộ đang đăng nhập',
  secret: 'Mã PIN',
  unlock: 'Mở khóa',
  signOut: 'Đăng xuất',
  otherClerk: 'Cán bộ khác muốn dùng máy: đăng xuất, rồi đăng nhập bằng tài khoản của mình.',
} as const;

export const clerkBarText = {
  label: 'Cán bộ đang đăng nhập',
  changeSecret: 'Đổi mã PIN',
  signOut: 'Đăng xuất',
} as const;

/** A page the signed-in clerk's role, or this device, may not use. */
export const pageAccessText = {
  title: 'Không có quyền truy cập',
  forbiddenRole: 'Tài khoản của bạn không có quyền mở trang này. Nếu cần dùng, hãy liên hệ quản trị viên của điểm phục vụ.',
  forbiddenDevice: 'Trang này chỉ dùng được trên máy chủ của điểm phục vụ.',
  backToCounter: 'Về trang quầy',
  enrolAdminOnly: 'Chỉ quản trị viên mới đăng ký được máy này với máy chủ thành phố.',
} as const;

/** Settings › Tài khoản cán bộ. */
export const clerkSettingsText = {
  title: 'Tài khoản cán bộ',
  username: 'Tên đăng nhập',
  fullName: 'Họ và tên',
  role: 'Vai trò',
  status: 'Trạng thái',
  active: 'Đang hoạt động',
  inactive: 'Đã khóa tài khoản',
  mustChange: 'Chờ đổi mã PIN',
  activeLabel: 'Cho phép đăng nhập',
  you: '(bạn)',
  add: 'Thêm cán bộ',
  edit: 'Sửa',
  editTitle: (name: string) => `Sửa tài khoản: ${name}`,
  resetSecret: 'Đặt lại mã PIN',
  resetTitle: (name: string) => `Đặt lại mã PIN cho ${name}`,
  resetHint: 'Cán bộ bị đăng xuất ngay và phải đổi mã PIN này ở lần đăng nhập tiếp theo.',
  resetDone: (name: string) => `Đã đặt lại mã PIN cho ${name}.`,
  firstSecret: 'Mã PIN ban đầu',
  firstSecretHint: 'Cán bộ phải đổi mã PIN này ở lần đăng nhập đầu tiên.',
  newSecret: 'Mã PIN mới',
  save: 'Lưu',
  cancel: 'Bỏ qua',
  saved: 'Đã lưu.',
  none: 'Chưa có tài khoản nào.',
  idleTitle: 'Tự khóa khi không thao tác',
  idleMinutes: 'Số phút không thao tác thì khóa máy (1–120)',
  idleHint: 'Áp dụng cho mọi máy quầy; cán bộ mở khóa bằng mã PIN của mình.',
} as const;

/** /audit: "Nhật ký thao tác". */
export const auditPageText = {
  title: 'Nhật ký thao tác',
  navLabel: 'Nhật ký',
  filtersTitle: 'Lọc nhật ký',
  clerk: 'Cán bộ',
  method: 'Thao tác',
  entity: 'Đối tượng',
  entityId: 'Mã đối tượng',
  outcome: 'Kết quả',
  day: 'Ngày (dd/mm/yyyy)',
  dayPlaceholder: 'dd/mm/yyyy',
  dayInvalid: 'Ngày phải viết theo dạng dd/mm/yyyy, ví dụ 23/11/2026.',
  all: 'Tất cả',
  show: 'Xem',
  clear: 'Bỏ lọc',
  csv: 'Tải CSV',
  more: 'Xem thêm',
  loading: 'Đang tải…',
  empty: 'Không có thao tác nào khớp bộ lọc.',
  shown: (n: number) => `Đang hiển thị ${n} dòng, mới nhất trước.`,
  columns: {
    at: 'Thời điểm',
    clerk: 'Cán bộ',
    device: 'Thiết bị',
    method: 'Thao tác',
    entity: 'Đối tượng',
    entityId: 'Mã đối tượng',
    outcome: 'Kết quả',
    detail: 'Chi tiết',
  },
  citizenTitle: 'Ai đã xem dữ liệu công dân',
  citizenHint: 'Tra theo số định danh của công dân. Chính lần tra cứu này cũng được ghi vào nhật ký.',
  citizenId: 'Số CCCD (12 số) hoặc CMND (9 số)',
  citizenIdInvalid: 'Số định danh phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND).',
  citizenSubmit: 'Tra cứu',
  citizenEmpty: 'Chưa có ai mở, in hay xuất dữ liệu của công dân này.',
} as const;

/** The audit log's entities that are not sync entities (those are named in sync.ts's entityText). */
export const auditEntityText: Record<string, string> = {
  citizen: 'Dữ liệu công dân',
};

/**
 * The operations the ward service records without an API method behind them (the sample catalogue,
 * calendar and counters written at the first start, the city's changes applied by sync), as the audit
 * page names them; keyed by operation without its version.
 */
export const auditOperationText: Record<string, string> = {
  'account_settings.save': 'Lưu cài đặt tài khoản',
  'calendar_office.save': 'Lưu giờ làm việc và quy tắc tiếp nhận',
  'calendar_year.save': 'Lưu lịch làm việc',
  'clerk.save': 'Lưu tài khoản cán bộ',
  'counter.save': 'Lưu quầy',
  'device.pair': 'Ghép nối thiết bị',
  'device.revoke': 'Thu hồi thiết bị',
  'dossier.conflict': 'Ghi nhận xung đột trạng thái hồ sơ',
  'dossier_code.allocate': 'Cấp mã hồ sơ',
  'dossier_code_settings.save': 'Lưu cài đặt mã hồ sơ',
  'priority_category.save': 'Lưu đối tượng ưu tiên',
  'procedure.remove': 'Gỡ thủ tục khỏi danh mục',
  'procedure.save': 'Lưu thủ tục',
  'service.save': 'Lưu dịch vụ',
  'settings.update': 'Đổi cài đặt điểm phục vụ',
  'statutory_rules.save': 'Lưu ngày lễ theo quy định',
};

/** Every API method as the audit page names it; one not listed shows its code. */
export const auditMethodText: Record<string, string> = {
  getBoard: 'Xem bảng số',
  issueTicket: 'Cấp số thứ tự',
  callNext: 'Gọi số tiếp theo',
  recall: 'Gọi lại',
  startServing: 'Bắt đầu phục vụ',
  finish: 'Hoàn thành',
  markNoShow: 'Đánh dấu vắng mặt',
  returnToQueue: 'Đưa lại hàng chờ',
  transfer: 'Chuyển số',
  cancel: 'Hủy số',
  getCounterState: 'Xem trạng thái quầy',
  listTickets: 'Xem danh sách số',
  renderTicketDocument: 'In phiếu số',
  renderSampleTicketDocument: 'In thử phiếu',
  markTicketPrinted: 'Ghi nhận kết quả in phiếu',
  getConfig: 'Xem cài đặt',
  saveService: 'Lưu dịch vụ',
  saveCounter: 'Lưu quầy',
  savePriorityCategory: 'Lưu đối tượng ưu tiên',
  updateSettings: 'Đổi cài đặt điểm phục vụ',
  whoAmI: 'Kiểm tra thiết bị',
  createPairingCode: 'Tạo mã ghép nối',
  pairDevice: 'Ghép nối thiết bị',
  listDevices: 'Xem thiết bị',
  revokeDevice: 'Thu hồi thiết bị',
  listCalendarYears: 'Xem lịch làm việc',
  saveCalendarYear: 'Lưu lịch làm việc',
  saveOfficeSettings: 'Lưu giờ làm việc và quy tắc tiếp nhận',
  getDueDate: 'Tính ngày hẹn trả',
  parseCitizenId: 'Đọc thông tin công dân',
  allocateDossierCode: 'Cấp mã hồ sơ',
  getDossierCodeSettings: 'Xem cài đặt mã hồ sơ',
  saveDossierCodeSettings: 'Lưu cài đặt mã hồ sơ',
  createDossier: 'Tiếp nhận hồ sơ',
  recordDossierStep: 'Chuyển bước xử lý hồ sơ',
  getDossier: 'Xem hồ sơ',
  listDossiers: 'Xem danh sách hồ sơ',
  searchDossiers: 'Tìm hồ sơ',
  recordSlipPrinted: 'In phiếu hồ sơ',
  recordNoticePrinted: 'In phiếu bổ sung hoặc từ chối khi tiếp nhận',
  listProcedures: 'Tra cứu thủ tục',
  getProcedure: 'Xem thủ tục',
  saveProcedure: 'Lưu thủ tục',
  previewCatalogueImport: 'Xem trước nhập danh mục',
  importCatalogue: 'Nhập danh mục thủ tục',
  exportCatalogue: 'Xuất danh mục thủ tục',
  getSyncStatus: 'Xem trạng thái đồng bộ',
  syncNow: 'Đồng bộ ngay',
  enrolWithCity: 'Đăng ký với thành phố',
  listSyncRuns: 'Xem lịch sử đồng bộ',
  listRejectedMutations: 'Xem thay đổi bị từ chối',
  getDaySummary: 'Chốt ngày',
  createFirstAdmin: 'Tạo quản trị viên đầu tiên',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  unlockSession: 'Mở khóa phiên',
  touchSession: 'Báo đang làm việc',
  changeOwnSecret: 'Đổi mã PIN',
  listClerks: 'Xem tài khoản cán bộ',
  createClerk: 'Tạo tài khoản cán bộ',
  updateClerk: 'Sửa tài khoản cán bộ',
  resetClerkSecret: 'Đặt lại mã PIN',
  getAccountSettings: 'Xem cài đặt tài khoản',
  updateAccountSettings: 'Đổi thời gian tự khóa',
  listAudit: 'Xem nhật ký thao tác',
  exportAudit: 'Tải nhật ký thao tác',
  listCitizenAccess: 'Tra cứu ai đã xem dữ liệu công dân',
};
