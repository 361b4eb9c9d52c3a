// What the ward does with each of the city's rarer answers (docs/sync-protocol.md, status table),
// against a scripted stand-in for the city.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCatalogue } from '../support/seed-catalogue';
import { issue } from '../support/queue-actions';
import { startFakeCity, type FakeCity } from './fake-city';
import { enrol, outbox, syncUntilQuiet, syncWard } from './sync-harness';

let fake: FakeCity;

beforeEach(async () => {
  fake = await startFakeCity();
});
afterEach(async () => {
  await fake.close();
});

const pushes = () => fake.requests.filter((r) => r.path === '/v1/sync/push');

describe('push answers', () => {
  it('halves a batch the city finds too large until it fits, and sends everything', async () => {
    fake.maxRows = 40;
    const w = syncWard();
    for (let i = 0; i < 150; i++) issue(w, 'A');
    const n = outbox(w).length;
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    const sizes = pushes().map((p) => p.rows!);
    const halvings = [n, Math.floor(n / 2), Math.floor(n / 4), Math.floor(n / 8)].filter((size, i, all) => i === 0 || all[i - 1]! > 40);
    expect(sizes.slice(0, halvings.length)).toEqual(halvings);
    expect(Math.max(...sizes.slice(halvings.length))).toBeLessThanOrEqual(40);
    expect([...fake.held.values()]).toEqual(outbox(w).map((r) => r.mutation_id));
  });

  it('renumbers its pending rows after the city says their numbers were used by other changes (restored PC)', async () => {
    // The city already holds seq 1-5 from this PC's lost timeline.
    for (let seq = 1; seq <= 5; seq++) fake.held.set(seq, `00000000-0000-4000-8000-00000000000${seq}`);
    fake.lastSeq = 5;
    const w = syncWard();
    const before = outbox(w).map((r) => r.mutation_id);
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);

    const after = outbox(w);
    expect(after.map((r) => r.mutation_id)).toEqual(before);
    expect(after.map((r) => r.seq)).toEqual(before.map((_, i) => i + 6));
    expect(fake.held.get(6)).toBe(before[0]);
    // The run that renumbered succeeded, and says what happened for IT staff.
    expect(w.call('listSyncRuns', {}).runs.find((r) => r.errorCode === 'seq_regression')).toMatchObject({ result: 'ok' });
    const ticket = issue(w, 'A');
    expect(outbox(w).at(-1)).toMatchObject({ entity_id: ticket.id, seq: before.length + 6 });
    await syncUntilQuiet(w);
    expect(fake.lastSeq).toBe(before.length + 6);
  });

  it('sends again the rows a restored city lost (seq gap), from the number it asks for', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    const all = outbox(w);
    // The city is restored to a backup that had only the first 3 rows.
    for (const seq of [...fake.held.keys()]) if (seq > 3) fake.held.delete(seq);
    fake.lastSeq = 3;
    issue(w, 'A');
    await syncUntilQuiet(w);
    expect([...fake.held.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id)).toEqual(outbox(w).map((r) => r.mutation_id));
    expect(outbox(w)).toHaveLength(all.length + 1);
  });

  it('treats a reply cut in the middle of its JSON as an unknown outcome and gets the stored answers on the resend', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    fake.truncateNextPushReply = true;
    const ticket = issue(w, 'A');
    await syncUntilQuiet(w);
    const failed = w.call('listSyncRuns', {}).runs.find((r) => r.result === 'failed');
    expect(failed).toMatchObject({ errorCode: 'bad_response' });
    const row = outbox(w).find((r) => r.entity_id === ticket.id)!;
    expect(row.status).toBe('acked');
    expect(fake.held.get(row.seq)).toBe(row.mutation_id);
    // Sent twice (the cut reply, then the replay), held once.
    expect(pushes().filter((p) => p.rows === 1)).toHaveLength(2);
  });

  it('stops for a city that needs a newer app, keeps the rows, and does not retry by itself', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    fake.script.push({ path: '/v1/sync/push', status: 426, code: 'upgrade_required' });
    issue(w, 'A');
    w.ward.sync.syncNow();
    await w.ward.sync.settled();
    const status = w.call('getSyncStatus', {});
    expect(status.state).toBe('upgrade_required');
    expect(status.lastError?.message).toMatch(/phiên bản/);
    expect(status.pending.total).toBe(1);
    const count = pushes().length;
    await new Promise((r) => setTimeout(r, 200));
    expect(pushes()).toHaveLength(count);
  });

  it.each([
    [
      403,
      'device_revoked',
      'revoked',
      'Thành phố đã thu hồi quyền đồng bộ của máy này. Dữ liệu trên máy vẫn được giữ nguyên; hãy báo cán bộ công nghệ thông tin để đăng ký lại.',
    ],
    [
      400,
      'bad_request',
      'waiting_retry',
      'Máy chủ thành phố từ chối dữ liệu gửi lên vì sai định dạng. Đồng bộ tạm dừng; hãy báo cán bộ công nghệ thông tin.',
    ],
    [500, 'internal', 'waiting_retry', 'Máy chủ thành phố đang gặp sự cố. Ứng dụng sẽ tự thử lại.'],
    [409, 'push_in_progress', 'waiting_retry', 'Máy chủ thành phố đang bận. Ứng dụng sẽ tự thử lại sau ít phút.'],
  ] as const)(
    'tells the clerk in words what a %i %s answer means, keeps the row, and stops or retries as it should',
    async (status, code, state, message) => {
      // Backoff long enough that the retry cannot have happened before the status is read.
      const w = syncWard({ timing: { backoffBaseMs: 60_000, backoffCapMs: 60_000 } });
      await enrol(w, fake.url, 'ABCD-1234');
      await syncUntilQuiet(w);
      fake.script.push({ path: '/v1/sync/push', status, code });
      issue(w, 'A');
      w.ward.sync.syncNow();
      await w.ward.sync.settled();
      const after = w.call('getSyncStatus', {});
      expect([after.state, after.lastError?.code, after.lastError?.message, after.pending.total]).toEqual([state, code, message, 1]);
      expect(after.inSync).toBe(false);
    },
  );

  it('waits the Retry-After the city asks for before trying again', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    fake.script.push({ path: '/v1/sync/push', status: 429, code: 'rate_limited', retryAfterSeconds: 1 });
    issue(w, 'A');
    await w.ward.sync.settled();
    w.ward.sync.syncNow();
    await w.ward.sync.settled();
    expect(w.call('getSyncStatus', {}).state).toBe('waiting_retry');
    const refused = pushes().at(-1)!.at;
    const until = Date.now() + 5000;
    while (w.call('getSyncStatus', {}).pending.total > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(w.call('getSyncStatus', {}).pending.total).toBe(0);
    expect(pushes().at(-1)!.at - refused).toBeGreaterThanOrEqual(1000);
  });

  it('logs in again when the city says the token expired, within the same run', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    const logins = fake.logins;
    fake.script.push({ path: '/v1/sync/push', status: 401, code: 'token_expired' });
    issue(w, 'A');
    const runsBefore = w.call('listSyncRuns', {}).runs.length;
    await syncUntilQuiet(w);
    expect(fake.logins).toBe(logins + 1);
    expect(
      w
        .call('listSyncRuns', {})
        .runs.slice(0, w.call('listSyncRuns', {}).runs.length - runsBefore)
        .every((r) => r.result === 'ok'),
    ).toBe(true);
  });
});

describe('pull answers', () => {
  it('re-snapshots after 410, resumes an interrupted snapshot at its page, then pulls from the snapshot cursor', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    fake.refusesCursorsBelow = 40;
    fake.snapshotPages = [
      [{ entity: 'procedure', entityId: 'p1', data: { name: 'Một' } }],
      [{ entity: 'calendar_year', entityId: '2027', data: { year: 2027 } }],
    ];
    fake.changes = [{ v: 41, entity: 'ward_setting', entityId: 'opening', data: { at: '07:30' }, originDeviceId: null }];
    // The second page fails once: the next run must ask for page "1", not start over.
    fake.script.push({ path: '/v1/sync/snapshot', status: 503, code: 'unavailable', page: '1' });
    fake.script.unshift({ path: '/v1/sync/pull', status: 410, code: 'cursor_expired' });
    const snapshotOk = fake.requests.length;
    w.ward.sync.syncNow();
    await w.ward.sync.settled();
    fake.script.splice(0);
    await syncUntilQuiet(w);

    const snaps = fake.requests.slice(snapshotOk).filter((r) => r.path === '/v1/sync/snapshot');
    // Page 0, page 1 (refused once), then page 1 again: never page 0 a second time.
    expect(snaps.map((r) => (r.page === undefined ? 'refused' : r.page))).toEqual([null, 'refused', '1']);
    const reference = w.ward.db.prepare('SELECT entity, entity_id FROM city_reference ORDER BY entity').all();
    expect(reference).toEqual([
      { entity: 'calendar_year', entity_id: '2027' },
      { entity: 'procedure', entity_id: 'p1' },
      { entity: 'ward_setting', entity_id: 'opening' },
    ]);
    expect(w.ward.db.prepare('SELECT cursor, snapshot_active FROM sync_pull_state').get()).toEqual({ cursor: 41, snapshot_active: 0 });
  });
});

describe('triggers', () => {
  it('sends a burst of local writes by itself, in one run, a moment after the last one', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    const writeRuns = () => w.call('listSyncRuns', {}).runs.filter((r) => r.trigger === 'write');
    issue(w, 'A');
    issue(w, 'A');
    issue(w, 'B');
    await expect.poll(() => writeRuns().map((r) => [r.result, r.pushed]), { timeout: 3000, interval: 10 }).toEqual([['ok', 3]]);
  });

  it('does not take the changes it pulled for local writes to send', async () => {
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    const seed = seedCatalogue[0]!;
    fake.changes = [
      { v: 1000, entity: 'procedure', entityId: seed.id, data: { ...seed, name: 'Đăng ký khai sinh (thành phố)' }, originDeviceId: null },
    ];
    w.ward.sync.syncNow();
    await w.ward.sync.settled();
    expect(w.call('getProcedure', { id: seed.id }).procedure.name).toBe('Đăng ký khai sinh (thành phố)');
    // Well past the 20 ms the engine waits after a local write.
    await new Promise((r) => setTimeout(r, 200));
    expect(w.call('listSyncRuns', {}).runs.filter((r) => r.trigger === 'write')).toEqual([]);
  });

  it('runs from the independent timer with no local write, and on reconnection long before the backoff ends', async () => {
    // Jitter fixed near its ceiling: a failed run would wait about a minute on its own.
    const w = syncWard({ timing: { periodMinMs: 80, periodMaxMs: 120, backoffBaseMs: 60_000, backoffCapMs: 60_000 }, random: () => 0.99 });
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    const runs = () => w.call('listSyncRuns', {}).runs;
    await expect.poll(() => runs().some((r) => r.trigger === 'timer'), { timeout: 3000, interval: 20 }).toBe(true);

    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
    issue(w, 'A');
    await expect.poll(() => w.call('getSyncStatus', {}).state, { timeout: 3000, interval: 10 }).toBe('waiting_retry');
    const waiting = w.call('getSyncStatus', {});
    expect(Date.parse(waiting.nextAttemptAt!) - Date.now()).toBeGreaterThan(30_000);
    // The run is logged after its pull, a moment after the outbox empties: wait for the log, not the outbox.
    await expect.poll(() => runs().some((r) => r.trigger === 'reconnect' && r.result === 'ok'), { timeout: 3000, interval: 20 }).toBe(true);
    expect(w.call('getSyncStatus', {}).pending.total).toBe(0);
  });
});
