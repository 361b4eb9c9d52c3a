import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogueImport } from '../../../shared/catalog/catalogue-import';
import type { Procedure } from '../../../shared/catalog/procedure';

// The catalogue a new ward starts with is a data file in the catalogue's JSON exchange format, so it is
// reviewed and replaced without reading code, and an admin can import the very same file.

export const SEED_CATALOGUE_RELATIVE_PATH = path.join('resources', 'catalogue', 'ha-noi-phuong.json');

/**
 * `resources/` is at the project root in a checkout (tests, `npm run serve`) and in
 * `process.resourcesPath` in an install (electron-builder `extraResources`), where the code itself sits
 * inside app.asar: the nearest folder above the code that holds the file is the one in both cases.
 */
export function findSeedCatalogueFile(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, SEED_CATALOGUE_RELATIVE_PATH);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error(`Seed catalogue ${SEED_CATALOGUE_RELATIVE_PATH} not found in ${from} or any folder above it`);
  }
}

/** Refuses the whole file, naming every bad line and property: a ward must not start on half a catalogue. */
export function readSeedCatalogueFile(file: string): Procedure[] {
  const result = parseCatalogueImport(fs.readFileSync(file, 'utf8'), 'json');
  if (result.ok) return result.procedures;
  const problems = result.issues.map((issue) => `line ${issue.line}: ${issue.detail}`);
  throw new Error(`Seed catalogue ${file} is invalid (${problems.length} problem(s)): ${problems.join('; ')}`);
}
