import { ApiError } from '../api-error';

/**
 * SQLite result codes that mean the disk, not the request, is at fault. Answering them as "internal,
 * try again" hid a full disk behind a retry loop; they get their own error and a health problem.
 */
export function storageProblem(error: unknown): 'storage_full' | 'storage_failed' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return 'storage_full';
  if (/^SQLITE_(IOERR|CORRUPT|READONLY|CANTOPEN|NOTADB)/.test(code)) return 'storage_failed';
  return null;
}

export function storageApiError(problem: 'storage_full' | 'storage_failed'): ApiError {
  return new ApiError(problem);
}
