import type { CataloguePreview, CodeClash, ImportProblem } from '../../../shared/api/catalog';
import { diffCatalogue, type CatalogueDiff } from '../../../shared/catalog/catalogue-diff';
import { parseCatalogueImport, type CatalogueFormat } from '../../../shared/catalog/catalogue-import';
import type { Procedure } from '../../../shared/catalog/procedure';
import { summaryOf } from './procedure-rows';

// What an import file would do to the stored catalogue. The preview shows it and the import applies the
// same plan, recomputed inside its transaction so that a change made in between is not overwritten blind.

export interface ImportPlan {
  diff: CatalogueDiff;
  clashes: CodeClash[];
}

export type ParsedFile = { ok: true; procedures: Procedure[] } | { ok: false; problems: ImportProblem[] };

/** Reads and validates the file; every bad line is reported, each once, in line order. */
export function parseFile(text: string, format: CatalogueFormat): ParsedFile {
  const result = parseCatalogueImport(text, format);
  if (result.ok) return result;
  console.warn(
    `[catalog] import file refused: ${result.issues.length} problem(s); first: line ${result.issues[0]?.line}: ${result.issues[0]?.detail}`,
  );
  return { ok: false, problems: result.issues.map(({ line, field, reason }) => ({ line, field, reason })) };
}

/**
 * The file's codes are unique among themselves (the parser refuses repeats), so after the import a code
 * can be held twice only by a file procedure and a stored one the file leaves out and the import keeps.
 */
export function planImport(stored: readonly Procedure[], incoming: readonly Procedure[], removeMissing: boolean): ImportPlan {
  const diff = diffCatalogue(stored, incoming);
  if (removeMissing) return { diff, clashes: [] };
  const keptByCode = new Map(diff.missing.filter((p) => p.nationalCode.code !== null).map((p) => [p.nationalCode.code!, p]));
  const clashes = incoming.flatMap((procedure) => {
    const stored = procedure.nationalCode.code === null ? undefined : keptByCode.get(procedure.nationalCode.code);
    return stored ? [{ nationalCode: stored.nationalCode.code!, incoming: summaryOf(procedure), stored: summaryOf(stored) }] : [];
  });
  return { diff, clashes };
}

export function previewOf(plan: ImportPlan): CataloguePreview {
  const { diff } = plan;
  return {
    ok: true,
    added: diff.added.map(summaryOf),
    changed: diff.changed.map((c) => ({ procedure: summaryOf(c.after), fields: c.fields })),
    unchanged: diff.unchanged.map(summaryOf),
    missing: diff.missing.map(summaryOf),
    clashes: plan.clashes,
  };
}
