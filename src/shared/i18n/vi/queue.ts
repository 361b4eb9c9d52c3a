// The waiting line: tickets, calls, the counter page and the kiosk.

export const queueErrors = {
  service_not_found: 'Không tìm thấy dịch vụ.',
  service_inactive: 'Dịch vụ này hiện tạm ngừng cấp số.',
  counter_not_found: 'Không tìm thấy quầy.',
  counter_busy: 'Quầy đang có số chưa xử lý xong. Hãy hoàn thành, chuyển hoặc đánh dấu vắng mặt trước khi gọi số mới.',
  ticket_not_found: 'Không tìm thấy số thứ tự.',
  ticket_not_at_counter: 'Số thứ tự này không ở quầy của bạn.',
  ticket_not_yours: 'Thiết bị này chỉ được in lại số thứ tự do chính nó cấp.',
  illegal_transition: 'Không thể thực hiện thao tác này với số thứ tự ở trạng thái hiện tại.',
  capacity_reached: 'Dịch vụ đã hết số trong ngày hôm nay. Mời công dân quay lại vào ngày làm việc tiếp theo.',
  priority_not_found: 'Không tìm thấy đối tượng ưu tiên.',
  transfer_target_required: 'Hãy chọn dịch vụ hoặc quầy để chuyển đến.',
  transfer_same_place: 'Không thể chuyển đến chính dịch vụ và quầy hiện tại.',
  transfer_no_other_counter: 'Không có quầy nào khác phục vụ dịch vụ này. Hãy chọn một quầy cụ thể.',
} as const;

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

export const counterText = {
  title: 'Quầy tiếp nhận',
  chooseCounter: 'Quầy đang làm việc',
  // Default counters are named "Quầy N": say it once.
  counterLabel: (number: number, name: string) => (name === `Quầy ${number}` || !name ? `Quầy ${number}` : `Quầy ${number} – ${name}`),
  noCounters: 'Chưa có quầy nào đang hoạt động. Hãy thêm quầy trong phần Cài đặt.',
  current: 'Số đang phục vụ',
  noCurrent: 'Chưa gọi số nào. Nhấn F1 hoặc phím cách để gọi số tiếp theo.',
  priority: (name: string) => `Ưu tiên: ${name}`,
  calledAt: (clock: string) => `Gọi lúc ${clock}`,
  recalls: (count: number) => `Đã gọi lại ${count} lần`,
  waitingTitle: 'Đang chờ tại quầy này',
  waitingNone: 'Quầy này chưa phục vụ dịch vụ nào.',
  waitingNext: 'Tiếp theo:',
  waitingEmpty: 'Không có ai chờ',
  waitingPriority: (n: number) => `${n} ưu tiên`,
  priorityBadge: 'ưu tiên',
  noShowsTitle: 'Vắng mặt hôm nay',
  noShowsNone: 'Chưa có số nào vắng mặt.',
  returnToQueue: 'Đưa lại hàng chờ',
  keymapTitle: 'Phím tắt',
  actionsLabel: 'Thao tác với số đang phục vụ',
  nothingWaiting: 'Không còn ai đang chờ tại quầy này.',
  /** What the status line says once an action went through. */
  done: {
    callNext: (displayNumber: string, counterNumber: number) => `Đã gọi số ${displayNumber} đến quầy ${counterNumber}.`,
    recall: (displayNumber: string) => `Đã gọi lại số ${displayNumber}.`,
    startServing: (displayNumber: string) => `Đang phục vụ số ${displayNumber}.`,
    finish: (displayNumber: string) => `Đã hoàn thành số ${displayNumber}.`,
    markNoShow: (displayNumber: string) => `Đã ghi số ${displayNumber} vắng mặt.`,
    returnToQueue: (displayNumber: string) => `Đã đưa số ${displayNumber} trở lại hàng chờ.`,
    cancel: (displayNumber: string) => `Đã hủy số ${displayNumber}.`,
    transferToCounter: (displayNumber: string, serviceName: string, counterNumber: number) =>
      `Đã chuyển số ${displayNumber} (${serviceName}) đến quầy ${counterNumber}.`,
    transferToService: (displayNumber: string, serviceName: string) =>
      `Đã chuyển số ${displayNumber} sang ${serviceName}, chờ quầy khác gọi.`,
  },
  /** How the keys are written on the buttons and in the key table. */
  keyLabels: { space: 'Phím cách' },
  actions: {
    callNext: 'Gọi số tiếp theo',
    recall: 'Gọi lại',
    startServing: 'Bắt đầu phục vụ',
    finish: 'Hoàn thành',
    markNoShow: 'Vắng mặt',
    transfer: 'Chuyển',
    cancel: 'Hủy số',
    intake: 'Tiếp nhận hồ sơ',
    dossiers: 'Tìm, xử lý hồ sơ',
  },
  transferTitle: (displayNumber: string) => `Chuyển số ${displayNumber}`,
  transferService: 'Sang dịch vụ',
  transferKeepService: '— Giữ nguyên dịch vụ —',
  transferCounter: 'Đến quầy',
  transferAnyCounter: '— Quầy khác bất kỳ phục vụ dịch vụ này —',
  transferHint: 'Mũi tên lên/xuống để đổi lựa chọn, Tab sang ô tiếp theo, Enter để chuyển, Esc để quay lại.',
  transferSubmit: 'Chuyển số',
  cancelTitle: (displayNumber: string) => `Hủy số ${displayNumber}?`,
  cancelHint: 'Số đã hủy không thể gọi lại. Nhấn Enter để hủy số, Esc để quay lại.',
  cancelConfirm: 'Hủy số',
  back: 'Quay lại',
} as const;

export const kioskText = {
  title: 'Mời chọn dịch vụ',
  hint: 'Chạm vào dịch vụ bạn cần, hoặc nhấn phím số tương ứng.',
  waiting: (n: number) => `Đang chờ: ${n}`,
  estimatedWait: (minutes: number) => `Dự kiến chờ: ${minutes} phút`,
  remaining: (n: number) => `Còn ${n} số hôm nay`,
  soldOut: 'Đã hết số hôm nay',
  noServices: 'Hiện chưa có dịch vụ nào cấp số.',
  priorityTitle: 'Bạn có thuộc đối tượng ưu tiên không?',
  noPriority: 'Không ưu tiên',
  back: 'Quay lại',
  issuing: 'Đang cấp số…',
  retrying: 'Đang thử lại…',
  yourNumber: 'Số thứ tự của bạn',
  ahead: (n: number) => (n === 0 ? 'Không có ai đang chờ trước bạn' : `Còn ${n} người trước bạn`),
  eta: (clock: string) => `Dự kiến được gọi lúc ${clock}`,
  printing: 'Đang in phiếu…',
  printed: 'Mời nhận phiếu ở khe in.',
  // For the citizen: plain words, no printer or browser detail (the clerks' failed-print list has it).
  printFailed: 'Máy chưa in được phiếu cho bạn.',
  printFailedHint:
    'Số của bạn đã có trong hàng chờ: xin ghi nhớ số trên màn hình và chờ được mời. Bạn có thể nhấn “In lại”, hoặc hỏi cán bộ tại quầy.',
  reprint: 'In lại',
  done: 'Xong',
} as const;

/** Details appended to a queue error so the clerk sees which ticket or counter it is about. */
export const queueDetail = {
  counter: (n: number) => `(Quầy ${n})`,
  ticket: (displayNumber: string) => `(Số ${displayNumber})`,
  ticketInState: (displayNumber: string, state: string) => `(Số ${displayNumber}: ${state})`,
  /** The counter page's pseudo-service for tickets sent to this counter in particular. */
  transferredToCounter: (n: number) => `Chuyển đến quầy ${n}`,
  unknownPrintError: 'Không rõ lỗi',
} as const;
