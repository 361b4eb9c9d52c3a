// Backups, restore and the diagnostic bundle (Settings, administrator only).

export const maintenanceErrors = {
  backup_not_found: 'Không tìm thấy bản sao lưu này trong thư mục sao lưu.',
  backup_damaged: 'Bản sao lưu bị hỏng (không qua được kiểm tra toàn vẹn), không thể khôi phục. Dữ liệu hiện tại không bị thay đổi.',
} as const;

export const maintenanceText = {
  heading: 'Sao lưu và chẩn đoán',
  hint: 'Dữ liệu được sao lưu tự động mỗi ngày và trước mỗi lần nâng cấp cơ sở dữ liệu.',
  folder: (folder: string, keepDays: number) => `Thư mục sao lưu: ${folder} (giữ ${keepDays} ngày).`,
  none: 'Chưa có bản sao lưu nào.',
  takenAt: 'Thời điểm',
  reason: 'Loại',
  size: 'Dung lượng',
  reasons: { daily: 'Hằng ngày', 'pre-migration': 'Trước nâng cấp' },
  restore: 'Khôi phục',
  confirmRestore: (when: string) =>
    `Khôi phục dữ liệu về bản sao lưu lúc ${when}? Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng (dữ liệu hiện tại được giữ lại riêng). Dịch vụ sẽ dừng; hãy mở lại ứng dụng để hoàn tất.`,
  restoreStaged: 'Đã kiểm tra bản sao lưu. Dịch vụ đang dừng: hãy mở lại ứng dụng để hoàn tất khôi phục.',
  exportDiagnostics: 'Xuất gói chẩn đoán',
  exported: (fileName: string) => `Đã tải xuống ${fileName}.`,
} as const;

/** Shown by the desktop app's start-failure dialog and printed by `npm run serve` when the database is damaged. */
export const damagedDatabaseText = (backup: string | null) =>
  backup
    ? `Cơ sở dữ liệu bị hỏng nên ứng dụng không mở nó. Bản sao lưu tốt gần nhất: ${backup}. Bộ phận CNTT khôi phục bằng lệnh: npm run serve -- --restore-backup "${backup}" (xem README, mục Sao lưu).`
    : 'Cơ sở dữ liệu bị hỏng nên ứng dụng không mở nó, và không có bản sao lưu tốt nào. Hãy liên hệ bộ phận CNTT (xem README, mục Sao lưu).';
