import { expect, test } from '../support/e2e-fixtures';

// Settings › Tiếp nhận hồ sơ in the built app: the admin opens the counter on Saturday morning with
// the keyboard and saves; a dossier taken on Saturday 14/3/2026 at 10:00 then counts as received
// that day, so 3 working days end on Wednesday 18 instead of Thursday 19.

const SATURDAY_10 = { rule: { kind: 'working_days', days: 3 } as const, receivedAt: '2026-03-14T03:00:00.000Z' };

test('opening the counter on Saturday morning makes a Saturday reception count from the next day', async ({ ward }) => {
  expect(await ward.call('getDueDate', SATURDAY_10)).toMatchObject({ receivedOn: '2026-03-16', date: '2026-03-19' });

  const page = await ward.open('/settings/reception');
  const section = page.getByTestId('reception-section');
  const inPerson = section.getByTestId('reception-rule-in_person');
  await expect(section.getByTestId('reception-basis-in_person')).toHaveValue(/Điều 147/);
  await expect(section.getByTestId('reception-confidence-in_person')).toHaveValue('U');
  await expect(inPerson.getByTestId('reception-day-off-in_person')).toHaveValue('that_day');
  await expect(section.getByTestId('reception-day-off-online')).toHaveValue('next_working_day');

  await section.getByTestId('reception-open-6').focus();
  await page.keyboard.press('Space');
  await expect(section.getByTestId('reception-open-6-start')).toHaveValue('08:00');
  await expect(section.getByTestId('reception-open-6-end')).toHaveValue('12:00');
  await section.getByTestId('reception-save').focus();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText(/Đã lưu/);

  expect(await ward.call('getDueDate', SATURDAY_10)).toMatchObject({ receivedOn: '2026-03-14', date: '2026-03-18' });
  await page.reload();
  await expect(page.getByTestId('reception-section').getByTestId('reception-open-6')).toBeChecked();
});
