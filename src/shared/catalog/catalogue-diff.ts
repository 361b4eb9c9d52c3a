import { Procedure } from './procedure';

// What an import would do to the catalogue, for the preview the admin confirms. Procedures are the
// same procedure when their ids match; `missing` ones are in the catalogue but not in the file.

export type ProcedureField = keyof Procedure;

export interface ChangedProcedure {
  before: Procedure;
  after: Procedure;
  /** Top-level fields that differ, in the schema's order. */
  fields: ProcedureField[];
}

export interface CatalogueDiff {
  added: Procedure[];
  changed: ChangedProcedure[];
  unchanged: Procedure[];
  missing: Procedure[];
}

const FIELDS = Object.keys(Procedure.shape) as ProcedureField[];

export function diffCatalogue(current: readonly Procedure[], incoming: readonly Procedure[]): CatalogueDiff {
  const currentById = new Map(current.map((procedure) => [procedure.id, procedure]));
  const incomingIds = new Set(incoming.map((procedure) => procedure.id));
  const diff: CatalogueDiff = { added: [], changed: [], unchanged: [], missing: [] };
  for (const after of incoming) {
    const before = currentById.get(after.id);
    if (!before) {
      diff.added.push(after);
      continue;
    }
    const fields = FIELDS.filter((field) => !sameValue(before[field], after[field]));
    if (fields.length === 0) diff.unchanged.push(after);
    else diff.changed.push({ before, after, fields });
  }
  diff.missing = current.filter((procedure) => !incomingIds.has(procedure.id));
  return diff;
}

/** Structural equality of parsed JSON-like values; an absent optional property equals one set to undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}
