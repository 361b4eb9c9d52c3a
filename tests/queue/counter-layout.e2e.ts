import { expect, test } from '../support/e2e-fixtures';
import { overflowingElements, touchingButtons, WARD_SCREENS } from '../support/layout-checks';

// The counter page as a clerk has it mid-morning, on every screen a ward uses: a ticket called, lines
// waiting with priority tickets among the next numbers, one sent to this counter, a no-show to bring
// back, and the intake screen beside it. Nothing may stick out of its box; the page may scroll down.
// The intake's applicant fields line up.

test('the counter page with a called ticket, waiting lines and the intake screen overflows on no ward screen', async ({ ward }) => {
  const board = await ward.call('getBoard', {});
  const letter = (l: string) => board.services.find((s) => s.letter === l)!.id;
  const priorityCategoryId = board.priorityCategories[0]!.id;
  // The longest service name, so the waiting rows are as long as the ward's data makes them.
  const longest = [...board.services].sort((a, b) => b.name.length - a.name.length)[0]!.id;
  for (const serviceId of [letter('A'), letter('A'), letter('A'), longest, longest, letter('B')])
    await ward.call('issueTicket', { serviceId });
  for (const serviceId of [letter('A'), longest]) await ward.call('issueTicket', { serviceId, priorityCategoryId });
  // Counter 1 marks one absent and holds a called ticket; then counter 2 sends one on to counter 1.
  const absent = (await ward.call('callNext', { counterNumber: 1 })).ticket!;
  await ward.call('markNoShow', { counterNumber: 1, ticketId: absent.id });
  await ward.call('callNext', { counterNumber: 1 });
  const sent = (await ward.call('callNext', { counterNumber: 2 })).ticket!;
  await ward.call('transfer', { counterNumber: 2, ticketId: sent.id, toCounterNumber: 1 });

  const [first] = WARD_SCREENS;
  const page = await ward.open('/', { contextOptions: { viewport: { width: first.width, height: first.height } } });
  await page.getByTestId('counter-select').selectOption('1');
  await expect(page.getByTestId('counter-current-number')).toHaveText(/\S/);
  await expect(page.getByTestId('counter-waiting-next').first()).toContainText(/\d{3}/);
  await expect(page.getByTestId('counter-waiting-row').filter({ hasText: '→' })).toHaveCount(1);

  const check = async (what: string) => {
    for (const screen of WARD_SCREENS) {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await expect.poll(() => overflowingElements(page, { pageMayScroll: true }), { message: `${what}, ${screen.name}` }).toEqual([]);
      expect(await touchingButtons(page), `buttons too close, ${what}, ${screen.name}`).toEqual([]);
    }
  };
  await check('counter');
  await page.keyboard.press('F9');
  await expect(page.getByTestId('intake-screen')).toBeVisible();
  await check('counter with the intake screen');

  // The applicant's first row reads as one line of boxes, though the ID number's label wraps in its
  // narrow column.
  const firstRow = ['intake-idNumber', 'intake-fullName', 'intake-birthDate', 'intake-sex'];
  for (const screen of WARD_SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    const bottoms = await Promise.all(
      firstRow.map(async (id) => {
        const box = (await page.getByTestId(id).boundingBox())!;
        return Math.round(box.y + box.height);
      }),
    );
    expect(
      Math.max(...bottoms) - Math.min(...bottoms),
      `${screen.name}: ${firstRow.map((id, i) => `${id} ends at ${bottoms[i]}`).join(', ')}`,
    ).toBeLessThanOrEqual(1);
  }
});
