import type { DossierStatus, DossierStep } from '../../dossier/dossier-state';
import type { ProcessingStatus } from '../../dossier/processing-steps';

// Dossiers received at the counter: the errors a clerk may meet during intake and the lifecycle, and
// the names of statuses and steps as the counter shows them.

export const dossierErrors = {
  dossier_not_found: 'Không tìm thấy hồ sơ.',
  dossier_step_not_allowed: 'Hồ sơ đang ở trạng thái không cho phép thao tác này; hồ sơ không thay đổi.',
  dossier_reason_required: 'Cần ghi rõ lý do cho thao tác này.',
  dossier_new_due_required: 'Gia hạn cần ngày giờ hẹn trả mới.',
  dossier_new_due_not_later: 'Ngày giờ hẹn trả mới phải sau ngày giờ hẹn hiện tại.',
  dossier_new_due_only_for_extension: 'Chỉ khi gia hạn mới đổi ngày giờ hẹn trả.',
  dossier_deadline_required:
    'Thủ tục này chưa có thời hạn giải quyết trong danh mục. Hãy nhập thời hạn cho hồ sơ này (ghi nhận là do cán bộ nhập).',
  dossier_deadline_from_catalogue: 'Thủ tục này đã có thời hạn giải quyết trong danh mục; không nhập thời hạn khác.',
  dossier_fee_facts_missing: 'Chưa đủ thông tin để tính lệ phí (số trang, số bản hoặc số việc).',
  dossier_fee_amount_required: 'Thủ tục này chưa có mức lệ phí trong danh mục. Hãy nhập số tiền thu (0 nếu không thu).',
  dossier_fee_amount_not_allowed: 'Lệ phí của thủ tục này được tính theo danh mục; không nhập số tiền khác.',
  dossier_channel_not_offered: 'Thủ tục này không tiếp nhận qua hình thức đã chọn.',
} as const;

export const dossierStatusText: Record<DossierStatus, string> = {
  received: 'Đã tiếp nhận',
  transferred: 'Đã chuyển xử lý',
  processing: 'Đang xử lý',
  supplement_requested: 'Chờ bổ sung',
  result_ready: 'Có kết quả',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối',
  stopped: 'Dừng xử lý',
};

export const dossierStepText: Record<DossierStep, string> = {
  transfer: 'Chuyển xử lý',
  start_processing: 'Bắt đầu xử lý',
  request_supplement: 'Yêu cầu bổ sung',
  resume_processing: 'Tiếp tục xử lý sau bổ sung',
  mark_result_ready: 'Có kết quả',
  return_result: 'Trả kết quả',
  refuse: 'Từ chối',
  stop: 'Dừng xử lý',
  extend: 'Gia hạn',
};

const processingStatusText: Record<ProcessingStatus, string> = {
  processing: 'Đang xử lý',
  supplement_requested: 'Chờ bổ sung',
  extended: 'Gia hạn',
  result_ready: 'Có kết quả',
  refused: 'Từ chối',
  stopped: 'Dừng xử lý',
};

/** Statuses the processing side posted at the city, as the counter shows them once pulled. */
export const cityStepText = {
  /** Shown where a counter step shows its PC: the step was not taken at any PC of the ward. */
  processingSide: 'Bộ phận xử lý (qua máy chủ thành phố)',
  conflict: (posted: ProcessingStatus, wardStatus: DossierStatus) =>
    `Bộ phận xử lý báo hồ sơ "${processingStatusText[posted]}" nhưng tại quầy hồ sơ đang ở trạng thái "${dossierStatusText[wardStatus]}", ` +
    'nên thay đổi này chưa được áp dụng. Hãy liên hệ bộ phận xử lý để thống nhất trạng thái hồ sơ.',
} as const;

/** Why a step was refused, naming the status and the step, never the citizen. */
export const dossierDetail = {
  step: (status: DossierStatus, step: DossierStep) => `(Trạng thái: ${dossierStatusText[status]}; thao tác: ${dossierStepText[step]}.)`,
} as const;

/** The intake screen on the counter page: one dossier received from the citizen in front of the clerk. */
export const intakeText = {
  title: 'Tiếp nhận hồ sơ',
  forTicket: (displayNumber: string) => `cho số ${displayNumber}`,
  hint: 'Quét CCCD, gõ tên thủ tục không dấu rồi Enter, Space đánh dấu giấy tờ đã đủ, Ctrl+Enter để lưu và in giấy tiếp nhận; Alt+U khi có người nộp thay.',
  applicantTitle: 'Người nộp hồ sơ',
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  sex: 'Giới tính',
  address: 'Địa chỉ',
  phone: 'Số điện thoại (nếu có)',
  procedure: 'Thủ tục (mã hoặc tên không dấu; ↑ ↓ để chọn, Enter)',
  procedureNone: 'Không có thủ tục nào khớp.',
  procedureChange: 'Đổi thủ tục',
  checklistTitle: 'Giấy tờ (Space: đủ / thiếu)',
  checklistNone: 'Danh mục chưa có thành phần hồ sơ của thủ tục này.',
  present: 'đủ',
  missing: 'thiếu',
  optional: '(nếu có)',
  addDocument: 'Giấy tờ khác đã nhận (gõ tên, Enter để thêm)',
  kinds: { original: 'bản chính', copy: 'bản sao', either: 'bản chính hoặc bản sao' },
  fee: 'Lệ phí',
  feeAmount: (dong: number) => `${dong.toLocaleString('vi-VN')} đồng`,
  feeFacts: { pages: 'Số trang', copies: 'Số bản', cases: 'Số việc' },
  feeNeedsFacts: 'Nhập số trang, số bản hoặc số việc để tính lệ phí.',
  feeExemption: 'Lý do miễn lệ phí (nếu miễn)',
  feeByClerk: 'Danh mục chưa có mức lệ phí: số tiền thu (đồng)',
  deadlineDays: 'Danh mục chưa có thời hạn: số ngày làm việc cho hồ sơ này',
  verification: (days: number, longer: number) => `Cần xác minh (thời hạn ${longer} thay vì ${days} ngày làm việc)`,
  representativeOpen: 'Người nộp thay (được ủy quyền)',
  representativeTitle: 'Người nộp thay người có yêu cầu (được ủy quyền)',
  representativeName: 'Họ và tên người được ủy quyền',
  representativeIdNumber: 'Số định danh cá nhân (12 số)',
  representativeAuthorisation: 'Văn bản ủy quyền (số, ngày)',
  needRepresentative: 'Người nộp thay cần đủ họ tên, số định danh và văn bản ủy quyền; hoặc nhấn Alt+U để bỏ phần này.',
  due: 'Hẹn trả',
  dueAt: (time: string, date: string) => `${time} ngày ${date}`,
  dueWaiting: 'Chọn thủ tục để tính ngày hẹn.',
  calendarMark: '(*) lịch chưa xác nhận',
  returnMethod: 'Nhận kết quả',
  notes: 'Ghi chú',
  save: 'Lưu và in giấy tiếp nhận (Ctrl+Enter)',
  saving: 'Đang lưu…',
  retrying: (attempt: number) => `Mất kết nối, đang gửi lại (lần ${attempt})…`,
  noDocumentPresent: 'Chưa có giấy tờ nào được đánh dấu đủ.',
  needApplicant: 'Chưa có thông tin người nộp: quét CCCD hoặc nhập tay.',
  needProcedure: 'Chưa chọn thủ tục.',
  saved: (code: string) => `Đã tiếp nhận hồ sơ ${code}`,
  printed: 'Đã gửi giấy tiếp nhận tới máy in.',
  printFailed: (message: string) => `Chưa in được giấy tiếp nhận: ${message}`,
  reprint: 'In lại giấy tiếp nhận',
  /** Required papers ticked thiếu: the dossier is not received, the citizen gets Mẫu 02 (one-stop-rules §1.2, step 2a). */
  incompleteTitle: 'Hồ sơ chưa đủ: in phiếu yêu cầu bổ sung (Mẫu 02), chưa tiếp nhận',
  saveIncomplete: 'In phiếu yêu cầu bổ sung (Ctrl+Enter)',
  refuse: 'Từ chối tiếp nhận (Ctrl+Shift+Enter)',
  refuseTitle: 'Từ chối tiếp nhận: in phiếu từ chối (Mẫu 03)',
  refuseSubmit: 'In phiếu từ chối (Ctrl+Enter)',
  refuseCancel: 'Quay lại hồ sơ (Esc)',
  refusedPrinted: 'Đã gửi phiếu từ chối tiếp nhận (Mẫu 03) tới máy in. Hồ sơ không được tiếp nhận.',
  supplementPrinted: 'Đã gửi phiếu yêu cầu bổ sung (Mẫu 02) tới máy in. Hồ sơ chưa được tiếp nhận.',
  slipPrintFailed: (message: string) => `Chưa in được phiếu: ${message}`,
  slipReprint: 'In lại phiếu',
} as const;

/** The fields of the notices (Mẫu 02 and 03), on the intake screen and in the dossier view alike. */
export const noticeText = {
  missingItems: 'Nội dung cần bổ sung, hoàn thiện (mỗi dòng một mục)',
  missingBasis: 'Lý do, căn cứ',
  /** Our wording: the papers come from the procedure's own list in the catalogue. */
  basisFromCatalogue: 'Thuộc thành phần hồ sơ của thủ tục theo danh mục thủ tục hành chính',
  contactPhone: 'Số điện thoại liên hệ ghi trên phiếu',
  refusalReason: 'Lý do từ chối (bắt buộc)',
  legalBasis: 'Căn cứ pháp lý (nếu có)',
  needMissingItems: 'Ghi ít nhất một nội dung cần bổ sung.',
  needBasis: 'Ghi lý do, căn cứ của yêu cầu bổ sung.',
  needContactPhone: 'Số điện thoại liên hệ chỉ gồm chữ số (8 đến 15 số), ví dụ 02438251234.',
  needRefusalReason: 'Phiếu từ chối phải ghi rõ lý do.',
  needApplicantForSlip: 'Chưa đủ thông tin người nộp để in phiếu (họ tên, địa chỉ).',
  /** What the dossier's history keeps of a supplement request: the items, then the basis. */
  supplementReason: (items: readonly string[], basis: string) =>
    `Yêu cầu bổ sung: ${items.map((item, i) => `${i + 1}. ${item}`).join('; ')}. Lý do, căn cứ: ${basis}`,
  refusalWithBasis: (reason: string, basis: string) => `${reason} (Căn cứ: ${basis})`,
} as const;

/** The dossier panel on the counter page: the four lists, the search, one dossier and its steps. */
export const dossierPanelText = {
  title: 'Hồ sơ',
  hint: '← → đổi danh sách (khi ô tìm kiếm trống), ↑ ↓ chọn, Enter mở hồ sơ, Esc đóng.',
  search: 'Tìm theo mã hồ sơ, số CCCD, số điện thoại hoặc tên không dấu',
  lists: {
    due_today: 'Đến hạn hôm nay',
    overdue: 'Quá hạn',
    supplement_requested: 'Chờ bổ sung',
    result_ready: 'Có kết quả chờ trả',
  },
  searchResults: (query: string) => `Kết quả tìm "${query}"`,
  loading: 'Đang tải…',
  empty: 'Không có hồ sơ nào.',
  noMatch: 'Không tìm thấy hồ sơ nào khớp.',
  overdueDays: (days: number) => (days === 0 ? 'quá giờ hẹn hôm nay' : `quá hạn ${days} ngày làm việc`),
  dueAt: (time: string, date: string) => `hẹn ${time} ${date}`,
  back: 'Về danh sách (Esc)',
  detailTitle: (code: string) => `Hồ sơ ${code}`,
  status: 'Trạng thái',
  applicant: 'Người nộp',
  idNumber: 'Số CCCD',
  phone: 'Điện thoại',
  address: 'Địa chỉ',
  representative: 'Người được ủy quyền',
  representativeOf: (name: string, authorisation: string) => `${name} (${authorisation})`,
  procedure: 'Thủ tục',
  documents: 'Giấy tờ đã nhận',
  documentLine: (name: string, kind: 'original' | 'copy', count: number) =>
    `${name} (${kind === 'original' ? 'bản chính' : 'bản sao'}, ${count})`,
  fee: 'Lệ phí',
  feeExempted: (reason: string) => `miễn (${reason})`,
  receivedAt: 'Tiếp nhận lúc',
  due: 'Hẹn trả',
  clerk: 'Cán bộ tiếp nhận',
  notes: 'Ghi chú',
  historyTitle: 'Quá trình xử lý',
  conflictsTitle: 'Trạng thái từ bộ phận xử lý chưa áp dụng được',
  historyColumns: { at: 'Thời gian', action: 'Thao tác', clerk: 'Cán bộ', reason: 'Lý do, ghi chú' },
  receiveAction: 'Tiếp nhận',
  newDue: (time: string, date: string) => `hẹn mới ${time} ${date}`,
  byDevice: (device: string) => `(máy ${device})`,
  stepsTitle: 'Thao tác (bấm phím số)',
  noSteps: 'Hồ sơ đã kết thúc: không còn thao tác nào.',
  printsTitle: 'In',
  reason: 'Lý do',
  reasonOptional: 'Ghi chú (nếu có)',
  newDueDate: 'Ngày hẹn trả mới',
  newDueTime: 'Giờ hẹn trả mới',
  needNewDue: 'Nhập ngày và giờ hẹn trả mới.',
  confirm: (step: string) => `Xác nhận: ${step} (Enter / Ctrl+Enter)`,
  cancel: 'Hủy (Esc)',
  saving: 'Đang lưu…',
  retrying: (attempt: number) => `Mất kết nối, đang gửi lại (lần ${attempt})…`,
  stepDone: (step: string) => `Đã ghi: ${step}.`,
  printed: (slip: string) => `Đã gửi ${slip} tới máy in.`,
  printFailed: (slip: string, message: string) => `Chưa in được ${slip}: ${message}`,
  prints: {
    receipt: 'In lại giấy tiếp nhận (Mẫu 01)',
    supplement: 'phiếu yêu cầu bổ sung (Mẫu 02)',
    refusal: 'phiếu từ chối (Mẫu 03)',
    receiptName: 'giấy tiếp nhận (Mẫu 01)',
    extension: 'văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04)',
    stop: 'thông báo dừng giải quyết (Mẫu 05)',
    controlSheet: 'In phiếu kiểm soát quá trình (Mẫu 06)',
    controlSheetName: 'phiếu kiểm soát quá trình (Mẫu 06)',
  },
} as const;
