// The waiting-room display board.

export const displayText = {
  nowServing: 'Đang mời',
  counter: (n: number) => `Quầy ${n}`,
  noCall: '—',
  recentCalls: 'Số vừa gọi',
  noRecentCalls: 'Chưa gọi số nào.',
  waiting: 'Đang chờ',
  waitingCount: (n: number) => `${n} người`,
  offline: 'Mất kết nối máy chủ — đang thử kết nối lại',
  unauthorized: 'Màn hình chưa được ghép nối với máy chủ. Mở /pair để nhập mã ghép nối.',
  loading: 'Đang tải…',
  enableSound: 'Bật âm thanh',
  soundLockedHint: 'Trình duyệt đang tắt tiếng. Bấm để nghe thông báo gọi số.',
  announcementLog: 'Thông báo đã đọc',
  recall: 'gọi lại',
  voices: { speech: 'Giọng đọc của máy', clips: 'Giọng đọc có sẵn', chime: 'Chuông báo' },
} as const;
