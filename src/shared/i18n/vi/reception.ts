// Vietnamese text of Settings › Tiếp nhận hồ sơ: the counter's hours on days off and, per channel,
// when a dossier counts as received (the day its deadline is counted from).

export const receptionText = {
  title: 'Tiếp nhận hồ sơ và ngày bắt đầu tính hạn',
  intro:
    'Thời hạn giải quyết tính từ ngày tiếp theo của ngày hồ sơ được coi là đã tiếp nhận. Ngày đó tuỳ kênh nộp, giờ chốt và việc quầy có mở vào ngày nghỉ hay không.',
  dayOffOpening: 'Quầy mở nhận hồ sơ vào ngày nghỉ hằng tuần',
  openOn: (weekday: string) => `Mở quầy ${weekday}`,
  from: 'Từ',
  to: 'Đến',
  channel: 'Kênh nộp',
  dayOff: 'Nhận vào ngày nghỉ khi quầy mở',
  dayOffChoices: {
    that_day: 'Tính là nhận ngay ngày đó',
    next_working_day: 'Tính là nhận vào ngày làm việc tiếp theo',
  },
  cutoff: 'Giờ chốt trong ngày làm việc (để trống = giờ đóng cửa)',
  cutoffFor: (channel: string) => `Giờ chốt, kênh ${channel}`,
  dayOffFor: (channel: string) => `Nhận vào ngày nghỉ, kênh ${channel}`,
  basis: 'Căn cứ',
  basisFor: (channel: string) => `Căn cứ, kênh ${channel}`,
  confidenceFor: (channel: string) => `Độ tin cậy, kênh ${channel}`,
  confidence: 'Độ tin cậy',
  save: 'Lưu quy tắc tiếp nhận',
  saving: 'Đang lưu…',
  unsaved: 'Có thay đổi chưa lưu.',
} as const;
