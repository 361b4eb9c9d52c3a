import type { Page } from '@playwright/test';
import { counterText } from '../../src/shared/i18n/vi';
import { applicantScanText } from '../../src/shared/i18n/vi/citizen-id';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { scanText } from '../support/e2e-scanner';

// A USB QR scanner types like a keyboard, only much faster: a burst 5 ms a key is the scanner
// (e2e-scanner.ts), Playwright's keyboard at 120 ms a key is a clerk. The intake screen, with its card reader, opens with F9 on the
// counter page, as the key legend says.

// Fictional people, real province codes (001 Hà Nội, 036 Nam Định).
const AN = '001090012345|012345678|Nguyễn Văn An|15031990|Nam|Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội|20042021';
const HA = '036302004567||Trần Thị Thu Hà|08112002|Nữ|Xóm 3, Xã Hải Phong, Tỉnh Nam Định|10052022';

async function openScanPanel(ward: Ward): Promise<Page> {
  const counter = await ward.open('/');
  await counter.getByTestId('counter-select').selectOption('1');
  await expect(counter.getByTestId('counter-keymap')).toContainText(`F9${counterText.actions.intake}`);
  await counter.keyboard.press('F9');
  await expect(counter.getByTestId('applicant-scan')).toBeVisible();
  return counter;
}

test.describe('citizen-ID scanner on the counter page', () => {
  test('a burst fills the applicant and leaves the focused field as it was; the same text typed slowly stays text', async ({ ward }) => {
    test.setTimeout(120_000);
    const counter = await openScanPanel(ward);
    await expect(counter.getByTestId('intake-idNumber')).toBeFocused();
    const notes = counter.getByTestId('intake-notes');
    await notes.focus();
    await counter.keyboard.type('Hen chieu', { delay: 150 }); // the clerk had started typing a note

    await scanText(counter, AN);
    await expect(counter.getByTestId('intake-fullName')).toHaveValue('Nguyễn Văn An');
    await expect(counter.getByTestId('intake-idNumber')).toHaveValue('001090012345');
    await expect(counter.getByTestId('intake-birthDate')).toHaveValue('15/03/1990');
    await expect(counter.getByTestId('intake-sex')).toHaveValue('male');
    await expect(counter.getByTestId('intake-address')).toHaveValue('Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội');
    await expect(notes).toHaveValue('Hen chieu');
    await expect(counter.getByTestId('applicant-scan-error')).toHaveText('');

    const field = counter.getByTestId('intake-idNumber');
    await field.fill('');
    await counter.keyboard.type(HA, { delay: 120 });
    await counter.keyboard.press('Enter');
    await expect(field).toHaveValue(HA);
    // Enter reached the number field, which checked what was typed: far too long for a number.
    await expect(counter.getByTestId('applicant-typed-id-error')).toHaveText('Số định danh cá nhân: Dài quá 64 ký tự cho phép.');
    await expect(counter.getByTestId('intake-fullName')).toHaveValue('Nguyễn Văn An');
  });

  test('a malformed burst fills nothing and says why in Vietnamese', async ({ ward }) => {
    const counter = await openScanPanel(ward);
    await scanText(counter, HA);
    await expect(counter.getByTestId('intake-fullName')).toHaveValue('Trần Thị Thu Hà');

    await scanText(counter, '036302004567|Trần Thị Thu Hà|08112002'); // the card moved while the scanner read it
    await expect(counter.getByTestId('applicant-scan-error')).toHaveText(
      `${applicantScanText.refused} Mã QR: Mã quét được thiếu thông tin (có thể quét chưa hết). Hãy quét lại hoặc nhập tay.`,
    );
    // The form lets go of the earlier card.
    await expect(counter.getByTestId('intake-fullName')).toHaveValue('');
    await expect(counter.getByTestId('intake-idNumber')).toHaveValue('');

    // A scanner set up without its Enter suffix: its text lands in the focused field (the procedure
    // search, where the good scan put the caret) once the burst falls silent.
    const field = counter.getByTestId('intake-procedure-search');
    await expect(field).toBeFocused();
    await scanText(counter, '001090012345', { enter: false });
    await expect(field).toHaveValue('001090012345');
    await expect(counter.getByTestId('intake-idNumber')).toHaveValue('');
  });

  test('a scan with the focus nowhere in particular is read too, and its spaces call no ticket', async ({ ward }) => {
    const board = await ward.call('getBoard', {});
    await ward.call('issueTicket', { serviceId: board.services.find((s) => s.letter === 'A')!.id });
    const counter = await openScanPanel(ward);
    await expect(counter.getByTestId('action-callNext')).toBeEnabled();
    await counter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Without a text field, only keys reach the page: Chromium's automation has no key for "ễ", so this card is unaccented.
    await scanText(counter, '001190012345||Le Thi Mai|01021990|Nu|So 5 pho Hue, Ha Noi|');
    await expect(counter.getByTestId('intake-fullName')).toHaveValue('Le Thi Mai');
    await expect(counter.getByTestId('intake-sex')).toHaveValue('female');
    await expect(counter.getByTestId('counter-no-current')).toBeVisible();
    await expect(counter.getByTestId('action-callNext')).toBeEnabled();
  });
});
