// The city sync server: answers to ward devices and processing systems, and the city dashboard.

/** One message per wire error code (src/shared/sync/wire.ts SYNC_ERROR_CODES). */
export const syncErrorMessages = {
  bad_request: 'Dữ liệu đồng bộ gửi lên không hợp lệ.',
  unauthorized: 'Máy chưa đăng nhập được vào máy chủ thành phố. Đang thử đăng nhập lại.',
  token_expired: 'Phiên đồng bộ đã hết hạn. Đang đăng nhập lại.',
  challenge_invalid: 'Xác thực máy không thành công (mã thử đã dùng, hết hạn hoặc chữ ký sai).',
  enrol_code_invalid: 'Mã đăng ký máy không đúng, đã dùng hoặc đã hết hạn. Hãy xin mã mới từ thành phố.',
  slot_taken: 'Vị trí quầy này đang thuộc một máy khác. Thành phố cần thu hồi máy cũ trước.',
  device_revoked: 'Máy này đã bị thành phố thu hồi quyền đồng bộ. Dữ liệu chưa gửi vẫn được giữ trên máy.',
  forbidden: 'Máy này không được phép thực hiện thao tác này.',
  not_found: 'Không có chức năng này trên máy chủ thành phố.',
  seq_gap: 'Máy chủ thành phố thiếu một phần dữ liệu trước đó. Đang gửi lại từ chỗ thiếu.',
  seq_regression: 'Số thứ tự đồng bộ của máy bị lùi (có thể do mất điện hoặc khôi phục bản sao lưu). Cần đánh số lại.',
  push_in_progress: 'Máy đang có một lượt gửi dữ liệu khác chưa xong.',
  cursor_expired: 'Dữ liệu thay đổi đã quá cũ. Máy sẽ tải lại toàn bộ dữ liệu của phường.',
  payload_too_large: 'Gói dữ liệu quá lớn. Máy sẽ gửi thành các gói nhỏ hơn.',
  upgrade_required: 'Phiên bản ứng dụng quá cũ để đồng bộ. Hãy cập nhật ứng dụng; dữ liệu vẫn được giữ trên máy.',
  rate_limited: 'Máy gửi yêu cầu quá dày. Sẽ thử lại sau ít phút.',
  unavailable: 'Máy chủ thành phố đang bận. Sẽ thử lại sau.',
  internal: 'Máy chủ thành phố gặp lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi; sẽ thử lại.',
} as const;

/** Why a single mutation was rejected or parked (the `code` of a push result). */
export const mutationResultMessages = {
  unknown_op: 'Máy chủ thành phố chưa hiểu loại thay đổi này; đã giữ lại để xử lý sau.',
  payload_schema: 'Nội dung thay đổi không đúng mẫu máy chủ thành phố biết; đã giữ lại để xử lý sau.',
  entity_parked: 'Một thay đổi trước đó của cùng hồ sơ/số thứ tự đang bị giữ lại; thay đổi này xếp sau nó.',
  duplicate_mutation: 'Thay đổi này đã được máy chủ thành phố nhận với số thứ tự khác.',
  ticket_exists: 'Số thứ tự này đã có trên máy chủ thành phố.',
  ticket_unknown: 'Máy chủ thành phố chưa có số thứ tự này.',
  illegal_transition: 'Thao tác không hợp lệ với trạng thái hiện tại của số thứ tự trên máy chủ thành phố (có thể quầy khác đã gọi trước).',
  ticket_not_at_counter: 'Số thứ tự đang được phục vụ ở quầy khác.',
  state_mismatch: 'Kết quả thao tác khác với trạng thái máy chủ thành phố tính được.',
} as const;
export type MutationResultCode = keyof typeof mutationResultMessages;

/** The city dashboard (pages served by the city server) and its CSV export. */
export const dashboardText = {
  title: 'Tình hình đồng bộ các phường',
  signInTitle: 'Đăng nhập quản trị đồng bộ',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  wrongPassword: 'Mật khẩu không đúng.',
  noPassword: 'Chưa đặt mật khẩu quản trị. Hãy chạy lệnh "admin set-password" trên máy chủ thành phố.',
  signOut: 'Đăng xuất',
  wardsTitle: 'Phường',
  devicesTitle: 'Máy trạm',
  exportCsv: 'Tải danh sách máy (CSV)',
  generatedAt: 'Cập nhật lúc',
  wardCode: 'Mã phường',
  wardName: 'Tên phường',
  activeDevices: 'Số máy hoạt động',
  ticketsToday: 'Số phiếu hôm nay',
  openIncidents: 'Sự cố trùng số',
  parked: 'Thay đổi bị giữ lại',
  deviceId: 'Mã máy',
  slot: 'Vị trí quầy',
  status: 'Trạng thái',
  statusActive: 'Đang hoạt động',
  statusRevoked: 'Đã thu hồi',
  lastSeq: 'Đã nhận đến số',
  lastPush: 'Gửi lên gần nhất',
  lastPull: 'Tải về gần nhất',
  backlog: 'Chưa gửi (máy báo)',
  oldestPending: 'Chờ gửi từ',
  clockOffset: 'Lệch đồng hồ',
  appVersion: 'Phiên bản',
  never: 'chưa có',
  silentLegend: (minutes: number) => `Tô đỏ: máy đang hoạt động nhưng không liên lạc quá ${minutes} phút.`,
  silentYes: 'Mất liên lạc',
  offset: (ms: number) => `${ms < 0 ? '−' : '+'}${Math.round(Math.abs(ms) / 1000)} giây`,
} as const;
