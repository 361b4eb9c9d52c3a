import { findSeedCatalogueFile, readSeedCatalogueFile } from '../../src/main/service/catalog/seed-file';

/** The shipped seed catalogue, read the way a ward service reads it at its first start. */
export const seedCatalogue = readSeedCatalogueFile(findSeedCatalogueFile());
