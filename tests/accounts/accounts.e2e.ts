import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  accountFormErrors,
  accountText,
  auditMethodText,
  auditPageText,
  clerkRoleText,
  clerkSettingsText,
  errorMessages,
  pageAccessText,
  secretFormText,
  settingsText,
} from '../../src/shared/i18n/vi';
import { localDateVi, VN_OFFSET_MS } from '../../src/shared/time/local-time';
import { signIn, submitSignIn, typeIntoFields } from '../support/e2e-accounts';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { TEST_ADMIN } from '../support/test-admin';

// Clerk accounts in the built app, as a ward meets them: the first start on the hub PC, the sign-in
// on every clerk page, the idle lock over a page that stays as it was, what a clerk may not open,
// and the audit log the head reads.

const DAY_MS = 86_400_000;

async function serviceId(ward: Ward, letter: string): Promise<string> {
  return (await ward.call('getBoard', {}, ward.launchToken)).services.find((s) => s.letter === letter)!.id;
}

/** A kiosk needs no clerk: tickets are issued with the hub's bare launch token. */
async function issue(ward: Ward, letter: string): Promise<string> {
  const answer = await ward.request('issueTicket', { serviceId: await serviceId(ward, letter) }, ward.launchToken);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { ticket: { displayNumber: string } }).ticket.displayNumber;
}

const waitingFor = (page: Page, serviceName: string) =>
  page.getByTestId('counter-waiting-row').filter({ hasText: serviceName }).locator('.count');

test.describe('first start', () => {
  test.use({ firstAdmin: false });

  test('an empty data folder asks for the first administrator, then goes straight to the counter, which calls a ticket', async ({
    ward,
  }) => {
    const page = await ward.open('/', { token: ward.launchToken });
    await expect(page.getByTestId('first-admin-form')).toBeVisible();
    await expect(page.getByTestId('first-admin-full-name')).toBeFocused();

    await page.getByTestId('first-admin-full-name').fill('Lê Thị Hoa');
    await page.getByTestId('first-admin-username').fill('LeHoa');
    await page.getByTestId('first-admin-secret').fill('135790');
    await page.getByTestId('first-admin-secret-again').fill('135799');
    await page.getByTestId('first-admin-secret-again').press('Enter');
    await expect(page.getByTestId('first-admin-error')).toHaveText(accountFormErrors.secretMismatch);

    await page.getByTestId('first-admin-secret-again').fill('135790');
    await page.getByTestId('first-admin-secret-again').press('Enter');
    await expect(page.getByTestId('clerk-name')).toHaveText('Lê Thị Hoa');
    await expect(page.getByTestId('clerk-role')).toHaveText(clerkRoleText.admin);
    await expect(page.getByTestId('nav-settings')).toBeVisible();
    await page.getByTestId('counter-select').selectOption('1');

    const number = await issue(ward, 'A');
    await expect(waitingFor(page, 'Tư pháp – Hộ tịch')).toHaveText('1');
    await page.keyboard.press('F1');
    await expect(page.getByTestId('counter-current-number')).toContainText(number);
    await expect(page.getByTestId('counter-error')).toHaveText('');

    // The ward has its administrator now: the form is never offered again, and the typed capitals did not matter.
    const again = await ward.request('createFirstAdmin', { username: 'khac', fullName: 'Người Khác', secret: '123456' }, ward.launchToken);
    expect(again.status).toBe(409);
    const next = await ward.open('/settings/accounts', { token: ward.launchToken });
    await signIn(next, { username: 'lehoa', secret: '135790' });
    await expect(next.getByTestId('clerk-row')).toHaveCount(1);
  });
});

test.describe('Settings › Tài khoản cán bộ', () => {
  test('the administrator adds a head of the point, may not demote the last administrator, resets a PIN and sets the idle lock', async ({
    ward,
  }) => {
    const page = await ward.open('/settings/accounts');
    const section = page.getByTestId('clerks-section');
    await expect(section.getByTestId('clerk-row')).toHaveCount(1);

    await section.getByTestId('clerk-add').click();
    const form = section.getByTestId('clerk-form');
    await expect(form.getByTestId('clerk-username')).toBeFocused();
    await form.getByTestId('clerk-username').fill('Tran.Binh');
    await form.getByTestId('clerk-full-name').fill('Trần Thị Bình');
    await form.getByTestId('clerk-role').selectOption('head');
    await form.getByTestId('clerk-secret').fill('123');
    await form.getByTestId('clerk-secret').press('Enter');
    await expect(form.getByTestId('clerk-form-error')).toHaveText(accountFormErrors.secretTooShort);
    await form.getByTestId('clerk-secret').fill('121212');
    await form.getByTestId('clerk-secret').press('Enter');
    const binh = section.getByTestId('clerk-row').filter({ hasText: 'tran.binh' });
    await expect(binh.getByTestId('clerk-row-role')).toHaveText(clerkRoleText.head);
    await expect(binh.getByTestId('clerk-row-status')).toContainText(clerkSettingsText.mustChange);

    // The only administrator cannot take their own rights away.
    const admin = section.getByTestId('clerk-row').filter({ hasText: TEST_ADMIN.username });
    await admin.getByTestId('clerk-edit').click();
    await section.getByTestId('clerk-form').getByTestId('clerk-role').selectOption('clerk');
    await section.getByTestId('clerk-save').click();
    await expect(section.getByTestId('clerk-form-error')).toHaveText(errorMessages.last_admin);
    await page.getByRole('button', { name: clerkSettingsText.cancel }).click();

    await binh.getByTestId('clerk-reset').click();
    await section.getByTestId('clerk-new-secret').fill('343434');
    await section.getByTestId('clerk-new-secret').press('Enter');
    await expect(section.getByTestId('clerks-notice')).toHaveText(clerkSettingsText.resetDone('Trần Thị Bình'));
    const signedIn = await ward.call('signIn', { username: 'tran.binh', secret: '343434' }, ward.launchToken);
    expect(signedIn.session).toMatchObject({ mustChangeSecret: true, clerk: { fullName: 'Trần Thị Bình', role: 'head' } });

    await section.getByTestId('idle-lock-minutes').fill('15');
    await section.getByTestId('idle-lock-minutes').press('Enter');
    await expect(section.getByTestId('idle-lock-form').getByRole('status')).toHaveText(settingsText.saved);
    expect(await ward.call('getAccountSettings', {})).toEqual({ idleLockMinutes: 15 });
  });
});

test.describe('idle lock', () => {
  test.use({ movableClock: true });

  test('locks over the page after the idle minutes; a wrong PIN is refused, the right one gives the page back as it was', async ({
    ward,
  }) => {
    // The eleven idle minutes must not cross Hanoi's midnight, which would clear the day's no-shows.
    const msToHanoiMidnight = DAY_MS - ((Date.now() + VN_OFFSET_MS) % DAY_MS);
    if (msToHanoiMidnight < 30 * 60_000) await ward.advanceClock(msToHanoiMidnight + 60_000);
    const first = await issue(ward, 'A');
    const second = await issue(ward, 'A');
    const page = await ward.open('/', { token: ward.launchToken });
    await signIn(page);
    await page.getByTestId('counter-select').selectOption('2');
    await page.locator('body').click();
    await page.keyboard.press('F1');
    await expect(page.getByTestId('counter-current-number')).toContainText(first);
    await page.keyboard.press('F6');
    const noShow = page.getByTestId('counter-no-show').filter({ hasText: first });
    await expect(noShow).toHaveCount(1);

    // Marks only this very document and this very page element carry: a reload or a remount would lose them.
    await page.evaluate(() => {
      (window as Window & { kept?: boolean }).kept = true;
      document.querySelector('.counter-page')!.setAttribute('data-kept', 'yes');
    });
    const sameMountedPage = async () => {
      expect(await page.evaluate(() => (window as Window & { kept?: boolean }).kept)).toBe(true);
      await expect(page.locator('.counter-page[data-kept="yes"]')).toHaveCount(1);
    };

    // Eleven minutes without a key or a click (idle lock: 10 minutes by default).
    await ward.advanceClock(11 * 60_000);
    await page.keyboard.press('F1');
    const lock = page.getByTestId('lock-screen');
    await expect(lock).toBeVisible();
    await expect(lock.getByTestId('lock-clerk-name')).toHaveText(TEST_ADMIN.fullName);
    await expect(page.getByTestId('lock-secret')).toBeFocused();
    // Underneath, the page is still the one the clerk left: the counter, the no-show, no error.
    await sameMountedPage();
    await expect(page.getByTestId('counter-select')).toHaveValue('2');
    await expect(noShow).toHaveCount(1);
    await expect(page.getByTestId('counter-error')).toHaveText('');

    // Under the lock the counter's keys do nothing, and Esc does not close it.
    await page.keyboard.press('F1');
    await page.keyboard.press('Escape');
    await expect(lock).toBeVisible();
    const board = await ward.call('getBoard', {}, ward.launchToken);
    expect(board.counters.find((c) => c.number === 2)!.current).toBeNull();

    await page.getByTestId('lock-secret').fill('000000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lock-error')).toHaveText(errorMessages.sign_in_failed);
    await expect(lock).toBeVisible();

    await page.getByTestId('lock-secret').fill(TEST_ADMIN.secret);
    await page.keyboard.press('Enter');
    await expect(lock).toHaveCount(0);
    await sameMountedPage();
    await expect(page.getByTestId('counter-select')).toHaveValue('2');
    await expect(noShow).toHaveCount(1);
    await page.keyboard.press('F1');
    await expect(page.getByTestId('counter-current-number')).toContainText(second);
    await expect(page.getByTestId('counter-error')).toHaveText('');
  });
});

test.describe('sign-in, roles and the audit log', () => {
  test('a wrong PIN is refused in Vietnamese; a clerk changes the given PIN and sees no page beyond the role; the audit log shows it all', async ({
    ward,
  }) => {
    await ward.call('createClerk', { username: 'canbo.an', fullName: 'Trần Văn An', role: 'clerk', secret: '111111' });
    const page = await ward.open('/', { token: ward.launchToken });
    await expect(page.getByTestId('sign-in-username')).toBeFocused();
    await submitSignIn(page, { username: 'canbo.an', secret: '999999' });
    await expect(page.getByTestId('sign-in-error')).toHaveText(errorMessages.sign_in_failed);
    await expect(page.getByTestId('sign-in-secret')).toHaveValue('');
    await expect(page.getByTestId('sign-in-secret')).toBeFocused();

    // The PIN the administrator gave must be changed before any work.
    await page.keyboard.type('111111');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('must-change-secret')).toBeVisible();
    await page.getByTestId('change-secret-current').fill('111111');
    await page.getByTestId('change-secret-new').fill('222222');
    await page.getByTestId('change-secret-again').fill('222222');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('clerk-name')).toHaveText('Trần Văn An');
    await expect(page.getByTestId('clerk-role')).toHaveText(clerkRoleText.clerk);

    // A clerk's navigation has the counter's pages only.
    await expect(page.getByTestId('nav-sync')).toBeVisible();
    for (const hidden of ['nav-settings', 'nav-close-day', 'nav-audit']) await expect(page.getByTestId(hidden)).toHaveCount(0);

    // "Đổi mã PIN" and "Đăng xuất" from the keyboard.
    await page.getByTestId('clerk-change-secret').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('change-secret-dialog');
    await expect(dialog.getByTestId('change-secret-current')).toBeFocused();
    await typeIntoFields(page, ['222222', '333333', '333333']);
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('clerk-bar').getByRole('status')).toHaveText(secretFormText.changed);

    await page.goto(`${ward.baseUrl}/settings`);
    await expect(page.getByTestId('no-permission')).toHaveText(pageAccessText.forbiddenRole);
    await expect(page.getByTestId('clerks-section')).toHaveCount(0);
    await page.goto(`${ward.baseUrl}/audit`);
    await expect(page.getByTestId('no-permission')).toHaveText(pageAccessText.forbiddenRole);

    await page.getByTestId('clerk-sign-out').focus();
    await page.keyboard.press('Enter');
    await signIn(page, { username: 'canbo.an', secret: '333333' });
    await expect(page.getByTestId('no-permission')).toBeVisible();

    // The head of the point reads the log: the sign-ins are there, and one clerk's work alone on request.
    await ward.call('parseCitizenId', {
      form: {
        idNumber: '001185004321',
        fullName: 'Hoàng Thị Hương',
        birthDate: '1985-09-02',
        sex: 'female',
        address: 'Số 8 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
      },
    });
    const audit = await ward.open('/audit');
    const rows = audit.getByTestId('audit-row');
    const signIns = rows.filter({ has: audit.locator('[data-method="signIn"]') });
    await expect(signIns.filter({ hasText: 'Trần Văn An' })).toHaveCount(2);
    // The wrong PIN: refused, with no clerk signed in, and the reason in words.
    const refused = audit.locator('[data-testid="audit-row"][data-outcome="refused"]');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText(accountText.noClerk);
    await expect(refused).toContainText(errorMessages.sign_in_failed);

    await audit.getByTestId('audit-filter-clerk').selectOption({ label: 'Trần Văn An (canbo.an)' });
    await audit.getByTestId('audit-filter-day').fill('31/02/2026');
    await audit.getByTestId('audit-filter-day').press('Enter');
    await expect(audit.getByTestId('audit-error')).toHaveText(auditPageText.dayInvalid);
    await audit.getByTestId('audit-filter-day').fill(localDateVi(new Date()));
    await audit.getByTestId('audit-filter-day').press('Enter');
    await expect(audit.getByTestId('audit-error')).toHaveText('');
    await expect(rows.filter({ hasText: auditMethodText.changeOwnSecret })).toHaveCount(2);
    // The filtered list replaces the whole one when its answer arrives: wait for it, then read it.
    await expect(audit.getByTestId('audit-clerk')).toHaveCount(5); // two sign-ins, two PIN changes, one sign-out
    const clerks = await audit.getByTestId('audit-clerk').allTextContents();
    expect(clerks.every((c) => c.includes('Trần Văn An'))).toBe(true);

    const download = audit.waitForEvent('download');
    await audit.getByTestId('audit-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^nhat-ky-thao-tac-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(accountText.auditCsvHeader.join(','));
    expect(lines.length - 1).toBe(clerks.length);
    expect(lines.slice(1).every((l) => l.includes('canbo.an'))).toBe(true);
    expect(lines.some((l) => l.includes(',signIn,'))).toBe(true);

    // Who looked at a citizen's data: the administrator's reading of the card, by its ID number.
    await audit.getByTestId('citizen-access-id').fill('001185004321');
    await audit.getByTestId('citizen-access-id').press('Enter');
    const access = audit.getByTestId('citizen-access-table').getByTestId('audit-row');
    await expect(access).toHaveCount(1);
    await expect(access).toContainText(TEST_ADMIN.fullName);
    await expect(access).toContainText(auditMethodText.parseCitizenId!);
  });

  test('five wrong PINs pause the sign-in, and the message says for how many minutes', async ({ ward }) => {
    const page = await ward.open('/close-day', { token: ward.launchToken });
    for (let i = 0; i < 5; i++) {
      await submitSignIn(page, { username: TEST_ADMIN.username, secret: `00000${i}` });
      // The answer has come once the wrong PIN is cleared.
      await expect(page.getByTestId('sign-in-secret')).toHaveValue('');
      await expect(page.getByTestId('sign-in-error')).toHaveText(errorMessages.sign_in_failed);
    }
    await submitSignIn(page, TEST_ADMIN);
    await expect(page.getByTestId('sign-in-error')).toHaveText(`${errorMessages.sign_in_locked} ${accountText.retryInMinutes(5)}`);
    await expect(page.getByTestId('sign-in-form')).toBeVisible();
  });
});
