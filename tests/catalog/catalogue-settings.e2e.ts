import type { Procedure } from '../../src/shared/catalog/procedure';
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
    const page = await ward.open('/settings');
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

    await search.fill('ho tich');
    await expect(page.getByTestId('catalogue-count')).toHaveText(`${seedCatalogue.filter((p) => p.field === 'Hộ tịch').length} thủ tục`);
    await page.getByTestId('catalogue-field').selectOption('Chứng thực');
    await expect(page.getByTestId('catalogue-count')).toHaveText(catalogText.none);
  });

  test('an import with a bad line shows that line and changes nothing', async ({ ward }) => {
    const catalogue = await storedCatalogue(ward);
    const page = await ward.open('/settings');
    const file = oneLineEach([catalogue[0], { ...catalogue[1], effectiveFrom: '2025-02-30' }, catalogue[2]]);
    await page.getByTestId('catalogue-import-text').fill(file);
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
    const page = await ward.open('/settings');
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

  test('the edit form names a bad fact and saves a corrected one, from the keyboard', async ({ ward }) => {
    const page = await ward.open('/settings');
    await page.getByLabel(catalogText.search).fill('1.000894');
    await expect(page.getByTestId('procedure-name')).toHaveText(['Đăng ký kết hôn']);
    await page.getByTestId('procedure-edit').click();

    const fee = page.getByLabel(catalogText.columnLabels.fee!, { exact: true });
    await fee.fill('fixed amount=10.000');
    await fee.press('Enter');
    await expect(page.getByTestId('procedure-problems')).toContainText(catalogText.form.problems);
    await expect(fee).toHaveAttribute('aria-invalid', 'true');
    expect((await ward.call('getProcedure', { id: MARRIAGE })).procedure.fee.rule).not.toEqual({ kind: 'fixed', amount: 10_000 });

    await fee.fill('fixed amount=10000');
    await page.getByLabel(catalogText.columnLabels.fee_confidence!).selectOption('C');
    await page.getByLabel(catalogText.columnLabels.fee_source!).fill('Nghị quyết HĐND thành phố Hà Nội');
    await fee.press('Enter');
    await expect(page.getByTestId('procedure-form')).toHaveCount(0);
    await expect(page.getByTestId('procedure-row').first()).toContainText('10.000 đ/hồ sơ');
    const saved = (await ward.call('getProcedure', { id: MARRIAGE })).procedure.fee;
    expect([saved.rule, saved.confidence, saved.source]).toEqual([
      { kind: 'fixed', amount: 10_000 },
      'C',
      'Nghị quyết HĐND thành phố Hà Nội',
    ]);
  });
});
