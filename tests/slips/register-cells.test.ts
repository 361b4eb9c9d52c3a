import { describe, expect, it } from 'vitest';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { registerCells, type RegisterRow } from '../../src/shared/slips/register';
import { SAMPLE_APPLICANT, SAMPLE_CODE, sampleRegisterRows } from '../support/sample-slips';

// One line of the register (Mẫu 07) as the printed sheet and both files write it.

const row = (change: Partial<RegisterRow> = {}): RegisterRow => ({ ...sampleRegisterRows()[0]!, ...change });
const iso = (instant: string) => instant.slice(0, 16);

describe('a register line', () => {
  it('has a cell for each column of Mẫu 07, in order, with the empty ones empty', () => {
    const cells = registerCells(row(), 4, iso);
    expect(cells).toHaveLength(slipsText.register.columns.length);
    expect(cells).toEqual([
      '5',
      SAMPLE_CODE,
      'Đăng ký khai sinh',
      '1',
      SAMPLE_APPLICANT,
      'Số 12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội, 0912345678',
      '',
      '2026-12-07T02:35',
      '2026-12-10T09:30',
      '2026-12-07T07:00',
      '',
      '',
      '',
    ]);
  });

  it('notes a refusal, a stop and an extension before the clerk’s own notes, and leaves out a missing phone', () => {
    const notes = (change: Partial<RegisterRow>) => registerCells(row(change), 0, iso).at(-1);
    expect(notes({ status: 'refused' })).toBe('Từ chối giải quyết');
    expect(notes({ status: 'stopped', extended: true, notes: 'Người nộp rút hồ sơ' })).toBe(
      'Dừng giải quyết; Đã gia hạn; Người nộp rút hồ sơ',
    );
    expect(registerCells(row({ phone: null }), 0, iso)[5]).toBe('Số 12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội');
  });
});
