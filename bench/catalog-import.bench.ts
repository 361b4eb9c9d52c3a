import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCAL_CALLER } from '../src/main/service/caller';
import { IN_PROCESS } from '../tests/support/in-process';
import { WardService } from '../src/main/service/ward-service';
import { exportCatalogue } from '../src/shared/catalog/catalogue-export';
import { parseCatalogueImport, type CatalogueFormat } from '../src/shared/catalog/catalogue-import';
import { seedCatalogue } from '../tests/support/seed-catalogue';
import type { Procedure } from '../src/shared/catalog/procedure';
import { ms, Samples } from './lib/stats';

// How long a city-sized catalogue takes to read and validate before the import preview can show it, and
// the whole import the admin waits for: parse, validate, diff against the stored catalogue and write
// every procedure with its outbox operation into the ward's SQLite file, in one transaction. The target
// (2 s) is for the whole import.

const PROCEDURES = 2_000;
const WARM_UP_RUNS = 2;
const RUNS = 7;
/** Each write run needs a new ward, so fewer of them. */
const WRITE_RUNS = 3;
const TARGET_MS = 2_000;

/** The seed catalogue repeated with fresh ids, codes and names, so that duplicates are not refused. */
function generatedCatalogue(): Procedure[] {
  return Array.from({ length: PROCEDURES }, (_, index) => {
    const template = seedCatalogue[index % seedCatalogue.length]!;
    return {
      ...template,
      id: `019b0000-0000-7000-8000-${String(index).padStart(12, '0')}`,
      nationalCode: { code: `9.${String(index).padStart(6, '0')}`, confidence: 'S', source: template.nationalCode.source },
      name: `${template.name} (bản ${index + 1})`,
    };
  });
}

export async function runCatalogImportBench(): Promise<{ name: string; ms: number; note: string }[]> {
  const procedures = generatedCatalogue();
  const results: { name: string; ms: number; note: string }[] = [];
  for (const format of ['json', 'csv'] as const satisfies readonly CatalogueFormat[]) {
    const text = exportCatalogue(procedures, format);
    const importOnce = () => {
      const result = parseCatalogueImport(text, format);
      if (!result.ok || result.procedures.length !== PROCEDURES) throw new Error(`${format} import of the generated catalogue failed`);
    };
    for (let i = 0; i < WARM_UP_RUNS; i++) importOnce();
    const samples = new Samples();
    for (let i = 0; i < RUNS; i++) await samples.time(importOnce);
    const median = samples.p50;
    results.push({
      name: `parse + validate ${PROCEDURES} procedures, ${format.toUpperCase()} (${Math.round(text.length / 1024)} KB)`,
      ms: median,
      note: `median of ${RUNS} after ${WARM_UP_RUNS} warm-up; the shared part of the ${TARGET_MS} ms import target`,
    });
    const write = await timeImportIntoWard(text, format);
    results.push({
      name: `import ${PROCEDURES} procedures into the ward SQLite, ${format.toUpperCase()} (parse + validate + diff + write + outbox)`,
      ms: write,
      note: `median of ${WRITE_RUNS}, each into a fresh database seeded as at first start; ${write <= TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target`,
    });
  }
  return results;
}

/** importCatalogue as the service runs it (synchronous FULL, WAL), each run into a new ward's database. */
async function timeImportIntoWard(text: string, format: CatalogueFormat): Promise<number> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-catalogue-'));
  const samples = new Samples();
  try {
    for (let run = 0; run < WRITE_RUNS; run++) {
      const ward = new WardService({ dataDir: path.join(root, `ward-${run}`) });
      try {
        const result = await samples.time(() => ward.handlers.importCatalogue({ format, text }, LOCAL_CALLER, IN_PROCESS));
        if (!result.ok || result.added !== PROCEDURES) throw new Error(`${format} import into the ward failed`);
      } finally {
        ward.close();
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return samples.p50;
}

async function main(): Promise<void> {
  const results = await runCatalogImportBench();
  console.log(
    ['| measure | ms | note |', '| --- | ---: | --- |', ...results.map((r) => `| ${r.name} | ${ms(r.ms)} | ${r.note} |`)].join('\n'),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
