import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DataFolderNotWritableError } from '../../src/main/service/db/data-folder';
import { DATABASE_FILE, DatabaseDamagedError } from '../../src/main/service/db/open-database';
import { WardService } from '../../src/main/service/ward-service';
import { expectApiError, tempDir, wardFixture } from '../support/ward-fixture';
import { serviceIdByLetter } from '../support/ward-queries';

/** A small tmpfs at a fresh folder, or the reason it cannot be mounted here (not root, no mount rights). */
function mountTmpfs(sizeKb: number): { dir: string } | { skip: string } {
  const dir = tempDir('motcua-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    return { skip: `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]})` };
  }
  onTestFinished(() => {
    execFileSync('umount', ['-l', dir]);
  });
  return { dir };
}

function skipWith(reason: string): void {
  console.warn(`[skipped] ${reason}`);
}

describe('storage faults', () => {
  it('answers a full disk with its own error, reports it in health, and resumes by itself when space returns (injected)', () => {
    const fx = wardFixture();
    const serviceId = serviceIdByLetter(fx.ward, 'A');
    fx.call('issueTicket', { serviceId });
    const pages = fx.ward.db.pragma('page_count', { simple: true }) as number;
    // SQLite's own ceiling on the file's size: past it a write fails with SQLITE_FULL, as on a full disk.
    fx.ward.db.pragma(`max_page_count = ${pages}`);
    let failures = 0;
    for (let i = 0; i < 200 && failures === 0; i++) {
      try {
        fx.call('issueTicket', { serviceId });
      } catch {
        failures++;
      }
    }
    expectApiError(() => fx.call('issueTicket', { serviceId }), 'storage_full');
    const degraded = fx.call('getBoard', {}).health;
    expect(degraded.status).toBe('degraded');
    expect(degraded.problems.map((p) => p.code)).toEqual(['storage_full']);
    expect(degraded.problems[0]!.message).toMatch(/Ổ đĩa đầy.*công nghệ thông tin/);

    fx.ward.db.pragma('max_page_count = 1073741823');
    const after = fx.call('issueTicket', { serviceId });
    expect(after.ticket.state).toBe('waiting');
    expect(fx.call('getBoard', {}).health).toEqual({ status: 'ok', problems: [] });
  });

  it('fills a real small disk: refused with the disk-full error, nothing half-written, and writes resume once space is freed', (ctx) => {
    const mounted = mountTmpfs(2048);
    if ('skip' in mounted) {
      skipWith(mounted.skip);
      ctx.skip();
      return;
    }
    const fx = wardFixture({ dataDir: path.join(mounted.dir, 'data') });
    const serviceId = serviceIdByLetter(fx.ward, 'A');
    fx.call('issueTicket', { serviceId });
    // Fill what is left of the disk, in 64 KB steps, until the file system refuses.
    const filler = path.join(mounted.dir, 'filler');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024, 1));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    let refused: unknown;
    let issued = 1;
    for (let i = 0; i < 500 && !refused; i++) {
      try {
        fx.call('issueTicket', { serviceId });
        issued++;
      } catch (error) {
        refused = error;
      }
    }
    expect((refused as { code?: string }).code).toBe('storage_full');
    expect(fx.call('getBoard', {}).health.status).toBe('degraded');
    const { tickets } = fx.call('listTickets', {});
    expect(tickets).toHaveLength(issued);

    fs.rmSync(filler);
    const resumed = fx.call('issueTicket', { serviceId });
    expect(resumed.ticket.displayNumber).toBe(`A${String(issued + 1).padStart(3, '0')}`);
    expect(fx.call('getBoard', {}).health.status).toBe('ok');
  });

  it('refuses to start on a read-only data folder, saying which folder', (ctx) => {
    const mounted = mountTmpfs(4096);
    if ('skip' in mounted) {
      skipWith(mounted.skip);
      ctx.skip();
      return;
    }
    const dataDir = path.join(mounted.dir, 'data');
    new WardService({ dataDir }).close();
    execFileSync('mount', ['-o', 'remount,ro', mounted.dir]);
    let error: unknown;
    try {
      new WardService({ dataDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFolderNotWritableError);
    expect((error as Error).message).toContain(dataDir);
    expect((error as Error).message).toMatch(/EROFS/);
  });

  it('refuses a damaged database with a clear message and leaves the file as it was', () => {
    const dataDir = tempDir();
    const fx = wardFixture({ dataDir });
    for (let i = 0; i < 30; i++) fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A') });
    fx.close();
    const file = path.join(dataDir, DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    // Scribble over the pages after the header, as a failing disk sector would.
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 2, pageSize * 6);
    fs.writeFileSync(file, bytes);

    let error: unknown;
    try {
      new WardService({ dataDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect((error as Error).message).toMatch(/damaged.*not changed.*backup/s);
    expect((error as Error).message).toContain('move the file aside to start empty, then start again.');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file that is no database at all, or whose first page is scribbled over, as damaged', () => {
    for (const damage of ['text', 'schema page'] as const) {
      const dataDir = tempDir();
      const file = path.join(dataDir, DATABASE_FILE);
      if (damage === 'text') fs.writeFileSync(file, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(200));
      else {
        wardFixture({ dataDir }).close();
        const bytes = fs.readFileSync(file);
        bytes.fill(0x5a, 100, bytes.readUInt16BE(16));
        fs.writeFileSync(file, bytes);
      }
      const before = fs.readFileSync(file);
      const open = () => new WardService({ dataDir });
      expect(open, damage).toThrow(DatabaseDamagedError);
      expect(open).toThrow(damage === 'text' ? '(SQLITE_NOTADB)' : '(SQLITE_CORRUPT)');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    }
  });
});
