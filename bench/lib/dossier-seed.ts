import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { procedureUpdatedAt, readAllProcedures } from '../../src/main/service/catalog/procedure-rows';
import { LATEST_SCHEMA_VERSION } from '../../src/main/service/db/migrations';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { procedureSnapshot } from '../../src/main/service/dossiers/commands';
import { insertDossier, insertEvent } from '../../src/main/service/dossiers/dossier-rows';
import { dossierSearchText } from '../../src/main/service/dossiers/search-index';
import { WardService } from '../../src/main/service/ward-service';
import type { Dossier } from '../../src/shared/api/dossiers';
import type { Procedure } from '../../src/shared/catalog/procedure';
import type { DossierStatus } from '../../src/shared/dossier/dossier-state';
import { instantOfLocal, localDay } from '../../src/shared/time/local-time';
import { IN_PROCESS } from '../../tests/support/in-process';
import { TEST_ADMIN } from '../../tests/support/test-admin';
import { mulberry32 } from '../../tests/support/seeded-random';
import { syntheticPerson } from './vietnamese-names';

// A ward database holding a million dossiers, made once and kept in the temp folder between runs
// (minutes to make on 2 cores; its name carries the schema version, so a migration makes a new one).
// The ward service sets it up as at a first start (catalogue, calendar, dossier code settings, the
// first administrator); the dossiers then go in from this one process in large transactions with synchronous=OFF,
// through the service's own row and index writers (insertDossier, insertEvent), not through the API:
// a million intakes over HTTP would take hours. Nothing goes to the outbox: these dossiers count as
// synced and pruned. Procedures are drawn evenly from the shipped catalogue; due dates are two days
// after reception at 17:00, not counted with the calendar (search does not read them).
//
// Beside it, naive.sqlite holds the baseline the benchmark compares with: a default FTS5 table (no
// prefix index, full detail) over the same folded words, keyed by the same reception order.

export const UNIT_CODE = '000.A0.01.H26';
const SPAN_MS = 5 * 365 * 24 * 3600 * 1000;
const BATCH = 50_000;

export interface SeededDossiers {
  /** The cached data folder: copy it before changing it. */
  dataDir: string;
  naiveFile: string;
  seededInMs: number | null;
}

export async function seededDossiers(count: number, log: (line: string) => void): Promise<SeededDossiers> {
  const dataDir = path.join(os.tmpdir(), `motcua-bench-dossiers-v${LATEST_SCHEMA_VERSION}-${count}`);
  const naiveFile = path.join(dataDir, 'naive.sqlite');
  const done = path.join(dataDir, 'complete');
  if (fs.existsSync(done)) return { dataDir, naiveFile, seededInMs: null };
  fs.rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const now = new Date();
  const ward = new WardService({ dataDir, now: () => new Date(now.getTime() - SPAN_MS - 3600_000) });
  ward.handlers.saveDossierCodeSettings({ unitCode: UNIT_CODE, slot: 1 }, LOCAL_CALLER, IN_PROCESS);
  // The test administrator receives them, so the benchmark can sign in as them over HTTP.
  const {
    session: { clerk },
  } = await ward.handlers.createFirstAdmin({ ...TEST_ADMIN, role: 'admin' }, LOCAL_CALLER, IN_PROCESS);
  ward.close();

  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const naive = new Database(naiveFile);
  naive.pragma('journal_mode = OFF');
  naive.pragma('synchronous = OFF');
  naive.exec('CREATE VIRTUAL TABLE naive_search USING fts5(words)');
  const naiveInsert = naive.prepare('INSERT INTO naive_search (rowid, words) VALUES (?, ?)');

  const procedures = readAllProcedures(db).map((p) => ({ procedure: p, updatedAt: procedureUpdatedAt(db, p.id)! }));
  const insertCode = db.prepare(
    `INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES (?, ?, ?, ?, ?, 'local')`,
  );
  // Seeded, so the seeded database is the same on every machine.
  const random = mulberry32(20_261_207);
  const first = now.getTime() - SPAN_MS;
  const step = SPAN_MS / count;
  let day = '';
  let number = 0;
  for (let start = 0; start < count; start += BATCH) {
    db.transaction(() =>
      naive.transaction(() => {
        for (let i = start; i < Math.min(count, start + BATCH); i++) {
          const receivedAt = new Date(first + Math.floor(i * step)).toISOString();
          const today = localDay(receivedAt);
          if (today !== day) [day, number] = [today, 1000];
          number++;
          const code = `${UNIT_CODE}-${today.slice(2, 4)}${today.slice(5, 7)}${today.slice(8, 10)}-${number}`;
          insertCode.run(code, UNIT_CODE, today, number, receivedAt);
          const dossier = syntheticDossier(random, procedures, { code, receivedAt, clerk, age: now.getTime() - Date.parse(receivedAt) });
          insertDossier(db, dossier);
          insertEvent(db, {
            event: {
              id: uuidv7({ msecs: Date.parse(receivedAt) }),
              action: 'receive',
              from: null,
              to: 'received',
              at: receivedAt,
              clerk: dossier.clerk,
              deviceName: 'Máy chủ phường',
              source: 'ward',
              reason: null,
              newDue: null,
            },
            dossierId: dossier.id,
            deviceId: null,
          });
          naiveInsert.run(i + 1, dossierSearchText(dossier.applicant.fullName, dossier.procedure.name));
        }
      })(),
    )();
    log(`seeded ${Math.min(count, start + BATCH)} of ${count} dossiers (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  naive.close();
  fs.writeFileSync(done, new Date().toISOString());
  return { dataDir, naiveFile, seededInMs: Date.now() - started };
}

interface SeedContext {
  code: string;
  receivedAt: string;
  clerk: { id: string; fullName: string };
  age: number;
}

/** Older dossiers are mostly returned; the last month's are spread over the lifecycle. */
function statusFor(random: () => number, age: number): DossierStatus {
  const x = random();
  if (age > 30 * 24 * 3600 * 1000) return x < 0.93 ? 'returned' : x < 0.97 ? 'refused' : 'stopped';
  const recent: DossierStatus[] = ['received', 'transferred', 'processing', 'supplement_requested', 'result_ready', 'returned'];
  return recent[Math.floor(x * recent.length)]!;
}

function syntheticDossier(
  random: () => number,
  procedures: { procedure: Procedure; updatedAt: string }[],
  { code, receivedAt, clerk, age }: SeedContext,
): Dossier {
  const { procedure, updatedAt } = procedures[Math.floor(random() * procedures.length)]!;
  const person = syntheticPerson(random);
  const birthYear = 1940 + Math.floor(random() * 65);
  const idNumber = `001${person.sex === 'male' ? (birthYear < 2000 ? 0 : 2) : birthYear < 2000 ? 1 : 3}${String(birthYear).slice(2)}${String(
    Math.floor(random() * 1e6),
  ).padStart(6, '0')}`;
  const dueDay = localDay(Date.parse(receivedAt) + 2 * 24 * 3600 * 1000);
  const status = statusFor(random, age);
  return {
    id: uuidv7({ msecs: Date.parse(receivedAt) }),
    code,
    status,
    procedure: procedureSnapshot(procedure, updatedAt),
    applicant: {
      idNumber,
      fullName: person.fullName,
      birthDate: `${birthYear}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      sex: person.sex,
      address: `Số ${1 + Math.floor(random() * 200)} phố Huế, phường Hai Bà Trưng, Hà Nội`,
      ...(random() < 0.7 ? { phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` } : {}),
    },
    representative: null,
    channel: 'in_person',
    documents: (procedure.requiredDocuments.items ?? []).slice(0, 3).map((d) => ({ name: d.name, kind: 'copy', count: 1 })),
    fee: { amount: 0, listedAmount: null, source: 'clerk', exemptionReason: null },
    deadline: { rule: { kind: 'working_days', days: 2 }, source: 'clerk', verification: false },
    receivedAt,
    receivedOn: localDay(receivedAt),
    due: { date: dueDay, time: '17:00', at: instantOfLocal(dueDay, '17:00') },
    returnMethod: 'counter',
    ticketId: null,
    clerk: { id: clerk.id, fullName: clerk.fullName },
    notes: null,
    updatedAt: receivedAt,
  };
}
