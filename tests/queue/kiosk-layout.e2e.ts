import { expect, test } from '../support/e2e-fixtures';
import { heightShare, overflowingElements, touchingButtons, WARD_SCREENS } from '../support/layout-checks';

// The kiosk is a touch screen read standing: its choices fill the screen, landscape or portrait, and
// no text leaves its tile.

test('the kiosk fills a portrait screen with big tiles and overflows on no ward screen', async ({ ward }) => {
  const [first] = WARD_SCREENS;
  const page = await ward.open('/kiosk', { contextOptions: { viewport: { width: first.width, height: first.height } } });
  await expect(page.getByTestId('kiosk-service-A')).toBeVisible();

  for (const screen of WARD_SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await expect.poll(() => overflowingElements(page), { message: `services, ${screen.name}` }).toEqual([]);
    expect(await touchingButtons(page), `tiles too close, ${screen.name}`).toEqual([]);
    await page.keyboard.press('1');
    await expect(page.getByTestId('kiosk-priority-none')).toBeVisible();
    expect(await overflowingElements(page), `priority, ${screen.name}`).toEqual([]);
    expect(await touchingButtons(page), `priority tiles too close, ${screen.name}`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('kiosk-service-A')).toBeVisible();
  }

  // Portrait (the last size): the ward name, the title and the tiles span at least 80 % of the height.
  const content = '.kiosk-page :is(.kiosk-ward, h1, .kiosk-hint, .kiosk-service)';
  expect(await heightShare(page, content)).toBeGreaterThanOrEqual(0.8);
  const tiles = await page.locator('.kiosk-service').evaluateAll((els) =>
    els.map((el) => ({
      height: el.getBoundingClientRect().height,
      facts: Number.parseFloat(getComputedStyle(el.querySelector('.kiosk-service-facts')!).fontSize),
    })),
  );
  for (const tile of tiles) {
    expect(tile.height).toBeGreaterThanOrEqual(250);
    expect(tile.facts).toBeGreaterThanOrEqual(24);
  }
});
