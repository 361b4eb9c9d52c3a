import type { ImportIssue } from './import-issue';

// What a format reader hands the importer: each procedure as read from the file, before validation,
// with the line it came from and how to name a place in it in the file's own terms.

export interface ImportRow {
  line: number;
  /** The procedure as read, or null when the reader already refused the line (see `problems`). */
  draft: unknown;
  problems: ImportIssue[];
  /** The column or property that holds a schema path, and the 1-based item when it is inside a list cell. */
  locate(path: readonly PropertyKey[]): { field: string | null; item: number | null };
}

export type ImportRead = { ok: true; rows: ImportRow[] } | { ok: false; issues: ImportIssue[] };
