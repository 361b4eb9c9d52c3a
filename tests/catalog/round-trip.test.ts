import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportCatalogue } from '../../src/shared/catalog/catalogue-export';
import { parseCatalogueImport } from '../../src/shared/catalog/catalogue-import';
import { seedCatalogue } from '../support/seed-catalogue';
import { Procedure } from '../../src/shared/catalog/procedure';
import { catalogue } from './procedure-arbitrary';

// What an admin exports and imports back must be the catalogue they had, to the character.

describe.each(['json', 'csv'] as const)('%s export then import', (format) => {
  it('gives back the seed catalogue exactly', () => {
    const result = parseCatalogueImport(exportCatalogue(seedCatalogue, format), format);
    expect(result).toStrictEqual({ ok: true, procedures: seedCatalogue });
  });

  it('gives back any valid catalogue exactly, whatever its text contains', () => {
    fc.assert(
      fc.property(catalogue, (procedures) => {
        expect(z.array(Procedure).parse(procedures)).toStrictEqual(procedures);
        const result = parseCatalogueImport(exportCatalogue(procedures, format), format);
        expect(result).toStrictEqual({ ok: true, procedures });
      }),
      { numRuns: 150 },
    );
  });
});
