import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSeedCatalogueFile, SEED_CATALOGUE_RELATIVE_PATH } from '../../src/main/service/catalog/seed-file';
import { WardService } from '../../src/main/service/ward-service';
import { encodeCatalogueJson } from '../../src/shared/catalog/catalogue-json';
import { seedCatalogue } from '../support/seed-catalogue';
import { tempDir, wardFixture } from '../support/ward-fixture';

// The catalogue a new ward starts with is the data file shipped in resources/, read at the first start.

const SHIPPED = path.resolve(SEED_CATALOGUE_RELATIVE_PATH);

function writeSeed(dir: string, text: string): string {
  const file = path.join(dir, 'seed.json');
  fs.writeFileSync(file, text);
  return file;
}

describe('the seed catalogue file', () => {
  it('is what a new ward holds after its first start', () => {
    const fx = wardFixture();
    const listed = fx.call('listProcedures', {});
    expect(listed.procedures.map((p) => p.id).sort()).toEqual(seedCatalogue.map((p) => p.id).sort());
  });

  it('is found from the built code of a checkout and from the code inside an installed app.asar', () => {
    expect(findSeedCatalogueFile(path.resolve('dist/main'))).toBe(SHIPPED);
    // electron-builder puts resources/ under process.resourcesPath, beside app.asar/dist/main.
    const install = tempDir();
    fs.mkdirSync(path.join(install, 'app.asar', 'dist', 'main'), { recursive: true });
    fs.mkdirSync(path.join(install, 'resources', 'catalogue'), { recursive: true });
    fs.copyFileSync(SHIPPED, path.join(install, SEED_CATALOGUE_RELATIVE_PATH));
    expect(findSeedCatalogueFile(path.join(install, 'app.asar', 'dist', 'main'))).toBe(path.join(install, SEED_CATALOGUE_RELATIVE_PATH));
  });

  it('missing, stops the start with the path it looked for', () => {
    const nowhere = tempDir();
    expect(() => findSeedCatalogueFile(nowhere)).toThrow(`Seed catalogue ${SEED_CATALOGUE_RELATIVE_PATH} not found in ${nowhere}`);
  });

  it('with a schema error, stops the first start naming the line and property, stores nothing and frees the folder', () => {
    const dir = tempDir();
    const broken = structuredClone(seedCatalogue.slice(0, 2));
    (broken[1]!.fee as { rule: unknown }).rule = { kind: 'fixed', amount: 2.5 };
    const text = encodeCatalogueJson(broken);
    const file = writeSeed(dir, text);
    const dataDir = path.join(dir, 'data');
    // The procedure's "{" is the line above its id: the 1-based number of the "{" is the 0-based index of the id.
    const line = text.split('\n').indexOf(`      "id": "${broken[1]!.id}",`);
    expect(() => new WardService({ dataDir, seedCatalogueFile: file })).toThrow(
      `Seed catalogue ${file} is invalid (1 problem(s)): line ${line}: procedures[1].fee.rule.amount:`,
    );

    const fixed = writeSeed(dir, encodeCatalogueJson(seedCatalogue.slice(0, 2)));
    const ward = new WardService({ dataDir, seedCatalogueFile: fixed });
    try {
      expect(ward.db.prepare('SELECT count(*) AS n FROM procedures').get()).toEqual({ n: 2 });
    } finally {
      ward.close();
    }
  });

  it('is read only at the first start: a later start does without it', () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    new WardService({ dataDir, seedCatalogueFile: writeSeed(dir, encodeCatalogueJson(seedCatalogue.slice(0, 1))) }).close();
    const ward = new WardService({ dataDir, seedCatalogueFile: path.join(dir, 'absent.json') });
    try {
      expect(ward.db.prepare('SELECT count(*) AS n FROM procedures').get()).toEqual({ n: 1 });
    } finally {
      ward.close();
    }
  });
});
