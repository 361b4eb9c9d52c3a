import { expect, test } from '../support/e2e-fixtures';

// Settings › Lịch làm việc in the built app: the clerk finds Tết 2026 on the February grid, adds a
// swapped working Saturday with the keyboard and saves the year.

test('shows Tết in February 2026, and a swapped working Saturday added from the grid is saved', async ({ ward }) => {
  const page = await ward.open('/settings');
  const section = page.getByTestId('calendar-section');
  await section.getByTestId('calendar-year').selectOption('2026');
  await section.getByTestId('calendar-month').selectOption('2');

  const tet = section.getByTestId('calendar-day-2026-02-17');
  await expect(tet).toHaveAttribute('data-kind', 'holiday');
  await expect(tet).toHaveAccessibleName(/Tết Nguyên đán \(mùng 1\)/);
  await expect(section.getByTestId('calendar-row-2026-02-17')).toContainText('C — Đã xác nhận theo nguồn');
  await expect(section.getByTestId('calendar-day-2026-02-28')).toHaveAttribute('data-kind', 'weekly_rest');

  await section.getByTestId('calendar-day-2026-02-28').focus();
  await page.keyboard.press('Enter');
  const form = section.getByTestId('calendar-day-form');
  await expect(form.getByTestId('calendar-day-kind')).toHaveValue('swapped_work');
  await form.getByTestId('calendar-day-name').fill('Làm bù thử nghiệm');
  await form.getByTestId('calendar-day-name').press('Enter');
  await expect(section.getByTestId('calendar-day-2026-02-28')).toHaveAttribute('data-kind', 'swapped_work');
  await expect(section.getByTestId('calendar-unsaved')).toHaveText('Có thay đổi chưa lưu.');

  await section.getByTestId('calendar-save-year').click();
  await expect(section.getByRole('status')).toHaveText(/Đã lưu/);
  await expect(section.getByTestId('calendar-unsaved')).toHaveText('');

  const stored = (await ward.call('listCalendarYears', {})).years.find((y) => y.year === 2026)!;
  expect(stored.days.find((d) => d.date === '2026-02-28')).toMatchObject({ kind: 'swapped_work', name: 'Làm bù thử nghiệm' });

  await page.reload();
  await section.getByTestId('calendar-year').selectOption('2026');
  await section.getByTestId('calendar-month').selectOption('2');
  await expect(section.getByTestId('calendar-day-2026-02-28')).toHaveAttribute('data-kind', 'swapped_work');
});

test('shows the 2026 National Day swap on the August grid, and lists the statutory holidays with rule, source and effective date', async ({
  ward,
}) => {
  const page = await ward.open('/settings');
  const section = page.getByTestId('calendar-section');
  await section.getByTestId('calendar-year').selectOption('2026');
  await section.getByTestId('calendar-month').selectOption('8');
  await expect(section.getByTestId('calendar-day-2026-08-22')).toHaveAttribute('data-kind', 'swapped_work');
  await expect(section.getByTestId('calendar-day-2026-08-31')).toHaveAttribute('data-kind', 'swapped_off');

  const holidays = page.getByTestId('statutory-holidays');
  await expect(holidays).toContainText('Danh sách kèm theo phần mềm');
  const gioTo = holidays.getByTestId('statutory-gio-to-hung-vuong');
  await expect(gioTo).toContainText('Ngày 10/3 âm lịch');
  await expect(gioTo).toContainText('Từ 01/01/2021');
  await expect(gioTo).toContainText('Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1');
  const cultureDay = holidays.getByTestId('statutory-ngay-van-hoa-viet-nam');
  await expect(cultureDay).toContainText('Đã công bố chủ trương, chưa có hiệu lực');

  const { rules } = await ward.call('getStatutoryRules', {});
  await ward.call('saveStatutoryRules', {
    rules: { ...rules, holidays: rules.holidays.map((h) => (h.id === 'ngay-van-hoa-viet-nam' ? { ...h, status: 'in_force' } : h)) },
  });
  await page.reload();
  await expect(cultureDay).toContainText('Đang có hiệu lực');
  await expect(holidays).toContainText('Danh sách cập nhật lúc');
});
