import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { intake } from '../dossiers/dossier-setup';
import { startTestWardService } from '../support/test-ward-service';

// The service's log files and the diagnostic bundle leave the counter for IT: an intake with a citizen's
// name, ID number, address and phone goes in through the API, and none of them may come out there.

const ID = '001190012345';
const NAME = 'Nguyễn Thị Đào';
const PHONE = '0912345678';
const ADDRESS = 'phố Huế';

it('writes no ID number, name, address or phone to the log files or the diagnostic bundle', async () => {
  const service = await startTestWardService();
  try {
    const { client, token } = service;
    await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 }, token);
    const input = intake();
    expect(input.applicant).toMatchObject({ idNumber: ID, fullName: NAME, phone: PHONE });
    await client.ok('createDossier', input, token);
    // Refused inputs echo nothing either: a bad phone, and a body cut short after the name.
    await client.call(
      'createDossier',
      { ...input, requestId: intake().requestId, applicant: { ...input.applicant, phone: `x${PHONE}` } },
      token,
    );
    await client.raw({
      path: `/api/createDossier?id=${ID}`,
      headers: { 'content-type': 'application/json' },
      body: `{"fullName":"${NAME}`,
    });

    const logs = fs
      .readdirSync(path.join(service.dataDir, 'logs'))
      .map((f) => fs.readFileSync(path.join(service.dataDir, 'logs', f), 'utf8'));
    const written = logs.join('\n');
    // The scan saw the intake's own line, so an empty log cannot pass it.
    expect(written).toMatch(/"event":"api","method":"createDossier","status":200/);
    for (const personal of [ID, NAME, 'Đào', PHONE, ADDRESS]) expect(written, personal).not.toContain(personal);

    const response = await fetch(`${service.baseUrl}/api/exportDiagnostics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="motcua-chan-doan-\d{8}T\d{6}\.zip"/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([
      'backups.json',
      'config.json',
      'integrity-check.txt',
      'logs/',
      'logs/service.log',
      'start-check.json',
      'sync-log-last-7-days.csv',
      'sync-status.json',
      'versions.json',
    ]);
    const entries = await Promise.all(
      names.filter((n) => !n.endsWith('/')).map(async (n) => [n, await zip.file(n)!.async('string')] as const),
    );
    const content = Object.fromEntries(entries);
    expect(content['integrity-check.txt']).toBe('ok\n');
    expect(JSON.parse(content['versions.json']!)).toMatchObject({ app: expect.any(String), schema: expect.any(Number) });
    expect(JSON.parse(content['sync-status.json']!)).toMatchObject({ state: expect.any(String) });
    // Never enrolled, so no run yet; the changes of the intake wait to be sent, dated, under their column heads.
    expect(content['sync-log-last-7-days.csv']).toMatch(/^\uFEFFMục,Bắt đầu,Kết thúc,/);
    expect(content['sync-log-last-7-days.csv']).toMatch(/\r\nChờ gửi,\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4},,Hồ sơ,,,,1,\r\n/);
    const everything = Object.values(content).join('\n');
    // No secrets: neither the hub's launch token, nor the admin's session, nor a secret hash.
    for (const secret of [service.launchToken, token, 'scrypt', ID, NAME, PHONE, ADDRESS]) expect(everything, secret).not.toContain(secret);

    const asClerkless = await client.call('exportDiagnostics', {}, service.launchToken);
    expect(asClerkless.status).toBe(401);
  } finally {
    await service.close();
  }
}, 60_000);
