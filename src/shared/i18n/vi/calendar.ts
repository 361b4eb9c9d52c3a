// Vietnamese text of the working calendar: labels for the calendar settings page and the errors a
// clerk sees when calendar data is rejected.

export const dayKindLabels = {
  holiday: 'Ngày nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  swapped_off: 'Nghỉ do hoán đổi',
  swapped_work: 'Làm bù (hoán đổi)',
} as const;

/** Indexed 0 = Sunday … 6 = Saturday, like Date.getUTCDay. */
export const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export const weekdayShortNames = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;

export const confidenceLabels = {
  C: 'Đã xác nhận theo nguồn',
  S: 'Nguồn thứ cấp, cần kiểm tra',
  U: 'Chưa xác nhận, cần kiểm tra văn bản chính thức',
} as const;

export const holidayStatusLabels = {
  in_force: 'Đang có hiệu lực',
  announced: 'Đã công bố chủ trương, chưa có hiệu lực',
} as const;

export const calendarLabels = {
  derivedSource: 'Tự tính theo Bộ luật Lao động (chưa có lịch nghỉ năm)',
  officeHours: 'Giờ làm việc',
  workingWeekdays: 'Ngày làm việc trong tuần',
  yearSchedule: 'Lịch nghỉ lễ, Tết năm',
} as const;

export const calendarErrors = {
  invalidData: 'Dữ liệu lịch làm việc không hợp lệ. Lịch chưa bị thay đổi; hãy kiểm tra lại các ngày đã nhập.',
  duplicateYear: 'Mỗi năm chỉ được có một lịch nghỉ lễ, Tết.',
  badRange: 'Khoảng năm của lịch làm việc không hợp lệ.',
} as const;

/** The name a derived compensatory day off carries in the year view. */
export const compensatoryDayName = (holidayName: string) => `Nghỉ bù ${holidayName}`;
