import { expect, test } from '../support/e2e-fixtures';

// Settings › Lịch làm việc in the built app: the clerk finds Tết 2026 on the February grid, adds a
// swapped working Saturday with the keyboard and saves the year; the admin keeps the statutory
// holidays, which move due dates in years without a published schedule.

test('shows Tết in February 2026, and a swapped working Saturday added from the grid is saved', async ({ ward }) => {
  const page = await ward.open('/settings/calendar');
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

test('shows the 2026 National Day swap on the August grid; lists the statutory holidays, and the admin puts one in force and adds one', async ({
  ward,
}) => {
  const page = await ward.open('/settings/calendar');
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

  // The law passes: the admin puts the culture day in force from 2027 with its source, from the keyboard.
  const dueOn = async () =>
    (await ward.call('getDueDate', { rule: { kind: 'working_days', days: 1 }, receivedAt: '2027-11-23T03:00:00.000Z' })).date;
  expect(await dueOn()).toBe('2027-11-24');
  await holidays.getByTestId('statutory-edit-ngay-van-hoa-viet-nam').click();
  const form = holidays.getByTestId('statutory-form');
  await form.getByTestId('statutory-status').selectOption('in_force');
  await form.getByTestId('statutory-effective-from').fill('01/01/2027');
  await form.getByTestId('statutory-source-title').fill('Luật sửa đổi Bộ luật Lao động (thử nghiệm)');
  await form.getByTestId('statutory-source-title').press('Enter');
  await expect(cultureDay).toContainText('Đang có hiệu lực');
  await expect(cultureDay).toContainText('Từ 01/01/2027');
  await expect(holidays).toContainText('Danh sách cập nhật lúc');
  expect(await dueOn()).toBe('2027-11-25');

  await holidays.getByTestId('statutory-add').click();
  await form.getByTestId('statutory-name').fill('Ngày lễ thử nghiệm');
  await form.getByTestId('statutory-day').fill('15');
  await form.getByTestId('statutory-month').fill('10');
  await form.getByTestId('statutory-effective-from').fill('01/01/2028');
  await form.getByTestId('statutory-source-title').fill('Văn bản thử nghiệm');
  await form.getByTestId('statutory-save').click();
  const added = holidays.getByTestId('statutory-ngay-le-9');
  await expect(added).toContainText('Ngày 15/10 dương lịch');
  await expect(added).toContainText('Từ 01/01/2028');
  await page.reload();
  await expect(added).toContainText('Ngày lễ thử nghiệm');
});
