import type { OfficeSettings } from '../calendar-data';
import { defaultReceptionRules } from './reception-rules';

// Default office week and hours of a ward's one-stop counter, used until the ward sets its own.
export const defaultOfficeSettings: OfficeSettings = {
  workingWeekdays: [1, 2, 3, 4, 5],
  sessions: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  source: {
    title: 'Giờ hành chính mặc định thứ Hai – thứ Sáu, 08:00–12:00 và 13:00–17:00',
    confidence: 'U',
    note: 'Căn cứ pháp lý của tuần làm việc 5 ngày chưa được kiểm tra; giờ làm việc của từng phường do phường đặt (one-stop-rules §3.1).',
  },
  dayOffOpening: [],
  reception: defaultReceptionRules,
};
