import type { Settings } from '../../../shared/api/schemas';

// The embedded defaults a fresh install starts with, so a ward can issue tickets before anyone
// opens the settings. Fields follow the commune-level fields of the domain notes (§4.1).

export const DEFAULT_SERVICES = [
  { code: 'HOTICH', name: 'Tư pháp – Hộ tịch', letter: 'A', fields: ['Hộ tịch', 'Nuôi con nuôi'] },
  { code: 'CHUNGTHUC', name: 'Chứng thực', letter: 'B', fields: ['Chứng thực'] },
  { code: 'DATDAI', name: 'Đất đai – Xây dựng', letter: 'C', fields: ['Đất đai', 'Xây dựng'] },
  { code: 'XAHOI', name: 'Bảo trợ xã hội – Người có công', letter: 'D', fields: ['Bảo trợ xã hội', 'Người có công'] },
  {
    code: 'HKD',
    name: 'Hộ kinh doanh – Lĩnh vực khác',
    letter: 'E',
    fields: ['Thành lập và hoạt động của hộ kinh doanh', 'Giáo dục', 'Hòa giải ở cơ sở'],
  },
] as const;

export const DEFAULT_COUNTERS = [1, 2, 3].map((n) => ({ number: n, name: `Quầy ${n}` }));

export const DEFAULT_PRIORITY_CATEGORIES = [
  'Người cao tuổi',
  'Người khuyết tật',
  'Phụ nữ mang thai',
  'Thương binh, bệnh binh, người có công',
  // Local policy rather than national law (domain notes §7.1): a ward may switch it off in settings.
  'Người có con nhỏ',
] as const;

export const DEFAULT_SETTINGS: Settings = {
  // No name of the head's own: the city's name for the enrolled ward is shown (see ward-name.ts).
  wardName: '',
  announceRepeat: 2,
  ticketPrinter: null,
  documentPrinter: null,
};
