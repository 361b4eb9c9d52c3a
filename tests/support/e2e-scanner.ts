import type { Page } from '@playwright/test';

// A QR scanner reading a card, as the page receives it: each character a key press 5 ms after the one
// before (a USB scanner's pace), then Enter unless the scanner is set up without it. The keys go to the
// browser in one batch with their times stamped on them, so the burst reads as a scanner's however busy
// this machine is; typed one by one from the test, a single stall over 100 ms split it into typing.

const KEY_GAP_MS = 5;

export async function scanText(page: Page, text: string, options: { enter?: boolean } = {}): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    const at = (index: number): number => start + (index * KEY_GAP_MS) / 1000;
    const keys = Array.from(text);
    const sent: Promise<unknown>[] = [];
    keys.forEach((char, index) => {
      sent.push(
        session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, unmodifiedText: char, timestamp: at(index) }),
      );
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, timestamp: at(index) + 0.001 }));
    });
    if (options.enter !== false) {
      const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13, timestamp: at(keys.length) };
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', unmodifiedText: '\r' }));
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }));
    }
    await Promise.all(sent);
  } finally {
    await session.detach();
  }
}
