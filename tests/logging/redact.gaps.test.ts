import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ServiceLog } from '../../src/main/service/logging/service-log';
import { tempDir } from '../support/ward-fixture';

// Gaps found by mutation testing: what reaches the log files that leave the PC in diagnostic bundles
// (Law 91/2025/QH15 on personal data), field by field and in lists and errors.

function logged(fields: Record<string, unknown>): Record<string, unknown> {
  const dir = tempDir();
  new ServiceLog({ dir }).warn('test', fields);
  return JSON.parse(fs.readFileSync(path.join(dir, 'service.log'), 'utf8')) as Record<string, unknown>;
}

// Written out, not imported: a key dropped from the product's list must fail here.
const PERSONAL = [
  'fullName',
  'name',
  'idNumber',
  'oldIdNumber',
  'phone',
  'email',
  'address',
  'birthDate',
  'dateOfBirth',
  'applicant',
  'representative',
  'scanned',
  'secret',
  'secretHash',
  'token',
];

it.each(PERSONAL)('drops a field named %s, whatever its case or depth', (key) => {
  const line = logged({ [key]: 'Nguyễn Văn An', dossier: { [key.toUpperCase()]: 'Nguyễn Văn An', code: 'HS-0001' } });
  expect(line[key]).toBe('[redacted]');
  expect(line.dossier).toEqual({ [key.toUpperCase()]: '[redacted]', code: 'HS-0001' });
});

it('masks the 9-digit ID card the 12-digit one replaced, and leaves short numbers readable', () => {
  const line = logged({ message: 'card 012345678 refused 3 times, counter 12, ticket A023' });
  expect(line.message).toBe('card [id-number] refused 3 times, counter 12, ticket A023');
});

it('keeps a list a list, each item redacted', () => {
  const line = logged({ codes: ['001190012345', 'HS-0001'], rows: [{ fullName: 'Trần Thị Bình', ticket: 'A001' }] });
  expect(line.codes).toEqual(['[id-number]', 'HS-0001']);
  expect(line.rows).toEqual([{ fullName: '[redacted]', ticket: 'A001' }]);
});

it('keeps the message of an error passed as a field, its numbers masked', () => {
  const line = logged({ error: new Error('no citizen 001190012345 at 0912345678') });
  expect(line.error).toBe('no citizen [id-number] at [phone]');
});
