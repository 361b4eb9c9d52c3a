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

/** Error codes of the calendar methods. */
export const calendarApiErrors = {
  calendar_year_invalid: 'Lịch nghỉ lễ, Tết của năm chưa được lưu vì có chỗ chưa đúng.',
  calendar_year_out_of_range: 'Năm này nằm ngoài khoảng năm của lịch làm việc.',
  office_settings_invalid:
    'Giờ làm việc chưa được lưu: các buổi phải theo thứ tự và không chồng nhau, ngày mở quầy ngoài giờ phải là ngày nghỉ hằng tuần và mỗi ngày chỉ nhập một lần.',
  due_date_out_of_range: 'Không tính được ngày hẹn trả: thời hạn vượt quá khoảng năm của lịch làm việc.',
  statutory_rules_invalid: 'Danh sách ngày nghỉ lễ, Tết theo quy định chưa được lưu vì có chỗ chưa đúng.',
} as const;

/** What is wrong with statutory rules being saved. */
export const statutoryRulesProblems = {
  holidayDropped: (name: string) =>
    `Không thể xoá ngày lễ "${name}" khỏi danh sách: các năm đã qua vẫn tính theo ngày lễ này. ` +
    'Nếu luật đã bỏ ngày lễ này, hãy ghi ngày hết hiệu lực và văn bản căn cứ.',
} as const;

/** The line a due date carries when a year it was counted through has no published schedule. */
export const dueDateNotice = {
  derivedYears: (years: readonly number[]) =>
    `Ngày hẹn chưa chắc chắn: năm ${years.join(', ')} chưa có lịch nghỉ lễ chính thức, ` +
    'ngày nghỉ được tự tính theo quy định. Cần kiểm tra lại khi có lịch nghỉ năm.',
} as const;

const dayMonthYear = (isoDay: string) => `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}/${isoDay.slice(0, 4)}`;

/** What is wrong with one part of a year being saved; each names the day or source it is about. */
export const calendarYearProblems = {
  noSuchDay: (typed: string) => `Ngày "${typed}" không có thật trên lịch.`,
  otherYear: (isoDay: string, year: number) => `Ngày ${dayMonthYear(isoDay)} không thuộc năm ${year}.`,
  listedTwice: (isoDay: string) => `Ngày ${dayMonthYear(isoDay)} được nhập hai lần.`,
  unknownSource: (isoDay: string) => `Ngày ${dayMonthYear(isoDay)}: nguồn (văn bản căn cứ) không có trong danh sách nguồn của năm.`,
  duplicateSource: (id: string) => `Mã nguồn "${id}" được dùng cho hai nguồn khác nhau.`,
  swappedWorkOnWorkingDay: (isoDay: string) =>
    `Ngày ${dayMonthYear(isoDay)} vốn là ngày làm việc, nên không thể là ngày làm bù; ngày làm bù phải là ngày nghỉ hằng tuần.`,
  dayOffOnRestDay: (isoDay: string) =>
    `Ngày ${dayMonthYear(isoDay)} là ngày nghỉ hằng tuần; nghỉ bù hoặc nghỉ hoán đổi phải rơi vào ngày làm việc.`,
  /** `holidays` as made by missingHoliday, one per statutory holiday the year leaves out. */
  missingHolidays: (year: number, holidays: readonly string[]) =>
    `Lịch năm ${year} thiếu ngày nghỉ lễ, Tết theo quy định: ${holidays.join('; ')}. ` +
    'Hãy thêm các ngày này, hoặc nêu văn bản pháp luật đã bỏ ngày lễ đó.',
  unknownHoliday: (id: string) => `"${id}" không phải mã của ngày nghỉ lễ nào trong danh sách ngày nghỉ lễ theo quy định.`,
  holidayRemovedTwice: (name: string) => `Ngày lễ "${name}" được nêu là đã bỏ hai lần.`,
} as const;

/** One statutory holiday a year being saved leaves out, and where the law puts it that year. */
export const missingHoliday = {
  onDay: (name: string, isoDay: string) => `${name} (ngày ${dayMonthYear(isoDay)})`,
  nextTo: (name: string, isoDay: string) => `${name} (ngày liền trước hoặc liền sau ${dayMonthYear(isoDay)})`,
  workingDaysOff: (name: string, count: number, newYear: string) =>
    `${name} (${count} ngày làm việc được nghỉ quanh mùng 1 Tết ${dayMonthYear(newYear)})`,
} as const;

/** A statutory holiday's date rule, as the settings page lists it. */
export const holidayRuleText = {
  solar: (day: number, month: number) => `Ngày ${day}/${month} dương lịch`,
  lunar: (day: number, month: number) => `Ngày ${day}/${month} âm lịch`,
  lunarNewYear: (daysBefore: number, daysFrom: number) =>
    `${daysBefore + daysFrom} ngày: ${daysBefore} ngày cuối năm âm lịch cũ và ${daysFrom} ngày đầu năm mới (Thủ tướng quyết định cụ thể hằng năm)`,
  adjacentToSolar: (day: number, month: number) => `Một ngày liền trước hoặc liền sau ngày ${day}/${month} dương lịch`,
} as const;

/** The statutory holidays part of the calendar settings. */
export const statutoryHolidaysText = {
  title: 'Ngày nghỉ lễ, Tết theo quy định',
  intro:
    'Năm chưa có lịch nghỉ chính thức được tự tính theo danh sách này. Thành phố cập nhật danh sách khi luật thay đổi; mỗi ngày lễ ghi rõ văn bản căn cứ và ngày có hiệu lực.',
  name: 'Ngày lễ',
  rule: 'Ngày nghỉ',
  status: 'Trạng thái',
  effective: 'Hiệu lực',
  source: 'Văn bản căn cứ',
  effectiveRange: (from: string, to: string | undefined) =>
    to ? `Từ ${dayMonthYear(from)} đến ${dayMonthYear(to)}` : `Từ ${dayMonthYear(from)}`,
  shippedRules: 'Danh sách kèm theo phần mềm (chưa được thành phố hay quản trị viên cập nhật).',
  actions: 'Thao tác',
  edit: 'Sửa',
  add: 'Thêm ngày lễ theo quy định mới',
  editTitle: (name: string) => `Sửa ngày lễ: ${name}`,
  addTitle: 'Thêm ngày lễ (ngày cố định theo dương lịch)',
  day: 'Ngày',
  month: 'Tháng',
  effectiveFrom: 'Có hiệu lực từ ngày',
  effectiveTo: 'Hết hiệu lực sau ngày (để trống nếu còn hiệu lực)',
  sourceTitle: 'Văn bản căn cứ (số, tên, ngày ban hành)',
  sourceUrl: 'Địa chỉ trang (nếu có)',
  confidence: 'Độ tin cậy',
  save: 'Lưu danh sách ngày lễ',
  saving: 'Đang lưu…',
  cancel: 'Huỷ',
  updatedRules: (at: string) => `Danh sách cập nhật lúc ${at}.`,
} as const;

/** The calendar section of the settings page. */
export const calendarSettingsText = {
  title: 'Lịch làm việc',
  intro:
    'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù dùng để tính ngày hẹn trả kết quả. Năm chưa có lịch nghỉ được tự tính theo Bộ luật Lao động và cần kiểm tra.',
  year: 'Năm',
  month: 'Tháng',
  monthName: (month: number) => `Tháng ${month}`,
  previousMonth: 'Tháng trước',
  nextMonth: 'Tháng sau',
  derivedYear: 'Năm này chưa có lịch nghỉ chính thức: các ngày dưới đây được tự tính theo Bộ luật Lao động (chưa xác nhận).',
  storedYear: (updatedAt: string) => `Lịch đã lưu lúc ${updatedAt}.`,
  gridLabel: (month: number, year: number) => `Lịch tháng ${month}/${year}`,
  dayOff: 'Ngày nghỉ',
  workingDay: 'Ngày làm việc',
  weeklyRest: 'Nghỉ hằng tuần',
  daysOfYear: 'Các ngày đặc biệt trong năm',
  date: 'Ngày',
  kind: 'Loại ngày',
  name: 'Tên ngày',
  source: 'Nguồn',
  confidence: 'Độ tin cậy',
  actions: 'Thao tác',
  addDay: 'Thêm ngày',
  editDay: 'Sửa',
  removeDay: 'Xoá',
  saveDay: 'Ghi ngày vào danh sách',
  cancelEdit: 'Huỷ',
  saveYear: 'Lưu lịch năm',
  saving: 'Đang lưu…',
  saved: 'Đã lưu lịch năm.',
  unsaved: 'Có thay đổi chưa lưu.',
  sources: 'Nguồn (văn bản căn cứ)',
  sourceTitle: 'Tên văn bản / nguồn',
  sourceUrl: 'Địa chỉ trang (nếu có)',
  addSource: 'Thêm nguồn',
  dayName: (kind: string, name: string) => `${kind}: ${name}`,
  noDays: 'Chưa có ngày nào.',
  derivedTag: '(tự tính)',
  legend: 'Chú thích',
} as const;
