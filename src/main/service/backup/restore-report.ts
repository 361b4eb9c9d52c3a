import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// What a start that put a backup in place leaves for the desktop shell, which tells the user once: the
// ward service applies the restore in its own process, before the shell has a window to show it in.
// Plain Node and zod only: the Electron main process reads it too.

export const RESTORE_REPORT_FILE = 'restore-report.json';

export const RestoreReport = z.object({
  /** The backup's file name; null when it was not known (a staged file from an older version). */
  backup: z.string().nullable(),
  /** Where the replaced database was kept; null when there was none to replace. */
  replacedKeptAs: z.string().nullable(),
  restoredAt: z.iso.datetime(),
});
export type RestoreReport = z.infer<typeof RestoreReport>;

/** Written whole or not at all: a report cut by a power cut would tell the user nothing. */
export function writeJsonFile(file: string, value: unknown): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`);
  fs.renameSync(partial, file);
}

export function writeRestoreReport(dataDir: string, report: RestoreReport): void {
  writeJsonFile(path.join(dataDir, RESTORE_REPORT_FILE), report);
}

/** The report's text, removed so that it is told once; null when there is none. */
export function takeRestoreReport(dataDir: string): string | null {
  const file = path.join(dataDir, RESTORE_REPORT_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  fs.rmSync(file, { force: true });
  return text;
}
