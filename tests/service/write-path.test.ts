import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { EventBus } from '../../src/main/service/events';
import { HealthMonitor } from '../../src/main/service/health/health-monitor';
import { UnrecordedWriteError, WritePath } from '../../src/main/service/write-path';
import { issue } from '../support/queue-actions';
import { sourceFiles } from '../support/source-files';
import { expectApiError, wardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';

const SERVICE_ROOT = path.resolve(__dirname, '../../src/main/service');

/** Files under src/main/service whose code (comments stripped) matches the pattern. */
function filesUsing(pattern: RegExp): string[] {
  return sourceFiles(SERVICE_ROOT)
    .filter((file) => pattern.test(fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
    .map((file) => path.relative(SERVICE_ROOT, file))
    .sort();
}

describe('the one write path', () => {
  it('is the only code that appends to the outbox, opens a write transaction or emits an event', () => {
    expect(filesUsing(/\bappendOutbox\(/)).toEqual(['write-path-outbox.ts', 'write-path.ts']);
    expect(filesUsing(/\.transaction\(/)).toEqual(['db/open-database.ts', 'write-path.ts']);
    expect(filesUsing(/\bevents\.emit\(/)).toEqual(['write-path.ts']);
    // Rows from the city and the city's answers are stored without an outbox row: by the sync module, and
    // by the dossier module when it clears the "not taken yet" mark of a pulled status it had nothing to take from.
    expect(filesUsing(/\.runSync\(/)).toEqual(['dossiers/city-steps.ts', 'sync/sync-store.ts']);
  });

  it('rolls back a command that changes rows without naming its outbox operation, and sends no event', () => {
    const fx = wardFixture();
    const events = new EventBus();
    const seen: string[] = [];
    events.subscribe((name) => seen.push(name));
    const write = new WritePath(fx.ward.db, events, fx.clock.now, new HealthMonitor());
    const before = outboxRows(fx.ward).length;

    expect(() =>
      write.run(LOCAL_CALLER, (tx) => {
        tx.db.prepare(`UPDATE settings SET value = '"Hacked"' WHERE key = 'seededAt'`).run();
        tx.emit('config.changed', { at: tx.now.toISOString() });
      }),
    ).toThrow(UnrecordedWriteError);
    // What the log says, for whoever reads it after a crash report.
    expect(() =>
      write.run(LOCAL_CALLER, (tx) => void tx.db.prepare(`UPDATE settings SET value = '"x"' WHERE key = 'seededAt'`).run()),
    ).toThrow('A command changed rows without recording an outbox operation; it was rolled back');

    expect(fx.ward.db.prepare(`SELECT value FROM settings WHERE key = 'seededAt'`).get()).not.toEqual({ value: '"Hacked"' });
    expect(outboxRows(fx.ward)).toHaveLength(before);
    expect(seen).toEqual([]);
  });

  it('commits the change with its outbox entry and only then sends the queued events', () => {
    const fx = wardFixture();
    const events = new EventBus();
    const seen: { name: string; inTransaction: boolean }[] = [];
    events.subscribe((name) => seen.push({ name, inTransaction: fx.ward.db.inTransaction }));
    const write = new WritePath(fx.ward.db, events, fx.clock.now, new HealthMonitor());

    write.run(LOCAL_CALLER, (tx) => {
      tx.db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', '1')`).run();
      tx.record({ entity: 'settings', entityId: 'ward', op: 'settings.update@1', payload: { probe: 1 } });
      tx.emit('config.changed', { at: tx.now.toISOString() });
      expect(seen).toEqual([]);
    });

    expect(outboxRows(fx.ward).at(-1)).toMatchObject({ entity: 'settings', op: 'settings.update@1', actor: 'local' });
    expect(seen).toEqual([{ name: 'config.changed', inTransaction: false }]);
  });

  it('leaves nothing behind when a command fails half-way', () => {
    const fx = wardFixture();
    const write = new WritePath(fx.ward.db, new EventBus(), fx.clock.now, new HealthMonitor());
    const before = outboxRows(fx.ward).length;
    expect(() =>
      write.run(LOCAL_CALLER, (tx) => {
        tx.db.prepare(`INSERT INTO settings (key, value) VALUES ('half', '1')`).run();
        tx.record({ entity: 'settings', entityId: 'ward', op: 'settings.update@1', payload: {} });
        throw new Error('the second half failed');
      }),
    ).toThrow('the second half failed');
    expect(fx.ward.db.prepare(`SELECT 1 FROM settings WHERE key = 'half'`).get()).toBeUndefined();
    expect(outboxRows(fx.ward)).toHaveLength(before);
  });

  it('reports a failing disk in health with its own error, and clears it at the next commit', () => {
    const fx = wardFixture();
    const health = new HealthMonitor();
    const write = new WritePath(fx.ward.db, new EventBus(), fx.clock.now, health);
    const ioError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
    expectApiError(
      () =>
        write.run(LOCAL_CALLER, () => {
          throw ioError;
        }),
      'storage_failed',
    );
    expect(health.health().problems.map((p) => p.code)).toEqual(['storage_failed']);
    // Any other failure is the command's own, passed on as it is, and no disk problem.
    const other = new Error('not the disk');
    expect(() =>
      write.run(LOCAL_CALLER, () => {
        throw other;
      }),
    ).toThrow(other);
    write.run(LOCAL_CALLER, () => undefined);
    expect(health.health()).toEqual({ status: 'ok', problems: [] });
  });

  it('gives modules a read handle that refuses every write', () => {
    const fx = wardFixture();
    issue(fx, 'A');
    expect(() => fx.ward.readDb.prepare(`UPDATE tickets SET state = 'cancelled'`).run()).toThrow(/readonly/i);
    expect(fx.ward.readDb.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 1 });
  });
});
