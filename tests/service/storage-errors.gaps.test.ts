// Which SQLite failures the clerk is told are the disk's fault, and what they are told.
import { describe, expect, it } from 'vitest';
import { storageApiError, storageProblem } from '../../src/main/service/health/storage-errors';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe('storage errors', () => {
  it('tells a full disk from a failing one, and leaves every other error to the caller', () => {
    const cases = [
      'SQLITE_FULL',
      'SQLITE_IOERR',
      'SQLITE_IOERR_WRITE',
      'SQLITE_CORRUPT',
      'SQLITE_READONLY_DBMOVED',
      'SQLITE_CANTOPEN',
      'SQLITE_NOTADB',
      'SQLITE_CONSTRAINT_UNIQUE',
      'SQLITE_BUSY',
      'SQLITE_FULLX',
      'ENOSPC',
    ];
    expect(cases.map((code) => [code, storageProblem(sqliteError(code))])).toEqual([
      ['SQLITE_FULL', 'storage_full'],
      ['SQLITE_IOERR', 'storage_failed'],
      ['SQLITE_IOERR_WRITE', 'storage_failed'],
      ['SQLITE_CORRUPT', 'storage_failed'],
      ['SQLITE_READONLY_DBMOVED', 'storage_failed'],
      ['SQLITE_CANTOPEN', 'storage_failed'],
      ['SQLITE_NOTADB', 'storage_failed'],
      ['SQLITE_CONSTRAINT_UNIQUE', null],
      ['SQLITE_BUSY', null],
      ['SQLITE_FULLX', null],
      ['ENOSPC', null],
    ]);
    expect([storageProblem(null), storageProblem(undefined), storageProblem(new Error('x')), storageProblem({ code: 5 })]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('answers a full disk with 507 and a failing one with 503, each in words an IT officer can act on', () => {
    const full = storageApiError('storage_full');
    const failed = storageApiError('storage_failed');
    expect([full.code, full.status, full.message]).toEqual([
      'storage_full',
      507,
      'Ổ đĩa của máy chủ điểm phục vụ đã đầy nên chưa lưu được thao tác này. Hãy báo cán bộ công nghệ thông tin giải phóng dung lượng; ứng dụng sẽ tự hoạt động lại.',
    ]);
    expect([failed.code, failed.status, failed.message]).toEqual([
      'storage_failed',
      503,
      'Không ghi được dữ liệu vào ổ đĩa của máy chủ điểm phục vụ. Hãy báo ngay cán bộ công nghệ thông tin.',
    ]);
  });
});
