import Papa from 'papaparse';
import { catalogueCsvHeaders, catalogueImportReasons as reasons } from '../i18n/vi/catalog';
import type { DeadlineRule } from './deadline-rule';
import type { FeeRule } from './fee-rule';
import { importIssue, type ImportIssue } from './import-issue';
import type { ImportRead, ImportRow } from './import-row';
import type { Procedure, RequiredDocument } from './procedure';
import { decodeRule, encodeRule } from './rule-notation';

// The spreadsheet exchange file: one procedure per row, one column per fact (docs/catalog-format.md).
// Lists hold one item per line inside the cell; rules use the notation of rule-notation.ts; a document
// is "name | kind | count | required/optional | form". The header row names the columns, in any order,
// in Vietnamese as the export writes them or by their English names, one language for the whole row.

type Cell = { ok: true; value: unknown } | { ok: false; reason: string; detail: string };

type ColumnKey = keyof typeof catalogueCsvHeaders;

interface Column {
  /** The English name; the Vietnamese title is `catalogueCsvHeaders[key]`. */
  key: ColumnKey;
  /** Where the cell's value sits in a procedure. */
  path: readonly string[];
  encode(procedure: Procedure): string;
  /** Gets the trimmed cell; a value of undefined leaves the property out. */
  decode(cell: string): Cell;
}

const ok = (value: unknown): Cell => ({ ok: true, value });

function text(key: ColumnKey, path: readonly string[], get: (p: Procedure) => string): Column {
  return { key, path, encode: get, decode: (cell) => ok(cell === '' ? undefined : cell) };
}

function nullableText(key: ColumnKey, path: readonly string[], get: (p: Procedure) => string | null): Column {
  return { key, path, encode: (p) => get(p) ?? '', decode: (cell) => ok(cell === '' ? null : cell) };
}

/** One item per line; an empty cell is an empty list, or null ("not known") where a list cannot be empty. */
function list(
  key: ColumnKey,
  path: readonly string[],
  get: (p: Procedure) => readonly string[] | null,
  emptyMeans: 'none' | 'unknown',
): Column {
  return {
    key,
    path,
    encode: (p) => (get(p) ?? []).join('\n'),
    decode: (cell) => ok(cell !== '' ? cellLines(cell) : emptyMeans === 'none' ? [] : null),
  };
}

function rule(
  key: ColumnKey,
  path: readonly string[],
  get: (p: Procedure) => DeadlineRule | FeeRule | null | undefined,
  whenEmpty: null | undefined,
): Column {
  return {
    key,
    path,
    encode: (p) => {
      const value = get(p);
      return value ? encodeRule(value) : '';
    },
    decode: (cell) => (cell === '' ? ok(whenEmpty) : decodeRule(cell)),
  };
}

const documentsColumn: Column = {
  key: 'documents',
  path: ['requiredDocuments', 'items'],
  encode: (p) => (p.requiredDocuments.items ?? []).map(encodeDocument).join('\n'),
  decode: (cell) => {
    if (cell === '') return ok(null);
    const documents: unknown[] = [];
    for (const [index, line] of cellLines(cell).entries()) {
      const document = decodeDocument(line);
      if (!document.ok) return { ...document, reason: reasons.list_item(index + 1) + document.reason };
      documents.push(document.value);
    }
    return ok(documents);
  },
};

const COLUMNS: readonly Column[] = [
  text('id', ['id'], (p) => p.id),
  nullableText('national_code', ['nationalCode', 'code'], (p) => p.nationalCode.code),
  text('national_code_confidence', ['nationalCode', 'confidence'], (p) => p.nationalCode.confidence),
  text('national_code_source', ['nationalCode', 'source'], (p) => p.nationalCode.source),
  text('field', ['field'], (p) => p.field),
  text('name', ['name'], (p) => p.name),
  text('receiving_unit', ['receivingUnit'], (p) => p.receivingUnit),
  text('competent_unit', ['competentUnit'], (p) => p.competentUnit),
  list('channels', ['channels'], (p) => p.channels, 'none'),
  rule('deadline', ['deadline', 'rule'], (p) => p.deadline.rule, null),
  rule('deadline_in_person', ['deadline', 'byChannel', 'in_person'], (p) => p.deadline.byChannel.in_person, undefined),
  rule('deadline_online', ['deadline', 'byChannel', 'online'], (p) => p.deadline.byChannel.online, undefined),
  rule('deadline_postal', ['deadline', 'byChannel', 'postal'], (p) => p.deadline.byChannel.postal, undefined),
  text('deadline_confidence', ['deadline', 'confidence'], (p) => p.deadline.confidence),
  text('deadline_source', ['deadline', 'source'], (p) => p.deadline.source),
  rule('fee', ['fee', 'rule'], (p) => p.fee.rule, null),
  list('fee_exemptions', ['fee', 'exemptions'], (p) => p.fee.exemptions, 'none'),
  text('fee_confidence', ['fee', 'confidence'], (p) => p.fee.confidence),
  text('fee_source', ['fee', 'source'], (p) => p.fee.source),
  documentsColumn,
  text('documents_confidence', ['requiredDocuments', 'confidence'], (p) => p.requiredDocuments.confidence),
  text('documents_source', ['requiredDocuments', 'source'], (p) => p.requiredDocuments.source),
  nullableText('result_document', ['resultDocument', 'name'], (p) => p.resultDocument.name),
  text('result_document_confidence', ['resultDocument', 'confidence'], (p) => p.resultDocument.confidence),
  text('result_document_source', ['resultDocument', 'source'], (p) => p.resultDocument.source),
  list('legal_basis', ['legalBasis', 'items'], (p) => p.legalBasis.items, 'unknown'),
  text('legal_basis_confidence', ['legalBasis', 'confidence'], (p) => p.legalBasis.confidence),
  text('legal_basis_source', ['legalBasis', 'source'], (p) => p.legalBasis.source),
  nullableText('publication_decision', ['publicationDecision'], (p) => p.publicationDecision),
  text('effective_from', ['effectiveFrom'], (p) => p.effectiveFrom),
];

type HeaderLanguage = 'vi' | 'en';

const nameIn = (column: Column, language: HeaderLanguage): string => (language === 'vi' ? catalogueCsvHeaders[column.key] : column.key);

/** Header names as a spreadsheet may retype them: any case, spacing, or Unicode normal form. */
const fold = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const COLUMN_BY_NAME: Record<HeaderLanguage, ReadonlyMap<string, Column>> = {
  vi: new Map(COLUMNS.map((column) => [fold(nameIn(column, 'vi')), column])),
  en: new Map(COLUMNS.map((column) => [fold(nameIn(column, 'en')), column])),
};

const isKnownName = (name: string) => COLUMN_BY_NAME.vi.has(fold(name)) || COLUMN_BY_NAME.en.has(fold(name));

/** UTF-8 with a byte-order mark, which Excel needs to show Vietnamese correctly; the columns titled in Vietnamese. */
export function encodeCatalogueCsv(procedures: readonly Procedure[]): string {
  const fields = COLUMNS.map((column) => nameIn(column, 'vi'));
  const data = procedures.map((procedure) => COLUMNS.map((column) => protectFromFormula(column.encode(procedure))));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

/** Expects the text without a byte-order mark. Rows are numbered as a spreadsheet shows them: the header is row 1. */
export function readCatalogueCsv(text: string): ImportRead {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const quoteIssues = parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => importIssue((error.row ?? 0) + 1, null, reasons.csv_quotes(), `CSV: ${error.message}`));
  if (quoteIssues.length > 0) return { ok: false, issues: quoteIssues };
  const [header = [], ...records] = parsed.data;
  const headerRead = readHeader(header);
  if (!headerRead.ok) return headerRead;
  const rows: ImportRow[] = [];
  records.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push(readRecord(cells, index + 2, headerRead));
  });
  return { ok: true, rows };
}

/**
 * Spreadsheets set to Vietnamese often save with semicolons. The header row is known, so the delimiter
 * is the one that splits it into the most known column names (Papa's own guess favours whichever
 * delimiter cuts the most cells, and free text is full of commas). A header with no known name at all
 * (titles of another format, or the wrong file) is split into the most cells, so that the administrator
 * sees each of its columns named as unknown rather than the whole row as one; a tie keeps the comma.
 */
function delimiterOf(text: string): string {
  const headerLine = text.split(/\r\n|\r|\n/, 1)[0]!;
  const ranked = [',', ';', '\t'].map((delimiter) => {
    const names = Papa.parse<string[]>(headerLine, { delimiter }).data.flat();
    return { delimiter, known: names.filter(isKnownName).length, cells: names.length };
  });
  return ranked.reduce((best, r) => (r.known > best.known || (r.known === best.known && r.cells > best.cells) ? r : best)).delimiter;
}

interface Header {
  ok: true;
  columns: Column[];
  language: HeaderLanguage;
}

/**
 * The row's language is the one most of its names are in (Vietnamese on a tie, as the export writes);
 * a name in the other language is refused with the name it should have, so that a column is never
 * given twice under two names.
 */
function readHeader(header: readonly string[]): Header | { ok: false; issues: ImportIssue[] } {
  const names = header.map((name) => name.trim());
  const count = (language: HeaderLanguage) => names.filter((name) => COLUMN_BY_NAME[language].has(fold(name))).length;
  const language: HeaderLanguage = count('en') > count('vi') ? 'en' : 'vi';
  const other: HeaderLanguage = language === 'vi' ? 'en' : 'vi';
  const issues: ImportIssue[] = [];
  const columns: Column[] = [];
  const named = new Set<Column>();
  for (const name of names) {
    const column = COLUMN_BY_NAME[language].get(fold(name));
    const misnamed = COLUMN_BY_NAME[other].get(fold(name));
    if (column && named.has(column)) issues.push(importIssue(1, name, reasons.csv_repeated_column(), `column ${column.key} repeated`));
    else if (column) columns.push(column);
    else if (misnamed) {
      const expected = nameIn(misnamed, language);
      issues.push(importIssue(1, name, reasons.csv_mixed_column(expected), `column ${misnamed.key} named in the other language`));
    } else issues.push(importIssue(1, name, reasons.csv_unknown_column(), `unknown column "${name}"`));
    named.add((column ?? misnamed)!);
  }
  for (const column of COLUMNS) {
    if (!named.has(column))
      issues.push(importIssue(1, nameIn(column, language), reasons.csv_missing_column(), `column ${column.key} missing`));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, columns, language };
}

function readRecord(cells: readonly string[], line: number, { columns, language }: Header): ImportRow {
  const row: ImportRow = { line, draft: null, problems: [], locate: (path) => locate(path, language) };
  if (cells.length !== columns.length) {
    const detail = `${cells.length} cells for ${columns.length} columns`;
    row.problems.push(importIssue(line, null, reasons.csv_cell_count(cells.length, columns.length), detail));
    return row;
  }
  const draft = { nationalCode: {}, deadline: { byChannel: {} }, fee: {}, requiredDocuments: {}, resultDocument: {}, legalBasis: {} };
  columns.forEach((column, index) => {
    const cell = column.decode(unprotect(cells[index]!.trim()));
    if (!cell.ok) row.problems.push(importIssue(line, nameIn(column, language), cell.reason, `${column.key}: ${cell.detail}`));
    else if (cell.value !== undefined) setAt(draft, column.path, cell.value);
  });
  if (row.problems.length === 0) row.draft = draft;
  return row;
}

/** The column, named as the file names it, whose path is the longest prefix of `path`, and the item within a list cell. */
function locate(path: readonly PropertyKey[], language: HeaderLanguage): { field: string | null; item: number | null } {
  let best: Column | undefined;
  for (const column of COLUMNS) {
    const isPrefix = column.path.every((key, index) => path[index] === key);
    if (isPrefix && column.path.length > (best?.path.length ?? 0)) best = column;
  }
  if (!best) return { field: null, item: null };
  const next = path[best.path.length];
  return { field: nameIn(best, language), item: typeof next === 'number' ? next + 1 : null };
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  if (rest.length === 0) target[key] = value;
  else setAt(target[key] as Record<string, unknown>, rest, value);
}

function cellLines(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// A cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet; an
// apostrophe in front keeps it text, and import drops one leading apostrophe (so "'" itself is escaped too).
function protectFromFormula(cell: string): string {
  return /^[=+\-@']/.test(cell) ? `'${cell}` : cell;
}

function unprotect(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1).trim() : cell;
}

function encodeDocument(document: RequiredDocument): string {
  const parts = [
    escapeBar(document.name),
    document.kind,
    String(document.count),
    document.optional ? 'optional' : 'required',
    ...(document.formTemplate === null ? [] : [escapeBar(document.formTemplate)]),
  ];
  return parts.join(' | ');
}

function decodeDocument(line: string): Cell {
  const parts = splitOnBars(line);
  if (parts.length < 4 || parts.length > 5)
    return { ok: false, reason: reasons.document_syntax(), detail: `document line has ${parts.length} parts` };
  const [name, kind, count, flag, formTemplate] = parts as [string, string, string, string, string | undefined];
  if (flag !== 'required' && flag !== 'optional') {
    return { ok: false, reason: reasons.document_required_flag(), detail: 'document flag is neither required nor optional' };
  }
  return ok({
    name,
    kind,
    count: /^\d+$/.test(count) ? Number(count) : count,
    optional: flag === 'optional',
    formTemplate: formTemplate ?? null,
  });
}

/** A "|" inside a name is written "\|", and a backslash "\\". */
function escapeBar(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function splitOnBars(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '\\' && i + 1 < line.length) current += line[++i];
    else if (char === '|') {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}
