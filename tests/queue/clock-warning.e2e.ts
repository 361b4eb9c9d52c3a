import { expect, test } from '../support/e2e-fixtures';

// A PC clock set back (a CMOS reset, a wrong manual correction) must neither reorder the line nor
// pass unnoticed: the counter, kiosk and display pages say so until the clock is right again.

test.use({ movableClock: true });

test('a clock set back half an hour keeps the line in order and shows a warning on every page', async ({ ward }) => {
  const counter = await ward.open('/');
  const kiosk = await ward.open('/kiosk');
  const display = await ward.open('/display');
  const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;

  await ward.call('issueTicket', { serviceId: serviceA.id });
  await expect(counter.getByTestId('health-banner')).toHaveCount(0);

  await ward.advanceClock(-30 * 60_000);
  const second = await ward.call('issueTicket', { serviceId: serviceA.id });
  expect(second.ticket.displayNumber).toBe('A002');

  for (const page of [counter, kiosk, display])
    await expect(page.getByTestId('health-banner')).toContainText('Đồng hồ máy tính đã bị lùi khoảng 30 phút');
  // The first ticket issued is still the first called.
  expect((await ward.call('callNext', { counterNumber: 1 })).ticket?.displayNumber).toBe('A001');

  // Once the clock is right again, the next write clears the warning.
  await ward.advanceClock(30 * 60_000 + 1000);
  await ward.call('callNext', { counterNumber: 2 });
  for (const page of [counter, kiosk, display]) await expect(page.getByTestId('health-banner')).toHaveCount(0);
});
