import type { Procedure } from '../../src/shared/catalog/procedure';
import { appText } from '../../src/shared/i18n/vi';
import { catalogText } from '../../src/shared/i18n/vi/catalog';
import { expect, test, type Ward } from '../support/e2e-fixtures';
import { seedCatalogue } from '../support/seed-catalogue';

// Settings › Danh mục thủ tục in the built app against a real ward service: finding a procedure
// without typing accents, and importing a file — refused with its bad line named, or previewed and applied.

const MARRIAGE = '019a0000-5eed-7000-8000-000000000060';

const festival: Procedure = {
  id: '019b2222-0000-7000-8000-000000000001',
  nationalCode: { code: '2.000777', confidence: 'C', source: 'Quyết định công bố số 7/QĐ-UBND' },
  field: 'Văn hóa',
  name: 'Thông báo tổ chức lễ hội truyền thống',
  receivingUnit: 'Bộ phận Một cửa',
  competentUnit: 'Ủy ban nhân dân phường',
  channels: ['in_person'],
  deadline: { rule: { kind: 'working_days', days: 5 }, byChannel: {}, confidence: 'C', source: 'Quyết định công bố số 7/QĐ-UBND' },
  fee: { rule: { kind: 'free' }, exemptions: [], confidence: 'S', source: 'Trang thông tin phường' },
  requiredDocuments: { items: null, confidence: 'U', source: 'Chưa tìm thấy' },
  resultDocument: { name: null, confidence: 'U', source: 'Chưa tìm thấy' },
  legalBasis: { items: null, confidence: 'U', source: 'Chưa tìm thấy' },
  publicationDecision: null,
  effectiveFrom: '2025-07-01',
};

async function storedCatalogue(ward: Ward): Promise<Procedure[]> {
  const { text } = await ward.call('exportCatalogue', { format: 'json' });
  return (JSON.parse(text) as { procedures: Procedure[] }).procedures;
}

/** The JSON exchange file with one procedure per line: procedure i (0-based) is on line i + 2. */
function oneLineEach(procedures: readonly unknown[]): string {
  return ['{"format":"motcua-catalogue","version":1,"procedures":[', procedures.map((p) => JSON.stringify(p)).join(',\n'), ']}'].join('\n');
}

test.describe('procedure catalogue settings', () => {
  test('search typed without accents finds the procedure, with its facts and confidence tags', async ({ ward }) => {
    const page = await ward.open('/settings/catalogue');
    const search = page.getByLabel(catalogText.search);
    await search.fill('dang ky ket hon');
    const names = page.getByTestId('procedure-name');
    await expect(names).toHaveText([
      'Đăng ký kết hôn',
      'Đăng ký kết hôn lưu động',
      'Đăng ký kết hôn có yếu tố nước ngoài',
      'Đăng ký lại kết hôn',
    ]);
    const marriage = page.getByTestId('procedure-row').first();
    await expect(marriage).toContainText('1.000894');
    await expect(marriage.getByTestId('confidence-badge')).toHaveCount(4);
    // Tagged in words, not in letters only explained on hover.
    for (const badge of await marriage.getByTestId('confidence-badge').allInnerTexts())
      expect(Object.values(catalogText.confidenceShort)).toContain(badge);

    await search.fill('ho tich');
    await expect(page.getByTestId('catalogue-count')).toHaveText(`${seedCatalogue.filter((p) => p.field === 'Hộ tịch').length} thủ tục`);
    await page.getByTestId('catalogue-field').selectOption('Chứng thực');
    await expect(page.getByTestId('catalogue-count')).toHaveText(catalogText.none);
  });

  test('an import with a bad line shows that line and changes nothing', async ({ ward }) => {
    const catalogue = await storedCatalogue(ward);
    const page = await ward.open('/settings/catalogue');
    const file = oneLineEach([catalogue[0], { ...catalogue[1], effectiveFrom: '2025-02-30' }, catalogue[2]]);
    // Chosen from the keyboard through the Vietnamese button, which then names the file.
    await expect(page.getByTestId('catalogue-import-file-name')).toHaveText(appText.noFileChosen);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('catalogue-import-file-button').focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'danh-muc-phuong.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(page.getByTestId('catalogue-import-file-name')).toHaveText('danh-muc-phuong.json');
    await expect(page.getByTestId('catalogue-import-text')).toHaveValue(file);
    await page.getByTestId('catalogue-preview').click();

    const problems = page.getByTestId('catalogue-problem');
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toContainText('3');
    await expect(problems.first()).toContainText('procedures[1].effectiveFrom');
    await expect(page.getByTestId('catalogue-problems')).toContainText(catalogText.badLines(1));
    await expect(page.getByTestId('catalogue-apply')).toBeDisabled();

    expect(await storedCatalogue(ward)).toEqual(catalogue);
    // Straight to the import method, the same file is refused just the same.
    const refused = await ward.call('importCatalogue', { format: 'json', text: file });
    expect(refused.ok).toBe(false);
    expect(await storedCatalogue(ward)).toEqual(catalogue);
  });

  test('a good import shows what would change, and applies it on confirmation', async ({ ward }) => {
    const catalogue = await storedCatalogue(ward);
    const edited = catalogue.map((p) => (p.id === MARRIAGE ? { ...p, name: 'Đăng ký kết hôn (trong nước)' } : p));
    const page = await ward.open('/settings/catalogue');
    await page
      .getByTestId('catalogue-import-text')
      .fill(JSON.stringify({ format: 'motcua-catalogue', version: 1, procedures: [...edited, festival] }));
    await page.getByTestId('catalogue-preview').click();

    const preview = page.getByTestId('catalogue-preview-result');
    await expect(page.getByTestId('catalogue-preview-added')).toHaveText(catalogText.added(1));
    await expect(page.getByTestId('catalogue-preview-changed')).toHaveText(catalogText.changed(1));
    await expect(preview).toContainText('2.000777 — Thông báo tổ chức lễ hội truyền thống');
    await expect(preview).toContainText(
      `1.000894 — Đăng ký kết hôn (trong nước) — ${catalogText.changedFields}: ${catalogText.fieldNames.name}`,
    );
    // Nothing is written by the preview.
    expect(await storedCatalogue(ward)).toEqual(catalogue);

    await page.getByTestId('catalogue-apply').click();
    await expect(page.getByTestId('catalogue-import-applied')).toHaveText(catalogText.applied(1, 1, 0));
    await page.getByLabel(catalogText.search).fill('le hoi');
    await expect(page.getByTestId('procedure-name')).toHaveText(['Thông báo tổ chức lễ hội truyền thống']);
    expect((await ward.call('getProcedure', { id: MARRIAGE })).procedure.name).toBe('Đăng ký kết hôn (trong nước)');
  });

  test('the edit form takes a deadline, a fee and a document row in Vietnamese fields, names a bad value, and saves from the keyboard', async ({
    ward,
  }) => {
    const before = (await ward.call('getProcedure', { id: MARRIAGE })).procedure;
    const documentsBefore = before.requiredDocuments.items ?? [];
    const page = await ward.open('/settings/catalogue');
    await page.getByLabel(catalogText.search).fill('1.000894');
    await expect(page.getByTestId('procedure-name')).toHaveText(['Đăng ký kết hôn']);
    await page.getByTestId('procedure-edit').press('Enter');
    const form = page.getByTestId('procedure-form');
    const labels = catalogText.form;
    // The head sees the facts in words, never the exchange file's notation.
    for (const notation of ['same_day_cutoff', 'cutoff=', '| original |', 'required']) await expect(form).not.toContainText(notation);

    const kind = form.getByLabel(catalogText.fieldLabels['deadline.rule'], { exact: true });
    await kind.selectOption({ label: labels.deadlineKinds.working_days });
    const days = form.getByLabel(labels.ruleFields.days, { exact: true });
    await days.fill('0');
    await days.press('Enter');
    const daysName = `${catalogText.fieldLabels['deadline.rule']} — ${labels.ruleFields.days}`;
    await expect(page.getByTestId('procedure-problems')).toContainText(`${daysName}: Phải từ 1 trở lên.`);
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    expect((await ward.call('getProcedure', { id: MARRIAGE })).procedure).toEqual(before);

    await days.fill('7');
    await form.getByLabel(labels.feeKind, { exact: true }).selectOption({ label: labels.feeKinds.fixed });
    await form.getByLabel(labels.ruleFields.amount, { exact: true }).fill('10.000');
    await form.getByLabel(catalogText.fieldLabels['fee.confidence']).selectOption('C');
    await form.getByLabel(catalogText.fieldLabels['fee.source']).fill('Nghị quyết HĐND thành phố Hà Nội');

    // A document row added from the keyboard lands with the cursor in its name; Tab walks its cells.
    await form.getByRole('button', { name: labels.addDocument }).focus();
    await page.keyboard.press('Enter');
    const position = documentsBefore.length + 1;
    const cell = (field: keyof typeof labels.documentFields) =>
      form.getByLabel(`${labels.documentRow(position)} — ${labels.documentFields[field]}`, { exact: true });
    await expect(cell('name')).toBeFocused();
    await page.keyboard.type('Văn bản đồng ý của cha mẹ');
    await page.keyboard.press('Tab');
    await expect(cell('kind')).toBeFocused();
    await cell('kind').selectOption({ label: labels.documentKinds.copy });
    await page.keyboard.press('Tab');
    await expect(cell('count')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await expect(cell('optional')).toBeFocused();
    await cell('optional').selectOption({ label: labels.documentOptional });
    await page.keyboard.press('Tab');
    await expect(cell('formTemplate')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: labels.removeDocument(position) })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');

    await expect(form).toHaveCount(0);
    const row = page.getByTestId('procedure-row').first();
    await expect(row).toContainText('7 ngày làm việc');
    await expect(row).toContainText('10.000 đ/hồ sơ');
    const saved = (await ward.call('getProcedure', { id: MARRIAGE })).procedure;
    expect(saved).toEqual({
      ...before,
      deadline: { ...before.deadline, rule: { kind: 'working_days', days: 7 } },
      fee: { ...before.fee, rule: { kind: 'fixed', amount: 10_000 }, confidence: 'C', source: 'Nghị quyết HĐND thành phố Hà Nội' },
      requiredDocuments: {
        ...before.requiredDocuments,
        items: [...documentsBefore, { name: 'Văn bản đồng ý của cha mẹ', kind: 'copy', count: 2, optional: true, formTemplate: null }],
      },
    });
  });

  test('a document row is removed from the keyboard, and a form with no row saves the documents as not known', async ({ ward }) => {
    const before = (await ward.call('getProcedure', { id: MARRIAGE })).procedure;
    const page = await ward.open('/settings/catalogue');
    await page.getByLabel(catalogText.search).fill('1.000894');
    await expect(page.getByTestId('procedure-name')).toHaveText(['Đăng ký kết hôn']);
    await page.getByTestId('procedure-edit').press('Enter');
    const form = page.getByTestId('procedure-form');
    // With no channel ticked the form refuses, saying so under the channels.
    const channels = form.getByRole('group', { name: catalogText.fieldLabels.channels });
    for (const channel of before.channels) await form.getByTestId(`procedure-channel-${channel}`).press('Space');
    await form.getByTestId(`procedure-channel-${before.channels[0]!}`).press('Enter');
    await expect(channels.getByRole('alert')).toHaveText('Cần ít nhất 1 mục.');
    for (const channel of before.channels) await form.getByTestId(`procedure-channel-${channel}`).press('Space');

    const remove = form.getByTestId('procedure-document-remove');
    const rows = await remove.count();
    expect(rows).toBeGreaterThan(0);
    const firstName = form.getByLabel(`${catalogText.form.documentRow(1)} — ${catalogText.form.documentFields.name}`, { exact: true });
    for (let left = rows; left > 0; left--) {
      await remove.first().focus();
      await page.keyboard.press('Enter');
      await expect(form.getByTestId('procedure-document-row')).toHaveCount(left - 1);
      // The cursor moves to the row that took the removed one's place, after the last one to the add button.
      if (left > 1) await expect(firstName).toBeFocused();
    }
    await expect(form.getByRole('button', { name: catalogText.form.addDocument })).toBeFocused();
    await expect(form).toContainText(catalogText.form.documentsEmpty);
    const confidence = form.getByLabel(catalogText.fieldLabels['requiredDocuments.confidence']);
    await page.keyboard.press('Tab');
    await expect(confidence).toBeFocused();
    await confidence.selectOption('C');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('procedure-problems')).toContainText(
      `${catalogText.fieldLabels['requiredDocuments.confidence']}: Thông tin chưa có giá trị thì độ tin cậy phải là U (chưa xác nhận).`,
    );
    await expect(confidence).toHaveAttribute('aria-invalid', 'true');
    await confidence.selectOption('U');
    await expect(confidence).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form).toHaveCount(0);
    const saved = (await ward.call('getProcedure', { id: MARRIAGE })).procedure;
    expect(saved).toEqual({ ...before, requiredDocuments: { ...before.requiredDocuments, items: null, confidence: 'U' } });
  });
});
