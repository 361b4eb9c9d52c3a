// The zip IT downloads from Settings to tell what went wrong at a ward: every file it holds, read as IT
// reads it, from a real ward service in process with a few days of sync runs, rotated logs and a backup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { WardService } from '../../src/main/service/ward-service';
import { formatDateTimeSeconds } from '../../src/shared/time/format';
import { overwriteHeader, overwritePages } from '../support/corrupt-file';
import { IN_PROCESS } from '../support/in-process';
import { TEST_ADMIN } from '../support/test-admin';
import { TestClock, tempDir } from '../support/ward-fixture';

/** 10:00 on 7 December in Hà Nội: the bundle's seven days run from 1 December. */
const NOW = '2026-12-07T03:00:00.000Z';
/** The first and last instants of the seven Hà Nội days, and the minute before them. */
const FIRST_IN = '2026-11-30T17:00:00.000Z';
const LAST_IN = '2026-12-07T02:59:00.000Z';
const BEFORE = '2026-11-30T16:59:59.000Z';

afterEach(() => {
  vi.restoreAllMocks();
});

interface Bundle {
  fileName: string;
  contentType: string;
  names: string[];
  text: (name: string) => Promise<string>;
  json: (name: string) => Promise<unknown>;
}

async function exportBundle(ward: WardService): Promise<Bundle> {
  const download = await ward.handlers.exportDiagnostics({}, LOCAL_CALLER, IN_PROCESS);
  const zip = await JSZip.loadAsync(download.body);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the bundle`);
    return file.async('string');
  };
  return {
    fileName: download.fileName,
    contentType: download.contentType,
    names: Object.keys(zip.files).filter((n) => !n.endsWith('/')),
    text,
    json: async (name) => JSON.parse(await text(name)) as unknown,
  };
}

/** A ward whose data folder is in the user's home, with backups on another disk and two rotated logs. */
function wardInHome(): { ward: WardService; home: string; backupDir: string; logDir: string } {
  const home = tempDir();
  const dataDir = path.join(home, 'motcua');
  const logDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  fs.writeFileSync(path.join(logDir, 'service.2.log'), '{"event":"oldest"}\n');
  fs.writeFileSync(path.join(logDir, 'service.1.log'), '{"event":"older"}\n');
  const backupDir = tempDir();
  const clock = new TestClock(NOW);
  const ward = new WardService({
    dataDir,
    now: clock.now,
    sync: { appVersion: '9.8.7-test' },
    backup: { dir: backupDir, keepDays: 12, firstDelayMs: 3_600_000 },
  });
  onTestFinished(() => ward.close());
  // The test worker's environment is its own copy: HOME set here would not reach os.homedir().
  vi.spyOn(os, 'homedir').mockReturnValue(home);
  return { ward, home, backupDir, logDir };
}

/** Garbage over the file under the running service: its header (no database any more) or every page after the first. */
function damage(ward: WardService, dataDir: string, where: 'header' | 'pages'): void {
  ward.db.pragma('wal_checkpoint(TRUNCATE)');
  (where === 'header' ? overwriteHeader : overwritePages)(path.join(dataDir, DATABASE_FILE));
}

describe('the diagnostic bundle', () => {
  it('holds the logs oldest first, the versions, the set-up without the home folder, the checks, the status and the backups', async () => {
    const { ward, backupDir, logDir } = wardInHome();
    ward.handlers.updateSettings({ wardName: 'Phường Thử', announceRepeat: 3, ticketPrinter: 'XP-80C' }, LOCAL_CALLER, IN_PROCESS);
    const backup = await ward.backups.takeDaily(ward.db);
    expect(backup).not.toBeNull();

    const bundle = await exportBundle(ward);
    expect(bundle.fileName).toBe('motcua-chan-doan-20261207T030000.zip');
    expect(bundle.contentType).toBe('application/zip');
    expect(bundle.names).toEqual([
      'logs/service.2.log',
      'logs/service.1.log',
      'logs/service.log',
      'versions.json',
      'config.json',
      'integrity-check.txt',
      'start-check.json',
      'sync-status.json',
      'sync-log-last-7-days.csv',
      'backups.json',
    ]);
    expect(await bundle.text('logs/service.2.log')).toBe('{"event":"oldest"}\n');
    expect(await bundle.text('logs/service.1.log')).toBe('{"event":"older"}\n');
    expect(await bundle.text('logs/service.log')).toBe(fs.readFileSync(path.join(logDir, 'service.log'), 'utf8'));
    expect(await bundle.text('logs/service.log')).toMatch(/"event":"service\.started"/);

    const schema = ward.db.pragma('user_version', { simple: true });
    expect(schema).toBeGreaterThan(0);
    expect(await bundle.json('versions.json')).toEqual({
      app: '9.8.7-test',
      schema,
      sqlite: (ward.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      node: process.versions.node,
      platform: `${process.platform} ${os.release()} ${process.arch}`,
    });

    expect(await bundle.json('config.json')).toEqual({
      settings: { wardName: 'Phường Thử', announceRepeat: 3, ticketPrinter: 'XP-80C', documentPrinter: null },
      dataFolder: '~/motcua',
      backups: { folder: backupDir, keepDays: 12 },
      logs: { folder: '~/motcua/logs' },
    });
    expect(await bundle.text('integrity-check.txt')).toBe('ok\n');
    expect(await bundle.json('start-check.json')).toEqual(JSON.parse(JSON.stringify(ward.wholeFileCheck.summary())));
    expect(await bundle.json('start-check.json')).toMatchObject({ atStart: 'full' });
    expect(await bundle.json('sync-status.json')).toEqual(JSON.parse(JSON.stringify(ward.sync.status())));

    const [taken] = ward.backups.list();
    expect(await bundle.json('backups.json')).toEqual([{ fileName: taken!.fileName, takenAt: NOW, bytes: taken!.bytes }]);
    expect(taken!.bytes).toBeGreaterThan(0);
  });

  it('carries the sync runs of today and the six days before it, Hà Nội time, and no older one', async () => {
    const { ward } = wardInHome();
    // Runs a week of syncing would have logged; the engine's own runs need a city and a week of clock.
    const run = ward.db.prepare(
      `INSERT INTO sync_runs (started_at, ended_at, trigger, result, pushed, pulled) VALUES (?, ?, 'manual', 'ok', 3, 4)`,
    );
    for (const at of [BEFORE, FIRST_IN, LAST_IN]) run.run(at, at);

    const csv = await (await exportBundle(ward)).text('sync-log-last-7-days.csv');
    expect(csv).toContain(formatDateTimeSeconds(FIRST_IN));
    expect(csv).toContain(formatDateTimeSeconds(LAST_IN));
    expect(csv).not.toContain(formatDateTimeSeconds(BEFORE));
  });

  it('keeps a folder outside the home folder whole, and carries no account, secret or session of the ward', async () => {
    const { ward } = wardInHome();
    const { sessionToken } = await ward.handlers.createFirstAdmin(
      { ...TEST_ADMIN, role: 'admin' },
      { ...LOCAL_CALLER, method: 'createFirstAdmin' },
      IN_PROCESS,
    );
    const hash = (ward.db.prepare('SELECT secret_hash AS h FROM clerks').get() as { h: string }).h;
    vi.spyOn(os, 'homedir').mockReturnValue(path.join(os.tmpdir(), 'someone-else'));
    const bundle = await exportBundle(ward);
    const config = (await bundle.json('config.json')) as { dataFolder: string };
    expect(config.dataFolder).toBe(path.dirname(ward.log.dir));
    expect(path.isAbsolute(config.dataFolder)).toBe(true);
    const everything = (await Promise.all(bundle.names.map((n) => bundle.text(n)))).join('\n');
    for (const secret of [sessionToken, hash, TEST_ADMIN.secret, TEST_ADMIN.fullName, TEST_ADMIN.username])
      expect(everything).not.toContain(secret);
  });

  it('of a file damaged under the running service still holds every file, each part the file could not give naming the damage', async () => {
    for (const [where, code] of [
      ['header', 'SQLITE_NOTADB'],
      ['pages', 'SQLITE_CORRUPT'],
    ] as const) {
      const { ward, home } = wardInHome();
      damage(ward, path.join(home, 'motcua'), where);
      const bundle = await exportBundle(ward);
      expect(bundle.names, where).toHaveLength(10);
      expect(await bundle.text('integrity-check.txt'), where).toMatch(new RegExp(`^${code}: .+\n$`));
      const settings = ((await bundle.json('config.json')) as { settings: unknown }).settings;
      expect(settings, where).toMatch(new RegExp(`^${code}: `));
      expect(await bundle.json('start-check.json'), where).toEqual(JSON.parse(JSON.stringify(ward.wholeFileCheck.summary())));
      if (where === 'header') {
        expect(await bundle.json('versions.json'), where).toMatchObject({ app: '9.8.7-test', schema: `${code}: file is not a database` });
        expect(await bundle.json('sync-status.json'), where).toMatch(/^SQLITE_NOTADB: /);
        expect(await bundle.text('sync-log-last-7-days.csv'), where).toMatch(/^SQLITE_NOTADB: /);
      }
    }
  });

  it('lists every finding of the integrity check, one a line, when rows no longer match their index', async () => {
    const { ward, home } = wardInHome();
    ward.handlers.updateSettings({ announceRepeat: 3, ticketPrinter: 'XP-80C' }, LOCAL_CALLER, IN_PROCESS);
    ward.db.pragma('wal_checkpoint(TRUNCATE)');
    // A bit flipped in two settings' keys in the table, as a bad sector would: their index still has the old keys.
    const file = path.join(home, 'motcua', DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    for (const record of ['announceRepeat3', 'ticketPrinter"XP-80C"']) {
      const at = bytes.indexOf(record);
      expect(at, record).toBeGreaterThan(0);
      bytes[at] = bytes[at]! ^ 1;
    }
    fs.writeFileSync(file, bytes);
    const findings = (await (await exportBundle(ward)).text('integrity-check.txt')).split('\n');
    expect(findings.pop()).toBe('');
    expect(findings).toHaveLength(2);
    for (const finding of findings) expect(finding).toMatch(/missing from index sqlite_autoindex_settings_1/);
  });
});
