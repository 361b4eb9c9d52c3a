// The sync page's lists and the PC's city credential file, on a real ward service and a real folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_FILE, readCredential, writeCredential, type DeviceCredential } from '../../src/main/service/sync/credential-store';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import { issue } from '../support/queue-actions';
import { tempDir, wardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';

describe('the rejected changes list', () => {
  it("shows each change the city refused, newest first, with its reason in the clerk's words, up to the limit asked", () => {
    const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
    expect(fx.call('listRejectedMutations', {})).toEqual({ rejected: [] });
    issue(fx, 'A');
    issue(fx, 'A');
    const rows = outboxRows(fx.ward).slice(-2) as { seq: number; mutation_id: string; entity_id: string }[];
    const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
    const refusal = (row: (typeof rows)[number]) => ({
      seq: row.seq,
      mutationId: row.mutation_id,
      status: 'rejected' as const,
      code: 'illegal_transition',
      message: 'Vé đã được quầy khác gọi trước.',
      replayed: false,
    });
    store.storePushResults(rows.map(refusal), rows[1]!.seq);

    const { rejected } = fx.call('listRejectedMutations', {});
    expect(rejected.map((r) => [r.seq, r.entityId, r.op, r.code, r.message, r.syncedAt])).toEqual([
      [
        rows[1]!.seq,
        rows[1]!.entity_id,
        'ticket.issue@1',
        'illegal_transition',
        'Vé đã được quầy khác gọi trước.',
        '2026-11-23T01:00:02.000Z',
      ],
      [
        rows[0]!.seq,
        rows[0]!.entity_id,
        'ticket.issue@1',
        'illegal_transition',
        'Vé đã được quầy khác gọi trước.',
        '2026-11-23T01:00:02.000Z',
      ],
    ]);
    expect(fx.call('listRejectedMutations', { limit: 1 }).rejected.map((r) => r.seq)).toEqual([rows[1]!.seq]);
  });

  it('does not start a sync on a PC that has no city credential yet', () => {
    const fx = wardFixture();
    expect(fx.call('syncNow', {})).toEqual({ started: false });
  });
});

const credential: DeviceCredential = {
  cityUrl: 'https://motcua.hanoi.example',
  deviceId: '0190c0de-0000-7000-8000-000000000001',
  ward: { code: '00070', name: 'Phường Hoàn Kiếm' },
  slot: 2,
  privateKey: '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n',
  enrolledAt: '2026-11-23T01:00:00.000Z',
};

describe('the city credential file', () => {
  it('is written readable by its owner only, read back whole, and leaves no temporary file', () => {
    const dir = tempDir();
    expect(readCredential(dir)).toBeNull();
    writeCredential(dir, credential);
    expect(readCredential(dir)).toEqual(credential);
    expect(fs.statSync(path.join(dir, CREDENTIAL_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual([CREDENTIAL_FILE]);
  });

  it('counts a damaged or foreign file as no credential, so the PC asks to enrol again', () => {
    const dir = tempDir();
    const file = path.join(dir, CREDENTIAL_FILE);
    fs.writeFileSync(file, '{"cityUrl": "https://motcua');
    expect(readCredential(dir)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...credential, slot: 12 }));
    expect(readCredential(dir)).toBeNull();
  });

  it('does not take an unreadable credential for a missing one: the error comes through', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, CREDENTIAL_FILE));
    expect(() => readCredential(dir)).toThrow(/EISDIR/);
  });
});
