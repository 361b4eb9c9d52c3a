import type { Page } from '@playwright/test';
import { counterText, intakeText, noticeText } from '../../src/shared/i18n/vi';
import { submitSignIn } from '../support/e2e-accounts';
import { CLERK, clerkAccount, cutFirstAnswer, printedTexts, stubBrowserPrint } from '../support/e2e-dossiers';
import { scanText } from '../support/e2e-scanner';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { CONTRACT_CERTIFICATION } from './dossier-setup';

// A clerk receives a dossier at the counter with the keyboard alone: call the ticket, open the intake
// screen, let the QR scanner read the citizen's card, then a handful of keys up to the printed receipt.
// The budget is 15 key presses after the scan, so the test counts them.

// A fictional citizen, a real province code (001 Hà Nội).
const UNIT_CODE = '000.A0.01.H26';
const CARD = '001090012345|012345678|Nguyễn Văn An|15031990|Nam|Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội|20042021';

/** The hub PC's counter page with the intake screen open and a card scanned into it. */
async function intakeWithCard(ward: Ward, card: string, fullName: string, token?: string): Promise<Page> {
  await ward.call('saveDossierCodeSettings', { unitCode: UNIT_CODE, slot: 1 });
  const page = await ward.open('/', { prepare: stubBrowserPrint, ...(token ? { token } : {}) });
  await page.getByTestId('counter-select').selectOption('1');
  await page.keyboard.press('F9');
  await expect(page.getByTestId('intake-idNumber')).toBeFocused();
  await scanText(page, card);
  await expect(page.getByTestId('intake-fullName')).toHaveValue(fullName);
  return page;
}

/**
 * Keys pressed by the clerk, one by one at a person's pace (a scanner's pace would read as a scan). The
 * tests that do not count keys enter free text as an input method would (`insertText`: no key events
 * for the scan detector to weigh), which saves seconds of typing at a person's pace.
 */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}

  async type(text: string): Promise<void> {
    this.count += Array.from(text).length;
    await this.page.keyboard.type(text, { delay: 120 });
  }

  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
    await this.page.waitForTimeout(120);
  }
}

test('a dossier received from the scan to the printed receipt by keyboard, within 15 keys after the scan', async ({ ward }) => {
  test.setTimeout(120_000);
  await ward.call('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 });
  await clerkAccount(ward);
  const board = await ward.call('getBoard', {});
  await ward.call('issueTicket', { serviceId: board.services.find((s) => s.letter === 'A')!.id });

  const page = await ward.open('/', { token: ward.launchToken, prepare: stubBrowserPrint });
  await submitSignIn(page, CLERK);
  await expect(page.getByTestId('clerk-name')).toHaveText(CLERK.fullName);
  await page.getByTestId('counter-select').selectOption('1');
  await expect(page.getByTestId('counter-keymap')).toContainText(`F9${counterText.actions.intake}`);
  await page.keyboard.press('F1');
  await expect(page.getByTestId('counter-current-number')).toHaveText(/A/);
  await page.keyboard.press('F9');
  await expect(page.getByTestId('intake-screen')).toBeVisible();
  await expect(page.getByTestId('intake-idNumber')).toBeFocused();

  // The scanner: a burst at 5 ms a key ending in Enter.
  await scanText(page, CARD);
  await expect(page.getByTestId('intake-fullName')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByTestId('intake-idNumber')).toHaveValue('001090012345');
  await expect(page.getByTestId('intake-procedure-search')).toBeFocused();

  const keys = new Keys(page);
  await keys.type('hop dong');
  const matches = page.getByTestId('intake-procedure-matches').getByRole('option');
  await expect(matches.nth(1)).toHaveText('Chứng thực hợp đồng, giao dịch');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(page.getByTestId('intake-procedure-chosen')).toHaveText('Chứng thực hợp đồng, giao dịch');
  await expect(page.getByTestId('intake-document-0')).toBeFocused();
  // Seed catalogue: a fixed fee of 50,000 đồng and 2 working days; the first two documents are required.
  await expect(page.getByTestId('intake-fee')).toHaveText(`${intakeText.fee}: 50.000 đồng`);
  await expect(page.getByTestId('intake-due')).toContainText(`${intakeText.due}: `);
  await keys.press(' ');
  await keys.press('ArrowDown');
  await keys.press(' ');
  await expect(page.getByTestId('intake-document-0-mark')).toHaveText(intakeText.present);
  await expect(page.getByTestId('intake-document-1-mark')).toHaveText(intakeText.present);
  await expect(page.getByTestId('intake-document-2-mark')).toHaveText(intakeText.missing);
  await keys.press('Control+Enter');

  const code = page.getByTestId('intake-dossier-code');
  await expect(code).toHaveText(/^Đã tiếp nhận hồ sơ 000\.A0\.01\.H26-\d{6}-\d{4}$/);
  await expect(page.getByTestId('intake-printed')).toHaveText(intakeText.printed);
  expect(keys.count).toBeLessThanOrEqual(15);

  const shown = (await code.textContent())!.replace(intakeText.saved(''), '');
  const found = await ward.call('searchDossiers', { query: 'nguyen van an' });
  expect(found.dossiers.map((d) => [d.code, d.applicantName])).toEqual([[shown, 'Nguyễn Văn An']]);
  const { dossier } = await ward.call('getDossier', { id: found.dossiers[0]!.id });
  expect(dossier.applicant.address).toBe('Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội');
  expect(dossier.clerk.fullName).toBe(CLERK.fullName);
  expect(dossier.ticketId).not.toBeNull();
  expect(dossier.documents.map((d) => d.name)).toEqual([
    'Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân còn giá trị hoặc Căn cước điện tử của người yêu cầu (xuất trình)',
    'Dự thảo hợp đồng, giao dịch',
  ]);
  expect(dossier.fee.amount).toBe(50_000);

  // The receipt went to the printer once, with the code and the name as saved.
  const printed = await printedTexts(page);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain(shown);
  expect(printed[0]).toContain('Nguyễn Văn An');
  // The print handed the citizen's data out on paper: the audit says who printed which form of what.
  const { entries } = await ward.call('listCitizenAccess', { idNumber: '001090012345' });
  expect(entries.filter((e) => e.method === 'recordSlipPrinted').map((e) => [e.entityId, e.detail, e.clerkName])).toEqual([
    [dossier.id, 'slip_01', CLERK.fullName],
  ]);
});

test('a procedure without a catalogue deadline takes the clerk’s working days; a lost reply is retried with the same request id and makes one dossier', async ({
  ward,
}) => {
  test.setTimeout(120_000);
  const page = await intakeWithCard(
    ward,
    '036302004567||Trần Thị Thu Hà|08112002|Nữ|Xóm 3, Xã Hải Phong, Tỉnh Nam Định|10052022',
    'Trần Thị Thu Hà',
  );
  // The first save reaches the hub, which commits it; its reply is cut on the way back.
  const requestIds = await cutFirstAnswer(page, 'createDossier');

  // By its national code; the seed catalogue has no deadline for it, so the days field takes the caret.
  await page.keyboard.insertText('1.001776');
  await expect(page.getByTestId('intake-procedure-matches').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('intake-deadline-days')).toBeFocused();
  await expect(page.getByTestId('intake-due')).toHaveText(intakeText.dueWaiting);
  // 300 working days end in a year no published schedule covers: the appointment says so.
  await page.keyboard.type('300', { delay: 120 });
  await expect(page.getByTestId('intake-due-unconfirmed')).toHaveText(intakeText.calendarMark);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7', { delay: 120 });
  await expect(page.getByTestId('intake-due')).toContainText(`${intakeText.due}: `);
  await expect(page.getByTestId('intake-fee')).toHaveText(`${intakeText.fee}: 0 đồng`);
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('intake-add-document')).toBeFocused();
  await page.keyboard.insertText('Giấy xác nhận khuyết tật');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('intake-document-1-mark')).toHaveText(intakeText.present);
  await page.keyboard.press('Control+Enter');

  const code = page.getByTestId('intake-dossier-code');
  await expect(code).toHaveText(/^Đã tiếp nhận hồ sơ /, { timeout: 15_000 });
  expect(requestIds).toHaveLength(2);
  expect(requestIds[1]).toBe(requestIds[0]);

  const found = await ward.call('searchDossiers', { query: 'tran thi thu ha' });
  expect(found.dossiers).toHaveLength(1);
  expect(await code.textContent()).toBe(intakeText.saved(found.dossiers[0]!.code));
  const { dossier } = await ward.call('getDossier', { id: found.dossiers[0]!.id });
  expect(dossier.deadline).toMatchObject({ rule: { kind: 'working_days', days: 7 }, source: 'clerk' });
  expect(dossier.documents).toEqual([
    { name: 'Tờ khai theo mẫu của Nghị định 20/2021/NĐ-CP', kind: 'original', count: 1 },
    { name: 'Giấy xác nhận khuyết tật', kind: 'original', count: 1 },
  ]);
  await expect(page.getByTestId('intake-printed')).toBeVisible();
  expect(await printedTexts(page)).toHaveLength(1);
});

test('a fee by page is computed from the pages and copies counted, and an exemption brings it to 0 with its reason kept', async ({
  ward,
}) => {
  test.setTimeout(120_000);
  const page = await intakeWithCard(ward, CARD, 'Nguyễn Văn An');

  // Seed catalogue: 2,000 đồng a page, 1,000 from the third page, per copy.
  await page.keyboard.insertText('hop dong');
  await expect(page.getByTestId('intake-procedure-matches').getByRole('option').first()).toHaveText(/^2\.000942 Cấp bản sao có chứng thực/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('intake-fee')).toHaveText(`${intakeText.fee}: ${intakeText.feeNeedsFacts}`);
  await page.keyboard.press(' ');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('intake-fee-pages')).toBeFocused();
  await page.keyboard.type('4', { delay: 120 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('2', { delay: 120 });
  await expect(page.getByTestId('intake-fee')).toHaveText(`${intakeText.fee}: 12.000 đồng`);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('intake-fee-exemption')).toBeFocused();
  await page.keyboard.insertText('Người khuyết tật');
  await expect(page.getByTestId('intake-fee')).toHaveText(`${intakeText.fee}: 0 đồng`);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-dossier-code')).toBeVisible();

  const found = await ward.call('searchDossiers', { query: 'nguyen van an' });
  const { dossier } = await ward.call('getDossier', { id: found.dossiers[0]!.id });
  expect(dossier.fee).toEqual({ amount: 0, listedAmount: 12_000, source: 'catalogue', exemptionReason: 'Người khuyết tật' });
  // The catalogue accepts an original or a certified copy; the counter records what it keeps, a copy.
  expect(dossier.documents).toEqual([
    {
      name: 'Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân còn giá trị hoặc Căn cước điện tử (xuất trình)',
      kind: 'copy',
      count: 1,
    },
  ]);
});

test('a required paper marked thiếu gives the citizen Mẫu 02 instead of a receipt, and a refusal gives Mẫu 03 with its reason; neither makes a dossier', async ({
  ward,
}) => {
  test.setTimeout(60_000);
  await clerkAccount(ward);
  const { sessionToken } = await ward.call('signIn', { username: CLERK.username, secret: CLERK.secret }, ward.launchToken);
  const page = await intakeWithCard(ward, CARD, 'Nguyễn Văn An', sessionToken);
  const chooseContractCertification = async (): Promise<void> => {
    await page.keyboard.insertText('hop dong');
    await expect(page.getByTestId('intake-procedure-matches').getByRole('option').nth(1)).toHaveText('Chứng thực hợp đồng, giao dịch');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('intake-document-0')).toBeFocused();
  };

  // The draft contract, a required paper, is missing: the save becomes the supplement request.
  await chooseContractCertification();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('notice-missing')).toHaveText('Dự thảo hợp đồng, giao dịch');
  await expect(page.getByTestId('intake-save')).toHaveText(intakeText.saveIncomplete);
  await page.getByTestId('notice-phone').fill('02438251234');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-printed')).toHaveText(intakeText.supplementPrinted);

  // The next citizen's dossier is refused: the reason is mandatory.
  await page.keyboard.press('F9');
  await page.keyboard.press('F9');
  await scanText(page, CARD);
  await expect(page.getByTestId('intake-fullName')).toHaveValue('Nguyễn Văn An');
  await chooseContractCertification();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByTestId('notice-refusal-reason')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-error')).toHaveText(noticeText.needRefusalReason);
  await page.keyboard.type('Tài sản trong hợp đồng không thuộc địa bàn phường', { delay: 10 });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-printed')).toHaveText(intakeText.refusedPrinted);

  expect((await ward.call('searchDossiers', { query: 'nguyen van an' }, sessionToken)).dossiers).toEqual([]);
  const [supplement, refusal] = await printedTexts(page);
  expect(refusal).toBeDefined();
  expect(supplement).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  expect(supplement).toContain('Dự thảo hợp đồng, giao dịch');
  expect(supplement).toContain('02438251234');
  expect(supplement).toContain('Nguyễn Văn An');
  expect(refusal).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
  expect(refusal).toContain('Tài sản trong hợp đồng không thuộc địa bàn phường');
  expect(refusal).toContain(CLERK.fullName);
  // No code was issued to either: one-stop-rules §1.2 issues codes only on acceptance.
  expect(supplement).not.toContain(UNIT_CODE);
  expect(refusal).not.toContain(UNIT_CODE);
  // Both slips carried the citizen's data out on paper: the audit has each under the procedure, found by the ID number.
  const { entries } = await ward.call('listCitizenAccess', { idNumber: '001090012345' });
  expect(entries.filter((e) => e.method === 'recordNoticePrinted').map((e) => [e.entity, e.entityId, e.detail, e.clerkName])).toEqual([
    ['procedure', CONTRACT_CERTIFICATION, 'slip_03', CLERK.fullName],
    ['procedure', CONTRACT_CERTIFICATION, 'slip_02', CLERK.fullName],
  ]);
});

test('someone filing for the applicant is recorded with the authorisation (Alt+U), and a dossier that needs verification gets the longer appointment', async ({
  ward,
}) => {
  test.setTimeout(120_000);
  const page = await intakeWithCard(ward, CARD, 'Nguyễn Văn An');

  await page.keyboard.press('Alt+U');
  await expect(page.getByTestId('intake-representative-fullName')).toBeFocused();
  // At a person's pace: a burst at a scanner's would be read as a scan.
  await page.keyboard.insertText('Trần Thị Bích');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('001190054321');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('GUQ số 12 ngày 1/12');

  // The seed's record: 3 working days, 8 when the case needs verification.
  await page.getByTestId('intake-procedure-search').focus();
  await page.keyboard.insertText('khai sinh ket hop');
  await expect(page.getByTestId('intake-procedure-matches').getByRole('option').first()).toHaveText(/nhận cha, mẹ, con/);
  await page.keyboard.press('Enter');
  const procedureId = (await ward.call('listProcedures', { query: 'khai sinh ket hop' })).procedures[0]!.id;
  const dueText = async (verification: boolean): Promise<string> => {
    const due = await ward.call('getDueDate', { procedureId, channel: 'in_person', verification });
    const [y, m, d] = due.date.split('-');
    return intakeText.dueAt(due.time, `${d}/${m}/${y}`);
  };
  await expect(page.getByTestId('intake-due')).toContainText(await dueText(false));
  await page.getByTestId('intake-verification').focus();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('intake-due')).toContainText(await dueText(true));

  for (const box of await page.getByTestId('intake-checklist').getByRole('checkbox').all()) await box.check();
  await page.getByTestId('intake-fee-amount').fill('0');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-dossier-code')).toBeVisible();

  const found = await ward.call('searchDossiers', { query: 'nguyen van an' });
  const { dossier } = await ward.call('getDossier', { id: found.dossiers[0]!.id });
  expect(dossier.representative).toEqual({
    fullName: 'Trần Thị Bích',
    idNumber: '001190054321',
    authorisation: 'GUQ số 12 ngày 1/12',
  });
  expect(dossier.deadline.verification).toBe(true);
  expect(dossier.deadline.rule).toEqual({ kind: 'working_days', days: 3, daysIfVerification: 8 });
});
