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
  forTicket: (displayNumber: string) => `Cho số ${displayNumber}`,
  hint: 'Quét CCCD, gõ tên thủ tục không dấu rồi Enter, Space đánh dấu giấy tờ đã đủ, Ctrl+Enter để lưu và in giấy tiếp nhận.',
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
} as const;
