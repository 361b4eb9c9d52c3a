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

/** Letters as Vietnamese spell them aloud (B "bê", C "xê", …); F, J, W, Z by their usual loan names. */
export const spokenLetterNames: Readonly<Record<string, string>> = {
  A: 'a',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  E: 'e',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e lờ',
  M: 'em mờ',
  N: 'en nờ',
  O: 'o',
  P: 'pê',
  Q: 'quy',
  R: 'e rờ',
  S: 'ét xì',
  T: 'tê',
  U: 'u',
  V: 'vê',
  W: 'vê kép',
  X: 'ích xì',
  Y: 'i dài',
  Z: 'dét',
};

/** The words of the bundled voice clips, by clip name (scripts/make-voice-clips.sh synthesises each). */
export const spokenPhrases: Readonly<Record<string, string>> = {
  'moi-cong-dan-co-so': 'Mời công dân có số',
  'den-quay-so': 'đến quầy số',
  khong: 'không',
  mot: 'một',
  hai: 'hai',
  ba: 'ba',
  bon: 'bốn',
  nam: 'năm',
  sau: 'sáu',
  bay: 'bảy',
  tam: 'tám',
  chin: 'chín',
  /** "mười": ten, and the tens word of 11–19. */
  muoi: 'mười',
  /** "mươi": the tens word of 20–99 ("hai mươi"). */
  'muoi-chuc': 'mươi',
  /** "mốt": a final 1 after "mươi" ("hai mươi mốt"). */
  'mot-sac': 'mốt',
  /** "lăm": a final 5 after the tens ("mười lăm", "hai mươi lăm"). */
  lam: 'lăm',
};
