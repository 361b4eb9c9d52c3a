import { expect, type Page } from '@playwright/test';
import { TEST_ADMIN } from './test-admin';

// Signing in on a page as a clerk would: the sign-in form the session gate shows on every clerk page
// opened without a session (a paired counter, the hub PC with its launch token, after a restart).

export interface Credentials {
  username: string;
  secret: string;
}

/** Types the username and PIN into the sign-in form and presses Enter; does not wait for the outcome. */
export async function submitSignIn(page: Page, who: Credentials): Promise<void> {
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByTestId('sign-in-username').fill(who.username);
  await page.getByTestId('sign-in-secret').fill(who.secret);
  await page.getByTestId('sign-in-secret').press('Enter');
}

/** Signs in (the test administrator unless told otherwise) and waits until the page shows the clerk. */
export async function signIn(page: Page, who: Credentials = TEST_ADMIN): Promise<void> {
  await submitSignIn(page, who);
  await expect(page.getByTestId('clerk-bar')).toBeVisible();
}

/** Types each text into the next field, Tab between them, as a clerk fills a form without the mouse. */
export async function typeIntoFields(page: Page, texts: readonly string[]): Promise<void> {
  for (const [index, text] of texts.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
}
