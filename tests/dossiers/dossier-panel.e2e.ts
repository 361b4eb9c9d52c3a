import type { Page } from '@playwright/test';
import type { MethodInput } from '../../src/shared/api/contract';
import {
  cityStepText,
  counterText,
  dossierErrors,
  dossierPanelText,
  dossierStatusText,
  intakeText,
  noticeText,
} from '../../src/shared/i18n/vi';
import { createProcessingToken, createWard } from '../../src/city/admin';
import {
  CLERK,
  clerkAccount,
  cutFirstAnswer,
  printedDocuments,
  printedTexts,
  slipPdfText,
  stubBrowserPrint,
} from '../support/e2e-dossiers';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { TEST_ADMIN } from '../support/test-admin';
import { startCity } from '../support/test-city';

// The counter's dossiers from the keyboard: the four lists, the search by a name typed without
// accents, one dossier moved to its return, the slips a step hands to the citizen, a list of hundreds,
// and a status from the processing side the dossier could not take. State the page is not testing is
// set through the API.

test.use({ movableClock: true });

/** 08:00 on Tuesday 10 March 2026 in Hanoi; the following Monday 09:00. */
const TUESDAY_MORNING = Date.parse('2026-03-10T01:00:00.000Z');
const NEXT_MONDAY = Date.parse('2026-03-16T02:00:00.000Z');
/** Seed catalogue: 2 working days, 50,000 đồng; its first two documents are required. */
const CONTRACT_CERTIFICATION = '019a0000-5eed-7000-8000-000000000260';
/** Seed catalogue: the same day when received before 15:00. */
const COPY_CERTIFICATION = '019a0000-5eed-7000-8000-000000000200';
const UNIT = '000.A0.01.H26';

let requests = 0;

function intake(fullName: string, idNumber: string, procedureId = CONTRACT_CERTIFICATION): MethodInput<'createDossier'> {
  requests++;
  return {
    requestId: `0197a000-0000-4000-8000-${String(requests).padStart(12, '0')}`,
    procedureId,
    channel: 'in_person',
    applicant: { idNumber, fullName, birthDate: '1990-05-17', sex: 'female', address: 'Số 5 ngõ 12 phố Huế, Hà Nội', phone: '0912345678' },
    documents: [{ name: 'Phiếu yêu cầu chứng thực', kind: 'original', count: 1 }],
    fee: procedureId === COPY_CERTIFICATION ? { facts: { pages: 1, copies: 1 } } : {},
    returnMethod: 'counter',
  };
}

async function steps(ward: Ward, dossierId: string, ...names: MethodInput<'recordDossierStep'>['step'][]): Promise<void> {
  for (const step of names) {
    requests++;
    const requestId = `0197a000-0000-4000-8000-${String(requests).padStart(12, '0')}`;
    await ward.call('recordDossierStep', { requestId, dossierId, step, reason: 'Thiếu bản sao giấy khai sinh' });
  }
}

/** The clerk's own session, signed in after the clock moved (a jump of days locks an idle session). */
async function clerkSession(ward: Ward): Promise<string> {
  return (await ward.call('signIn', { username: CLERK.username, secret: CLERK.secret }, ward.launchToken)).sessionToken;
}

async function counterPage(ward: Ward, token: string): Promise<Page> {
  const page = await ward.open('/', { token, prepare: stubBrowserPrint });
  await expect(page.getByTestId('clerk-name')).toHaveText(CLERK.fullName);
  await page.getByTestId('counter-select').selectOption('1');
  return page;
}

/** The counter page with one dossier's detail open, found by its code from F10. */
async function dossierDetail(ward: Ward, token: string, code: string): Promise<Page> {
  const page = await counterPage(ward, token);
  await page.keyboard.press('F10');
  await page.keyboard.type(code, { delay: 10 });
  await expect(page.getByTestId('dossier-row')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier-detail-code')).toHaveText(dossierPanelText.detailTitle(code));
  return page;
}

test('the four lists, a search by unaccented name, and one dossier moved from reception to its return by keyboard', async ({ ward }) => {
  test.setTimeout(60_000);
  await ward.call('saveDossierCodeSettings', { unitCode: UNIT, slot: 1 });
  await clerkAccount(ward);
  await ward.advanceClock(TUESDAY_MORNING - Date.now());
  const dao = (await ward.call('createDossier', intake('Nguyễn Thị Đào', '001190012345'))).dossier;
  const cuc = (await ward.call('createDossier', intake('Lê Thị Cúc', '001192000222'))).dossier;
  await steps(ward, cuc.id, 'transfer', 'start_processing', 'request_supplement');
  const dung = (await ward.call('createDossier', intake('Phạm Văn Dũng', '001080000333'))).dossier;
  await steps(ward, dung.id, 'transfer', 'start_processing', 'mark_result_ready');
  await ward.advanceClock(NEXT_MONDAY - TUESDAY_MORNING);
  const token = await clerkSession(ward);
  await ward.call('createDossier', intake('Hoàng Văn Em', '001085000111', COPY_CERTIFICATION), token);

  const page = await counterPage(ward, token);
  await expect(page.getByTestId('counter-keymap')).toContainText(`F10${counterText.actions.dossiers}`);
  await page.keyboard.press('F10');
  await expect(page.getByTestId('dossier-search')).toBeFocused();
  const rows = page.getByTestId('dossier-row');
  const title = page.getByTestId('dossier-rows-title');
  await expect(title).toHaveText(dossierPanelText.lists.due_today);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Hoàng Văn Em');
  // Thursday's appointment missed: Friday and Monday are the two working days since.
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(dossierPanelText.lists.overdue);
  await expect(rows.filter({ hasText: 'Nguyễn Thị Đào' }).getByTestId('dossier-overdue')).toHaveText(
    `· ${dossierPanelText.overdueDays(2)}`,
  );
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(dossierPanelText.lists.supplement_requested);
  await expect(rows).toHaveText([new RegExp(`Lê Thị Cúc.*${dossierStatusText.supplement_requested}`)]);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(dossierPanelText.lists.result_ready);
  await expect(rows).toHaveText([new RegExp(`Phạm Văn Dũng.*${dossierStatusText.result_ready}`)]);

  await page.keyboard.type('nguyen thi dao', { delay: 30 });
  await expect(title).toHaveText(dossierPanelText.searchResults('nguyen thi dao'));
  await expect(rows).toHaveText([new RegExp(`^${dao.code.replace(/\./g, '\\.')} Nguyễn Thị Đào`)]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier-detail-code')).toHaveText(dossierPanelText.detailTitle(dao.code));
  await expect(page.getByTestId('dossier-detail-due')).toHaveText(intakeText.dueAt('17:00', '12/03/2026'));

  const status = page.getByTestId('dossier-detail-status');
  for (const [key, reached] of [
    ['1', 'transferred'],
    ['2', 'processing'],
    ['5', 'result_ready'],
    ['6', 'returned'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page.getByTestId('dossier-step-confirm')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(dossierStatusText[reached]);
  }
  await expect(page.getByTestId('dossier-history').locator('tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('dossier-history')).toContainText(CLERK.fullName);
  const { dossier, events } = await ward.call('getDossier', { id: dao.id });
  expect(dossier.status).toBe('returned');
  expect(events.map((e) => [e.action, e.clerk?.fullName ?? null])).toEqual([
    ['receive', TEST_ADMIN.fullName],
    ['transfer', CLERK.fullName],
    ['start_processing', CLERK.fullName],
    ['mark_result_ready', CLERK.fullName],
    ['return_result', CLERK.fullName],
  ]);

  // Returned is the end: no step is offered, the receipt can still be printed again.
  await expect(page.getByTestId('dossier-detail')).toContainText(dossierPanelText.noSteps);
  await page.keyboard.press('i');
  await expect(page.getByTestId('dossier-printed')).toHaveText(dossierPanelText.printed(dossierPanelText.prints.receiptName));
  const printed = await printedTexts(page);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain(dao.code);
  expect(printed[0]).toContain('Nguyễn Thị Đào');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dossier-search')).toBeFocused();
});

test('a supplement request during processing prints Mẫu 02 with what is missing, recorded once though its answer was lost', async ({
  ward,
  browser,
}) => {
  test.setTimeout(60_000);
  await ward.call('saveDossierCodeSettings', { unitCode: UNIT, slot: 1 });
  await clerkAccount(ward);
  const token = await clerkSession(ward);
  const { dossier } = await ward.call('createDossier', intake('Nguyễn Thị Đào', '001190012345'), token);
  await steps(ward, dossier.id, 'transfer', 'start_processing');

  const page = await counterPage(ward, token);
  // The step reaches the hub, which commits it; its answer is cut on the way back.
  const requestIds = await cutFirstAnswer(page, 'recordDossierStep');
  await page.keyboard.press('F10');
  await page.keyboard.type(dossier.code, { delay: 10 });
  await expect(page.getByTestId('dossier-row')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier-detail-status')).toHaveText(dossierStatusText.processing);

  await page.keyboard.press('3');
  await expect(page.getByTestId('notice-items')).toBeFocused();
  await page.keyboard.type('Bản sao giấy khai sinh');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Giấy ủy quyền có chứng thực');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('notice-basis')).toHaveValue(noticeText.basisFromCatalogue);
  await page.keyboard.press('Tab');
  await page.keyboard.type('02438251234');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByTestId('dossier-detail-status')).toHaveText(dossierStatusText.supplement_requested, { timeout: 15_000 });
  await expect(page.getByTestId('dossier-printed')).toHaveText(dossierPanelText.printed(dossierPanelText.prints.supplement));
  expect(requestIds).toHaveLength(2);
  expect(requestIds[1]).toBe(requestIds[0]);
  const { events } = await ward.call('getDossier', { id: dossier.id });
  expect(events.filter((e) => e.action === 'request_supplement')).toHaveLength(1);
  expect(events.at(-1)!.reason).toBe(
    noticeText.supplementReason(['Bản sao giấy khai sinh', 'Giấy ủy quyền có chứng thực'], noticeText.basisFromCatalogue),
  );

  const documents = await printedDocuments(page);
  expect(documents).toHaveLength(1);
  const text = await slipPdfText(browser, documents[0]!);
  expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Nguyễn Thị Đào');
  expect(text).toContain('Bản sao giấy khai sinh');
  expect(text).toContain('Giấy ủy quyền có chứng thực');
  expect(text).toContain('02438251234');
  expect(text).toContain(CLERK.fullName);
});

test('a dossier resumed after a supplement, extended to a new appointment with its mandatory reason, then stopped, by keyboard', async ({
  ward,
}) => {
  test.setTimeout(60_000);
  await ward.call('saveDossierCodeSettings', { unitCode: UNIT, slot: 1 });
  await clerkAccount(ward);
  await ward.advanceClock(TUESDAY_MORNING - Date.now());
  const token = await clerkSession(ward);
  const { dossier } = await ward.call('createDossier', intake('Nguyễn Thị Đào', '001190012345'), token);
  await steps(ward, dossier.id, 'transfer', 'start_processing', 'request_supplement');
  const page = await dossierDetail(ward, token, dossier.code);
  const status = page.getByTestId('dossier-detail-status');
  await expect(status).toHaveText(dossierStatusText.supplement_requested);

  // The papers came: resuming needs no reason, so Enter confirms at once.
  await page.keyboard.press('4');
  await expect(page.getByTestId('dossier-step-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(dossierStatusText.processing);

  // Mẫu 04: no reason, no extension; then the reason, and the appointment moved a week later.
  await page.keyboard.press('9');
  await expect(page.getByTestId('dossier-step-reason')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('dossier-step-error')).toHaveText(dossierErrors.dossier_reason_required);
  await page.keyboard.type('Cần xác minh thêm tại địa phương nơi cư trú', { delay: 5 });
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('dossier-new-due-date')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('19/03/2026', { delay: 10 });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('dossier-detail-due')).toHaveText(intakeText.dueAt('17:00', '19/03/2026'));
  await expect(status).toHaveText(dossierStatusText.processing);
  await expect(page.getByTestId('dossier-printed')).toHaveText(dossierPanelText.printed(dossierPanelText.prints.extension));

  // Mẫu 05: the stop needs its reason too.
  await page.keyboard.press('8');
  await expect(page.getByTestId('dossier-step-reason')).toBeFocused();
  await page.keyboard.type('Người nộp rút hồ sơ', { delay: 5 });
  await page.keyboard.press('Control+Enter');
  await expect(status).toHaveText(dossierStatusText.stopped);
  await expect(page.getByTestId('dossier-printed')).toHaveText(dossierPanelText.printed(dossierPanelText.prints.stop));

  const { events, dossier: stopped } = await ward.call('getDossier', { id: dossier.id });
  expect(stopped.due).toMatchObject({ date: '2026-03-19', time: '17:00' });
  expect(events.slice(4).map((e) => [e.action, e.reason, e.clerk?.fullName])).toEqual([
    ['resume_processing', null, CLERK.fullName],
    ['extend', 'Cần xác minh thêm tại địa phương nơi cư trú', CLERK.fullName],
    ['stop', 'Người nộp rút hồ sơ', CLERK.fullName],
  ]);
  const [extension, stop] = await printedTexts(page);
  expect(extension).toContain(dossier.code);
  expect(extension).toContain('Thời gian hẹn trả kết quả mới: 17 giờ 00 phút, ngày 19 tháng 03 năm 2026');
  expect(extension).toContain('Cần xác minh thêm tại địa phương nơi cư trú');
  expect(stop).toContain('Người nộp rút hồ sơ');
  const { entries } = await ward.call('listCitizenAccess', { idNumber: '001190012345' });
  expect(entries.filter((e) => e.method === 'recordSlipPrinted').map((e) => e.detail)).toEqual(['slip_05', 'slip_04']);
});

test('a list of hundreds keeps only the rows in view in the page, and its last row is reached', async ({ ward }) => {
  test.setTimeout(90_000);
  await ward.call('saveDossierCodeSettings', { unitCode: UNIT, slot: 1 });
  await clerkAccount(ward);
  await ward.advanceClock(TUESDAY_MORNING - Date.now());
  const token = await clerkSession(ward);
  // 240 same-day copy certifications, all due today: five screens of rows. Eight at a time, as counters would.
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];
  for (let batch = 0; batch < 30; batch++)
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        ward.call(
          'createDossier',
          intake(names[(batch * 8 + i) % names.length]!, `0011900${String(batch * 8 + i).padStart(5, '0')}`, COPY_CERTIFICATION),
          token,
        ),
      ),
    );
  const { dossiers } = await ward.call('listDossiers', { list: 'due_today', limit: 500 }, token);
  expect(dossiers).toHaveLength(240);

  const page = await counterPage(ward, token);
  await page.keyboard.press('F10');
  await expect(page.getByTestId('dossier-rows-title')).toHaveText(dossierPanelText.lists.due_today);
  const rows = page.getByTestId('dossier-row');
  await expect(rows.first()).toContainText(dossiers[0]!.code);
  const inPage = await rows.count();
  expect(inPage).toBeGreaterThan(3);
  expect(inPage).toBeLessThan(60);

  await page.getByTestId('dossier-rows').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  const last = page.locator('[data-testid="dossier-row"][data-index="239"]');
  await expect(last).toContainText(dossiers[239]!.code);
  // Shown within the list's own scrolling box, whatever the page around it.
  const shown = await page.getByTestId('dossier-rows').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const row = list.querySelector('[data-index="239"]')!.getBoundingClientRect();
    return row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
  });
  expect(shown).toBe(true);
  expect(await rows.count()).toBeLessThan(60);
  await expect(page.locator('[data-testid="dossier-row"][data-index="0"]')).toHaveCount(0);
});

test('a status the processing side posted that the dossier cannot take is shown in the red box, in words', async ({ ward }) => {
  test.setTimeout(120_000);
  // The processing side may post only dossiers whose code carries its ward's code.
  const WARD = 'D0E2E1';
  // The city is not what this test checks: in this process, on an embedded database (a city process
  // and its admin commands would cost a start each).
  const city = await startCity();
  await createWard(city.db, WARD, 'Phường thử');
  const processingToken = await createProcessingToken(city.db, WARD);
  const enrolCode = await city.enrolCode(WARD, 1);
  try {
    await ward.call('saveDossierCodeSettings', { unitCode: WARD, slot: 1 });
    await clerkAccount(ward);
    await ward.call('enrolWithCity', { cityUrl: city.url, code: enrolCode });
    await expect.poll(async () => (await ward.call('getSyncStatus', {})).city?.ward.code, { timeout: 30_000 }).toBe(WARD);
    const token = await clerkSession(ward);
    const { dossier } = await ward.call('createDossier', intake('Nguyễn Thị Đào', '001190012345'), token);
    // Stopped at the counter, and the city has it so.
    await steps(ward, dossier.id, 'stop');
    await ward.call('syncNow', {});
    await expect.poll(async () => (await ward.call('getSyncStatus', {})).pending.total, { timeout: 30_000 }).toBe(0);

    // Meanwhile the processing side says the result is ready: a stopped dossier cannot take that.
    const posted = await fetch(`${city.url}/v1/processing/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${processingToken}` },
      body: JSON.stringify({
        eventId: '0197a000-0000-4000-8000-00000000e2e1',
        dossierId: dossier.id,
        dossierCode: dossier.code,
        status: 'result_ready',
        at: new Date().toISOString(),
        note: 'Phòng Tư pháp',
      }),
    });
    expect(posted.status, await posted.clone().text()).toBe(200);
    await ward.call('syncNow', {});
    await expect.poll(async () => (await ward.call('getDossier', { id: dossier.id })).conflicts.length, { timeout: 30_000 }).toBe(1);

    const page = await dossierDetail(ward, token, dossier.code);
    await expect(page.getByTestId('dossier-detail-status')).toHaveText(dossierStatusText.stopped);
    const box = page.getByTestId('dossier-conflicts');
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('role', 'alert');
    await expect(box.locator('h3')).toHaveText(dossierPanelText.conflictsTitle);
    await expect(box.locator('li')).toHaveText([
      new RegExp(`${escaped(cityStepText.conflict('result_ready', 'stopped'))} \\(Phòng Tư pháp\\)$`),
    ]);
    // Red: its edge is the error colour of the pages.
    expect(await box.evaluate((element) => getComputedStyle(element).borderLeftColor)).toBe('rgb(179, 38, 30)');
  } finally {
    await city.close();
  }
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
