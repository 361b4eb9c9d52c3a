import { logWhen, playClipsFast } from '../support/e2e-announcements';
import { expect, test } from '../support/e2e-fixtures';

test.describe('display board', () => {
  test('shows the calls of two counters and announces them one after the other, each once it may be heard', async ({ ward }) => {
    // ?debug shows the announcement log, which this test reads; the waiting room never sees it.
    const page = await ward.open('/display?debug', { prepare: playClipsFast });
    await expect(page.locator('main.display[data-connection="online"]')).toBeVisible();
    await expect(page.getByTestId('display-current-2')).toBeVisible();

    // The ward says each call once: the board must follow the setting, not its default of two.
    await ward.call('updateSettings', { announceRepeat: 1 });
    const board = await ward.call('getBoard', {});
    const serviceA = board.services.find((s) => s.letter === 'A')!;
    const serviceB = board.services.find((s) => s.letter === 'B')!;
    await ward.call('issueTicket', { serviceId: serviceA.id });
    await ward.call('issueTicket', { serviceId: serviceA.id });
    await ward.call('issueTicket', { serviceId: serviceB.id });
    expect((await ward.call('callNext', { counterNumber: 1 })).ticket?.displayNumber).toBe('A001');
    expect((await ward.call('callNext', { counterNumber: 2 })).ticket?.displayNumber).toBe('A002');

    await expect(page.getByTestId('display-current-1')).toContainText('A001');
    await expect(page.getByTestId('display-current-2')).toContainText('A002');
    await expect(page.getByTestId('display-current-2')).toHaveClass(/is-new/);
    await expect(page.getByTestId('waiting-B')).toContainText('1 người');
    await expect(page.getByTestId('waiting-A')).toContainText('0 người');
    await expect(page.getByTestId('recent-calls').locator('li')).toHaveText([/A002/, /A001/]);

    // A browser keeps sound off until someone interacts: the calls wait instead of being lost.
    await expect(page.getByTestId('announcement-queue')).toHaveAttribute('data-voice', /^(speech|clips)$/);
    let log = await logWhen(page, (l) => l.length === 2);
    expect(log.map((a) => [a.text, a.state])).toEqual([
      ['Mời công dân có số A001 đến quầy số 1', 'queued'],
      ['Mời công dân có số A002 đến quầy số 2', 'queued'],
    ]);
    await page.getByRole('button', { name: 'Bật âm thanh' }).click();
    await expect(page.getByTestId('enable-sound')).toHaveCount(0);

    log = await logWhen(page, (l) => l.some((a) => a.state === 'playing'));
    expect(log.map((a) => a.state)).toEqual(['playing', 'queued']);

    // A recall arriving while a call is being said waits its turn too.
    const current = await ward.call('getCounterState', { counterNumber: 1 });
    await ward.call('recall', { counterNumber: 1, ticketId: current.current!.id });

    log = await logWhen(page, (l) => l.length === 3 && l.every((a) => a.state === 'done'));
    expect(log.map((a) => [a.text, a.recall, a.outcome, a.plays])).toEqual([
      ['Mời công dân có số A001 đến quầy số 1', 'false', 'spoken', 1],
      ['Mời công dân có số A002 đến quầy số 2', 'false', 'spoken', 1],
      ['Mời công dân có số A001 đến quầy số 1', 'true', 'spoken', 1],
    ]);
    for (const [i, a] of log.entries()) {
      expect(a.finishedAt).toBeGreaterThan(a.startedAt);
      if (i > 0) expect(a.startedAt).toBeGreaterThanOrEqual(log[i - 1]!.finishedAt);
    }
  });

  test('serves the voice clips from its own origin, as the content security policy requires', async ({ ward }) => {
    const response = await fetch(`${ward.baseUrl}/voice/moi-cong-dan-co-so.ogg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^audio\/ogg/);
  });
});
