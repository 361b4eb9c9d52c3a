import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slipsText } from '../../src/shared/i18n/vi/slips';
import { localDay } from '../../src/shared/time/local-time';
import { clerkSession } from '../support/clerk-sessions';
import { fingerprint } from '../support/db-fingerprint';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';
import { intake } from '../dossiers/dossier-setup';

// The register of dossiers (Mẫu 07) downloaded over HTTP as the head of the service point does it,
// and read back the way a spreadsheet program would: the Vietnamese intact, nothing that runs.

const FORMULA_NAME = '-Lê Văn Tám';
const FORMULA_ADDRESS = '=HYPERLINK("http://evil.example","Bấm vào đây")';

let service: TestWardService;
let head: string;
let today: string;
let codes: string[];

async function download(input: Record<string, unknown>, token = head): Promise<Response> {
  return fetch(`${service.baseUrl}/api/exportDossierRegister`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
}

beforeAll(async () => {
  service = await startTestWardService();
  const { client, token } = service;
  await client.ok('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 }, token);
  const first = await client.ok('createDossier', intake(), token);
  const base = intake();
  const second = await client.ok(
    'createDossier',
    { ...base, applicant: { ...base.applicant, idNumber: '001085004321', fullName: FORMULA_NAME, address: FORMULA_ADDRESS } },
    token,
  );
  codes = [first.dossier.code, second.dossier.code];
  today = localDay(first.dossier.receivedAt);
  head = (await clerkSession(client, token, service.launchToken, 'head')).token;
}, 60_000);

afterAll(async () => {
  await service?.close();
});

describe('the register export', () => {
  it('is a CSV with a byte-order mark, the columns of Mẫu 07, the names with their diacritics and formulas kept as text', async () => {
    const response = await download({ from: today, to: today, format: 'csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="so-theo-doi-ho-so_${today}_${today}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
    expect(header).toEqual([...slipsText.register.columns]);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.slice(0, 7)).toEqual([
      '1',
      codes[0],
      'Chứng thực hợp đồng, giao dịch',
      '1',
      'Nguyễn Thị Đào',
      'Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội, 0912345678',
      '',
    ]);
    expect(lines[0]![7]).toMatch(new RegExp(`^${today} \\d\\d:\\d\\d$`));
    expect(lines[1]!.slice(0, 6)).toEqual([
      '2',
      codes[1],
      'Chứng thực hợp đồng, giao dịch',
      '1',
      `'${FORMULA_NAME}`,
      `'${FORMULA_ADDRESS}, 0912345678`,
    ]);
  });

  it('is an XLSX whose cells are all text, in the same order', async () => {
    const response = await download({ from: today, to: today, format: 'xlsx' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet(slipsText.register.sheetName)!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, ...slipsText.register.columns]);
    expect(sheet.getCell('B2').value).toBe(codes[0]);
    expect(sheet.getCell('E2').value).toBe('Nguyễn Thị Đào');
    const formula = [sheet.getCell('E3'), sheet.getCell('F3')];
    expect(formula.map((c) => c.value)).toEqual([`'${FORMULA_NAME}`, `'${FORMULA_ADDRESS}, 0912345678`]);
    expect(formula.map((c) => c.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
  });

  it('records every dossier it hands out in the audit log', async () => {
    const before = await service.client.ok('listAudit', { method: 'exportDossierRegister', limit: 100 }, service.token);
    expect((await download({ from: today, to: today, format: 'csv' })).status).toBe(200);
    const after = await service.client.ok('listAudit', { method: 'exportDossierRegister', limit: 100 }, service.token);
    const added = after.entries.slice(0, after.entries.length - before.entries.length);
    expect(added.map((e) => [e.entity, e.outcome, e.detail]).sort()).toEqual([
      ['dossier', 'read', 'register_csv'],
      ['dossier', 'read', 'register_csv'],
    ]);
  });

  it('refuses a range backwards or longer than a year, or a clerk who is not the head, with a 4xx that changes nothing', async () => {
    const clerk = (await clerkSession(service.client, service.token, service.launchToken, 'clerk')).token;
    const before = fingerprint(service.running.ward.db);
    const refused = [
      await download({ from: '2026-12-08', to: '2026-12-07', format: 'csv' }),
      await download({ from: '2025-12-05', to: '2026-12-06', format: 'xlsx' }),
      await download({ from: '2026-02-30', to: '2026-03-01', format: 'csv' }),
      await download({ from: today, to: today, format: 'pdf' }),
      await download({ from: today, to: today, format: 'csv' }, clerk),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 403]);
    for (const r of refused) expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    // The fingerprint leaves out the audit log, where the clerk's refusal of authority is written.
    expect(fingerprint(service.running.ward.db)).toEqual(before);
    const year = await download({ from: '2025-12-07', to: '2026-12-07', format: 'csv' });
    expect(year.status).toBe(200);
  });

  it('gives the same lines to print, and refuses the same ranges', async () => {
    const { rows } = await service.client.ok('listDossierRegister', { from: today, to: today }, head);
    expect(rows.map((r) => [r.code, r.applicantName, r.transferredAt])).toEqual([
      [codes[0], 'Nguyễn Thị Đào', null],
      [codes[1], FORMULA_NAME, null],
    ]);
    expect((await service.client.call('listDossierRegister', { from: today, to: '2020-01-01' }, head)).status).toBe(400);
  });
});
