import type { WebSocketRoute } from '@playwright/test';
import { logWhen, playClipsFast } from '../support/e2e-announcements';
import { expect, test } from '../support/e2e-fixtures';

// A display board that loses the ward service for a while says, once back, the calls of the last
// minute it missed, oldest first; an older one is only shown. The outage is the display's alone:
// its event socket is cut and its API requests fail, while the counters go on calling. The
// service's clock is moved forward 90 s between the calls, so "older than a minute" takes no wait.

test.use({ movableClock: true });

test.describe('display board after an outage', () => {
  test('says the calls of the last minute it missed, oldest first, and only shows the older one', async ({ ward }) => {
    let offline = false;
    const sockets: WebSocketRoute[] = [];
    // ?debug: the announcement log this test reads is for staff only.
    const page = await ward.open('/display?debug', {
      prepare: async (p) => {
        await playClipsFast(p);
        await p.routeWebSocket(/\/api\/events$/, async (socket) => {
          if (offline) return socket.close({ code: 1001, reason: 'offline' });
          socket.connectToServer();
          sockets.push(socket);
        });
        await p.route('**/api/**', (route) => (offline ? route.abort('internetdisconnected') : route.fallback()));
      },
    });
    await expect(page.locator('main.display')).toHaveAttribute('data-connection', 'online');
    await ward.call('updateSettings', { announceRepeat: 1 });
    await page.getByRole('button', { name: 'Bật âm thanh' }).click();

    const serviceA = (await ward.call('getBoard', {})).services.find((s) => s.letter === 'A')!;
    for (let i = 0; i < 4; i++) await ward.call('issueTicket', { serviceId: serviceA.id });
    const a001 = (await ward.call('callNext', { counterNumber: 1 })).ticket!;
    expect(a001.displayNumber).toBe('A001');
    await logWhen(page, (l) => l.length === 1);

    offline = true;
    for (const socket of sockets) await socket.close({ code: 1001, reason: 'offline' });
    await expect(page.getByTestId('display-offline')).toBeVisible();

    expect((await ward.call('callNext', { counterNumber: 2 })).ticket?.displayNumber).toBe('A002');
    await ward.advanceClock(90_000);
    expect((await ward.call('callNext', { counterNumber: 3 })).ticket?.displayNumber).toBe('A003');
    await ward.call('markNoShow', { counterNumber: 1, ticketId: a001.id });
    expect((await ward.call('callNext', { counterNumber: 1 })).ticket?.displayNumber).toBe('A004');

    offline = false;
    await expect(page.locator('main.display')).toHaveAttribute('data-connection', 'online');
    await expect(page.getByTestId('recent-calls').locator('li')).toHaveText([/A004/, /A003/, /A002/, /A001/]);

    const log = await logWhen(page, (l) => l.length >= 3 && l.every((a) => a.state === 'done'));
    expect(log.map((a) => [a.text, a.recall, a.outcome])).toEqual([
      ['Mời công dân có số A001 đến quầy số 1', 'false', 'spoken'],
      ['Mời công dân có số A003 đến quầy số 3', 'false', 'spoken'],
      ['Mời công dân có số A004 đến quầy số 1', 'false', 'spoken'],
    ]);
  });
});
