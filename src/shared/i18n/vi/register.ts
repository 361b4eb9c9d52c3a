import { REGISTER_MAX_DAYS, REGISTER_PRINT_MAX_ROWS } from '../../api/register';

// The register of dossiers (Mẫu 07) on the close-day page: pick the days, download or print.

export const registerErrors = {
  register_too_long: `Khoảng thời gian này có hơn ${REGISTER_PRINT_MAX_ROWS.toLocaleString('vi-VN')} hồ sơ, quá dài để in. Hãy chọn khoảng ngắn hơn, hoặc tải tệp CSV/XLSX.`,
} as const;

export const registerText = {
  heading: 'Sổ theo dõi hồ sơ (Mẫu 07)',
  from: 'Từ ngày',
  to: 'Đến ngày',
  csv: 'Tải CSV',
  xlsx: 'Tải XLSX',
  print: 'In sổ',
  hint: `Các hồ sơ tiếp nhận trong khoảng ngày đã chọn (tối đa ${REGISTER_MAX_DAYS} ngày). Mỗi lần tải hoặc in được ghi vào nhật ký truy cập dữ liệu cá nhân.`,
  reversed: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
  tooLong: `Chỉ chọn được tối đa ${REGISTER_MAX_DAYS} ngày.`,
  downloaded: (fileName: string) => `Đã tải ${fileName}.`,
  printed: 'Đã gửi sổ theo dõi hồ sơ đến máy in.',
} as const;
