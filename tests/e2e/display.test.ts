import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { announcementText } from '../../src/shared/i18n/vi';
import { startE2eApp, type E2eApp } from './harness';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

async function callApi<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const response = await fetch(`${app.baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${app.service.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${method}: ${response.status} ${await response.text()}`);
  return (await response.json()) as MethodOutput<M>;
}

interface LoggedAnnouncement {
  text: string;
  state: string;
  outcome: string;
  recall: string;
  plays: number;
  startedAt: number;
  finishedAt: number;
}

/** The whole log read in one go, so that states compared with each other are from the same instant. */
function readLog(page: Page): Promise<LoggedAnnouncement[]> {
  return page.$$eval('[data-testid="announcement-queue"] [data-testid="announcement"]', (items) =>
    items.map((li) => ({
      text: li.textContent ?? '',
      state: li.getAttribute('data-state') ?? '',
      outcome: li.getAttribute('data-outcome') ?? '',
      recall: li.getAttribute('data-recall') ?? '',
      plays: Number(li.getAttribute('data-plays')),
      startedAt: Number(li.getAttribute('data-started-at')),
      finishedAt: Number(li.getAttribute('data-finished-at')),
    })),
  );
}

async function waitForLog(page: Page, done: (log: LoggedAnnouncement[]) => boolean, timeoutMs = 45_000): Promise<LoggedAnnouncement[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await readLog(page);
    if (done(log)) return log;
    if (Date.now() > deadline) throw new Error(`announcement log never settled: ${JSON.stringify(log)}`);
    await page.waitForTimeout(100);
  }
}

describe('display board', () => {
  it('shows the calls of two counters and announces them one after the other, each once it may be heard', async () => {
    const page = await app.open('/display');
    await page.locator('main.display[data-connection="online"]').waitFor();
    await page.locator('[data-testid="display-current-2"]').waitFor();

    // The ward says each call once: the board must follow the setting, not its default of two.
    await callApi('updateSettings', { announceRepeat: 1 });
    const board = await callApi('getBoard', {});
    const serviceA = board.services.find((s) => s.letter === 'A')!;
    const serviceB = board.services.find((s) => s.letter === 'B')!;
    await callApi('issueTicket', { serviceId: serviceA.id });
    await callApi('issueTicket', { serviceId: serviceA.id });
    await callApi('issueTicket', { serviceId: serviceB.id });
    expect((await callApi('callNext', { counterNumber: 1 })).ticket?.displayNumber).toBe('A001');
    expect((await callApi('callNext', { counterNumber: 2 })).ticket?.displayNumber).toBe('A002');

    await page.locator('[data-testid="display-current-1"]', { hasText: 'A001' }).waitFor();
    await page.locator('[data-testid="display-current-2"]', { hasText: 'A002' }).waitFor();
    expect(await page.locator('[data-testid="display-current-2"]').getAttribute('class')).toContain('is-new');
    await page.locator('[data-testid="waiting-B"]', { hasText: '1 người' }).waitFor();
    await page.locator('[data-testid="waiting-A"]', { hasText: '0 người' }).waitFor();
    expect(await page.locator('[data-testid="recent-calls"] li').allTextContents()).toEqual([
      expect.stringContaining('A002'),
      expect.stringContaining('A001'),
    ]);

    // A browser keeps sound off until someone interacts: the calls wait instead of being lost.
    const voice = await page.locator('[data-testid="announcement-queue"]').getAttribute('data-voice');
    expect(['speech', 'clips']).toContain(voice);
    let log = await waitForLog(page, (l) => l.length === 2);
    expect(log.map((a) => [a.text, a.state])).toEqual([
      [announcementText('A001', 1), 'queued'],
      [announcementText('A002', 2), 'queued'],
    ]);
    await page.getByRole('button', { name: 'Bật âm thanh' }).click();
    await page.locator('[data-testid="enable-sound"]').waitFor({ state: 'detached' });

    log = await waitForLog(page, (l) => l.some((a) => a.state === 'playing'));
    expect(log.map((a) => a.state)).toEqual(['playing', 'queued']);

    // A recall arriving while a call is being said waits its turn too.
    const current = await callApi('getCounterState', { counterNumber: 1 });
    await callApi('recall', { counterNumber: 1, ticketId: current.current!.id });

    log = await waitForLog(page, (l) => l.length === 3 && l.every((a) => a.state === 'done'));
    expect(log.map((a) => [a.text, a.recall, a.outcome, a.plays])).toEqual([
      [announcementText('A001', 1), 'false', 'spoken', 1],
      [announcementText('A002', 2), 'false', 'spoken', 1],
      [announcementText('A001', 1), 'true', 'spoken', 1],
    ]);
    for (const [i, a] of log.entries()) {
      expect(a.finishedAt).toBeGreaterThan(a.startedAt);
      if (i > 0) expect(a.startedAt).toBeGreaterThanOrEqual(log[i - 1]!.finishedAt);
    }
  });

  it('serves the voice clips from its own origin, as the content security policy requires', async () => {
    const response = await fetch(`${app.baseUrl}/voice/moi-cong-dan-co-so.ogg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^audio\/ogg/);
  });
});
