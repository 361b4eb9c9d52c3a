import { z } from 'zod';
import { Procedure } from '../catalog/procedure';
import { method } from './method';
import { Id, Instant, Text } from './schemas';

// The procedure catalogue (thủ tục hành chính): what the counter picks a dossier's procedure from, and
// what the admin keeps up to date by hand or by importing the city's file.

/**
 * Catalogue files are large: 2,000 procedures are 3.7 million characters of JSON. The text is capped in
 * characters here; the transport reads a body this large only for `catalogueFileMethods`, after it has
 * checked the caller, so every other method keeps the small default limit.
 */
export const CATALOGUE_FILE_MAX_CHARS = 8_000_000;
export const CATALOGUE_FILE_BODY_LIMIT = 16 * 1024 * 1024;

const CatalogueFormat = z.enum(['json', 'csv']);
const CatalogueFile = { format: CatalogueFormat, text: z.string().min(1).max(CATALOGUE_FILE_MAX_CHARS) };
/** With removeMissing, procedures stored here but absent from the file are removed by the import. */
const RemoveMissing = z.boolean().optional();

/** Enough to name a procedure in a preview list. */
export const ProcedureSummary = z.object({ id: Id, nationalCode: z.string().nullable(), field: z.string(), name: z.string() });
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

/** One refused line of an import file: the line as an editor numbers it, the column or JSON property. */
export const ImportProblem = z.object({ line: z.number().int(), field: z.string().nullable(), reason: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

/** A procedure of the file whose national code a stored procedure, absent from the file, already has. */
export const CodeClash = z.object({ nationalCode: z.string(), incoming: ProcedureSummary, stored: ProcedureSummary });
export type CodeClash = z.infer<typeof CodeClash>;

const Refused = z.object({ ok: z.literal(false), problems: z.array(ImportProblem) });

export const CataloguePreview = z.discriminatedUnion('ok', [
  Refused,
  z.object({
    ok: z.literal(true),
    added: z.array(ProcedureSummary),
    /** `fields` are the top-level properties of the procedure that differ, in the schema's order. */
    changed: z.array(z.object({ procedure: ProcedureSummary, fields: z.array(z.string()) })),
    unchanged: z.array(ProcedureSummary),
    missing: z.array(ProcedureSummary),
    /** The import is refused while any remain; removing the missing procedures resolves them. */
    clashes: z.array(CodeClash),
  }),
]);
export type CataloguePreview = z.infer<typeof CataloguePreview>;

export const CatalogueImportResult = z.discriminatedUnion('ok', [
  Refused,
  z.object({
    ok: z.literal(true),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
  }),
]);

export const catalogueFileMethods = ['previewCatalogueImport', 'importCatalogue'] as const;

export const catalogMethods = {
  listProcedures: method({
    summary: 'Procedures of the catalogue with their confidence tags; `query` matches code, name or field without accents.',
    input: z
      .object({
        query: z.string().max(200).optional(),
        field: Text(200).optional(),
        limit: z.number().int().min(1).max(5_000).optional(),
      })
      .strict(),
    output: z.object({
      procedures: z.array(Procedure),
      /** How many matched before `limit` (default 500) cut the list. */
      total: z.number().int(),
      /** Every field (lĩnh vực) of the catalogue, for the filter. */
      fields: z.array(z.string()),
    }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  getProcedure: method({
    summary: 'One procedure of the catalogue.',
    input: z.object({ id: Id }).strict(),
    output: z.object({ procedure: Procedure }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  saveProcedure: method({
    summary: 'Create (an id not stored yet) or update one procedure. Its national code must not belong to another procedure.',
    input: z.object({ procedure: Procedure }).strict(),
    output: z.object({ procedure: Procedure, created: z.boolean() }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  previewCatalogueImport: method({
    summary: 'What importing the file would change, or every bad line of it. Writes nothing. Body up to 16 MiB.',
    input: z.object({ ...CatalogueFile, removeMissing: RemoveMissing }).strict(),
    output: CataloguePreview,
    roles: ['local'],
    clerks: ['admin'],
  }),
  importCatalogue: method({
    summary: 'Apply a catalogue file all or nothing: a file with a bad line or a national-code clash changes nothing. Body up to 16 MiB.',
    input: z.object({ ...CatalogueFile, removeMissing: RemoveMissing }).strict(),
    output: CatalogueImportResult,
    roles: ['local'],
    clerks: ['admin'],
  }),
  exportCatalogue: method({
    summary: 'The whole catalogue as a JSON or CSV file that importCatalogue reads back unchanged.',
    input: z.object({ format: CatalogueFormat }).strict(),
    output: z.object({ text: z.string() }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
} as const;

export const catalogEvents = {
  'catalogue.changed': z.object({ at: Instant }),
} as const;
