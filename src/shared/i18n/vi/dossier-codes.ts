// Official dossier codes: the errors a clerk may meet when a code is drawn, and the settings section.

export const dossierCodeErrors = {
  dossier_code_not_configured: 'Chưa cài đặt mã đơn vị và khối số của máy này, nên chưa cấp được mã hồ sơ. Hãy vào Cài đặt › Mã hồ sơ.',
  dossier_code_block_used_up:
    'Máy này đã dùng hết khối số hồ sơ của ngày hôm nay. Hãy tiếp nhận trên máy khác hoặc đổi sang khối số chưa dùng trong Cài đặt.',
  dossier_code_day_unsupported: 'Ngày tiếp nhận nằm ngoài khoảng năm 2000–2099 mà mã hồ sơ ghi được. Hãy kiểm tra ngày giờ của máy tính.',
} as const;

export const dossierCodeText = {
  title: 'Mã hồ sơ',
  intro:
    'Mã hồ sơ có dạng <mã đơn vị>-<năm tháng ngày>-<số thứ tự>. Mỗi máy tiếp nhận dùng một khối số riêng để hai máy không bao giờ cấp trùng mã, kể cả khi mất mạng.',
  unitCode: 'Mã đơn vị (theo cấu hình của Thành phố)',
  unitCodeHint: 'Ví dụ: 000.A0.01.H26. Chỉ gồm chữ in hoa, chữ số và dấu chấm.',
  slot: 'Khối số của máy này',
  slotOption: (first: string, last: string) => `${first}–${last}`,
  nextCode: 'Mã hồ sơ tiếp theo',
  noNextCode: 'Chưa cấp được mã (chưa cài đặt hoặc đã hết khối số hôm nay).',
  save: 'Lưu cài đặt mã hồ sơ',
  saved: 'Đã lưu cài đặt mã hồ sơ.',
  notConfigured: 'Chưa cài đặt.',
} as const;
