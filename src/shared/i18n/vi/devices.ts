// LAN devices: pairing and revocation.

export const deviceErrors = {
  pairing_code_invalid: 'Mã ghép nối không đúng hoặc đã hết hạn.',
  pairing_locked: 'Thiết bị này đã nhập sai mã ghép nối quá nhiều lần nên tạm thời bị khóa.',
  device_not_found: 'Không tìm thấy thiết bị.',
} as const;

export const pairText = {
  title: 'Ghép nối thiết bị',
  hint: 'Nhập mã 6 chữ số hiển thị trong phần Cài đặt của máy chủ điểm phục vụ.',
  codeLabel: 'Mã ghép nối',
  submit: 'Ghép nối',
  pairing: 'Đang ghép nối…',
} as const;

export const deviceText = {
  /** How the PC running the ward service names itself in device lists and histories. */
  thisPc: 'Máy này',
  counterNumberRequired: 'Thiết bị quầy cần số quầy.',
  retryInMinutes: (minutes: number) => `Hãy thử lại sau ${minutes} phút.`,
} as const;
