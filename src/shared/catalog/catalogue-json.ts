import { catalogueImportReasons as reasons } from '../i18n/vi/catalog';
import { importIssue } from './import-issue';
import type { ImportRead } from './import-row';
import { arrayElementLines, syntaxErrorLine } from './json-element-lines';
import type { Procedure } from './procedure';

// The JSON exchange file: an envelope naming the format and its version around the procedures, written
// exactly as the schema defines them (docs/catalog-format.md).

export const CATALOGUE_FORMAT = 'motcua-catalogue';
export const CATALOGUE_FORMAT_VERSION = 1;

export function encodeCatalogueJson(procedures: readonly Procedure[]): string {
  return `${JSON.stringify({ format: CATALOGUE_FORMAT, version: CATALOGUE_FORMAT_VERSION, procedures }, null, 2)}\n`;
}

export function readCatalogueJson(text: string): ImportRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [importIssue(syntaxErrorLine(text, message), null, reasons.json_syntax(), `JSON syntax: ${message}`)] };
  }
  if (!isRecord(parsed) || parsed.format !== CATALOGUE_FORMAT) {
    return { ok: false, issues: [importIssue(1, 'format', reasons.json_not_catalogue(), 'not a motcua-catalogue envelope')] };
  }
  if (parsed.version !== CATALOGUE_FORMAT_VERSION) {
    const version = JSON.stringify(parsed.version) ?? 'undefined';
    return { ok: false, issues: [importIssue(1, 'version', reasons.json_version(version), `unsupported version ${version}`)] };
  }
  if (!Array.isArray(parsed.procedures)) {
    return { ok: false, issues: [importIssue(1, 'procedures', reasons.not_a_list(), 'procedures is not an array')] };
  }
  const lines = arrayElementLines(text, 'procedures');
  return {
    ok: true,
    rows: parsed.procedures.map((draft: unknown, index) => ({
      line: lines[index] ?? 1,
      draft,
      problems: [],
      // The position in the array as well as the line: a file written on one line still says which procedure.
      locate: (path) => ({ field: jsonPath(['procedures', index, ...path]), item: null }),
    })),
  };
}

/** `procedures[3].requiredDocuments.items[0].count`: array positions in brackets, as the admin's editor shows them. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
