import type { Page } from '@playwright/test';
import { expect } from './e2e-fixtures';

// The display board's on-page announcement log (AnnouncementLog.tsx), read whole in one go so that
// states compared with each other are from the same instant.

/** How many times faster than recorded the voice clips play: the order and timing rules stay the same, the waits shrink. */
export const CLIP_SPEED = 4;

/**
 * Plays the board's bundled voice clips at CLIP_SPEED: each clip still plays through the browser's
 * media pipeline to its `ended` event, only the seconds of speech a test would sit through go. Use it
 * as `prepare` when opening the board.
 */
export async function playClipsFast(page: Page): Promise<void> {
  await page.addInitScript((speed) => {
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.playbackRate = speed;
      return play.call(this);
    };
  }, CLIP_SPEED);
}

export interface LoggedAnnouncement {
  text: string;
  state: string;
  outcome: string;
  recall: string;
  plays: number;
  startedAt: number;
  finishedAt: number;
}

export function readLog(page: Page): Promise<LoggedAnnouncement[]> {
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

/** Retries until `settled` holds for one reading of the log, and returns that reading. */
export async function logWhen(
  page: Page,
  settled: (log: LoggedAnnouncement[]) => boolean,
  timeout = 45_000,
): Promise<LoggedAnnouncement[]> {
  let log: LoggedAnnouncement[] = [];
  await expect
    .poll(
      async () => {
        log = await readLog(page);
        return settled(log);
      },
      { timeout, message: 'the announcement log never settled' },
    )
    .toBe(true);
  return log;
}
