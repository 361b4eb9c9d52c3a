import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ServiceLog } from '../../src/main/service/logging/service-log';
import { tempDir } from '../support/ward-fixture';

it('keeps at most the files it is given, each under its size cap, the newest lines in the live file', () => {
  const dir = tempDir();
  const log = new ServiceLog({ dir, maxBytes: 2_000, files: 3 });
  for (let i = 0; i < 200; i++) log.info('api', { method: 'getConfig', line: i });
  const files = fs.readdirSync(dir).sort();
  expect(files).toEqual(['service.1.log', 'service.2.log', 'service.log']);
  for (const f of files) expect(fs.statSync(path.join(dir, f)).size).toBeLessThanOrEqual(2_000);
  const live = fs.readFileSync(path.join(dir, 'service.log'), 'utf8').trim().split('\n');
  expect(JSON.parse(live.at(-1)!)).toMatchObject({ level: 'info', event: 'api', line: 199 });
  expect(log.logFiles().map((f) => path.basename(f))).toEqual(['service.2.log', 'service.1.log', 'service.log']);
});

it('drops personal fields by name and masks ID and phone numbers inside any text', () => {
  const dir = tempDir();
  const log = new ServiceLog({ dir });
  log.error('http.internal_error', {
    message: 'constraint failed for 001190012345 (call +84912345678 or 0243826 4567)',
    applicant: { fullName: 'Nguyễn Thị Đào', idNumber: '001190012345' },
    phone: '0912345678',
    count: 3,
  });
  const line = JSON.parse(fs.readFileSync(path.join(dir, 'service.log'), 'utf8')) as Record<string, unknown>;
  expect(line).toMatchObject({ applicant: '[redacted]', phone: '[redacted]', count: 3 });
  expect(line.message).toBe('constraint failed for [id-number] (call [phone] or 0243826 4567)');
});
