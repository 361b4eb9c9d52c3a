import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cleanShutdownFile, recordCleanShutdown } from '../../src/main/service/db/clean-shutdown';
import { DATABASE_FILE, DatabaseDamagedError } from '../../src/main/service/db/open-database';
import { WardService } from '../../src/main/service/ward-service';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { IN_PROCESS } from '../support/in-process';
import { tempDir } from '../support/ward-fixture';
import { serviceIdByLetter } from '../support/ward-queries';

// Database health at start (issue 23 §6) without reading a 3 GB file before the first ticket: after a
// clean stop that left the file verified, a large database is opened once its set-up and state tables
// pass, and the history tables are checked in the background; after a crash, or when the file changed
// since the stop, the whole file is checked first, as before. Every ward here counts as large
// (fullCheckUpToBytes: 0); a small one is always checked whole (storage-faults.test.ts).

function open(dataDir: string): WardService {
  const ward = new WardService({ dataDir, fullCheckUpToBytes: 0, backup: { firstDelayMs: 3_600_000 } });
  onTestFinished(() => {
    try {
      ward.close();
    } catch {
      // closed by the test already
    }
  });
  return ward;
}

/** A ward with 300 tickets, stopped cleanly: the tickets fill pages of a history table. */
function stoppedWard(): { dataDir: string; file: string } {
  const dataDir = tempDir();
  const ward = open(dataDir);
  const serviceId = serviceIdByLetter(ward, 'A');
  for (let i = 0; i < 300; i++) ward.handlers.issueTicket({ serviceId }, LOCAL_CALLER, IN_PROCESS);
  ward.close();
  return { dataDir, file: path.join(dataDir, DATABASE_FILE) };
}

/** Garbage over one leaf page of a table, as a sector gone bad while the PC was off. */
function damageTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const { pageno, pageSize } = db
    .prepare(
      `SELECT pageno, (SELECT page_size FROM pragma_page_size) AS pageSize FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1`,
    )
    .get(table) as { pageno: number; pageSize: number };
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  fs.closeSync(fd);
}

function refusal(dataDir: string): unknown {
  try {
    open(dataDir).close();
  } catch (error) {
    return error;
  }
  return null;
}

describe('the database check at start', () => {
  it('after a clean stop checks the state tables only, and the background check reports a damaged history table', async () => {
    const { dataDir, file } = stoppedWard();
    expect(fs.existsSync(cleanShutdownFile(file))).toBe(true);
    damageTable(file, 'tickets');
    // The bad sector does not change what the stop noted (no write went through the OS): note it again.
    recordCleanShutdown(file, new Date());

    const ward = open(dataDir);
    expect(ward.wholeFileCheck.atStart).toBe('partial');
    expect(ward.health.health()).toEqual({ status: 'ok', problems: [] });
    // Taken at opening: a crash from now on leaves no note behind.
    expect(fs.existsSync(cleanShutdownFile(file))).toBe(false);

    const result = await ward.checkWholeFileInBackground();
    expect(result).not.toBe('ok');
    expect(ward.health.health()).toMatchObject({
      status: 'degraded',
      problems: [{ code: 'database_damaged', message: expect.stringContaining('khôi phục bản sao lưu tốt gần nhất') }],
    });
    const bundle = await JSZip.loadAsync((await ward.handlers.exportDiagnostics({}, LOCAL_CALLER, IN_PROCESS)).body);
    expect(JSON.parse(await bundle.file('start-check.json')!.async('string'))).toMatchObject({ atStart: 'partial', result });
    ward.close();
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'service.log'), 'utf8')).toMatch(/database\.damaged.*background check/);

    // A file found damaged leaves no note: the next start checks it whole and refuses it.
    expect(fs.existsSync(cleanShutdownFile(file))).toBe(false);
    expect(refusal(dataDir)).toBeInstanceOf(DatabaseDamagedError);
  });

  it('after a clean stop on an undamaged file finds nothing in the background and notes the file verified again', async () => {
    const { dataDir, file } = stoppedWard();
    const ward = open(dataDir);
    expect(ward.wholeFileCheck.atStart).toBe('partial');
    expect(await ward.checkWholeFileInBackground()).toBe('ok');
    expect(ward.health.health().status).toBe('ok');
    ward.close();
    expect(fs.existsSync(cleanShutdownFile(file))).toBe(true);
  });

  it('still refuses a damaged state table on the clean path', () => {
    const { dataDir, file } = stoppedWard();
    damageTable(file, 'procedures');
    recordCleanShutdown(file, new Date());
    expect(refusal(dataDir)).toBeInstanceOf(DatabaseDamagedError);
  });

  it('after a crash, or a file changed since the stop, checks the whole file before opening', () => {
    for (const how of ['crash', 'changed since'] as const) {
      const { dataDir, file } = stoppedWard();
      damageTable(file, 'tickets');
      // A crash leaves no note; a write by anything else after the stop makes the note not match the file.
      if (how === 'crash') fs.rmSync(cleanShutdownFile(file));
      const before = fs.readFileSync(file);
      const error = refusal(dataDir);
      expect(error, how).toBeInstanceOf(DatabaseDamagedError);
      expect(fs.readFileSync(file).equals(before), how).toBe(true);
    }
  });

  it('checks the whole file at a start after a run that ended before its background check did', () => {
    const { dataDir, file } = stoppedWard();
    const ward = open(dataDir);
    expect(ward.wholeFileCheck.atStart).toBe('partial');
    ward.close();
    expect(fs.existsSync(cleanShutdownFile(file))).toBe(false);
    const next = open(dataDir);
    expect(next.wholeFileCheck.atStart).toBe('full');
  });
});
