// What the ward's sync engine makes of each answer of the city, against a scripted fake city: the
// words the clerk reads for every failure, the push's batches, repairs and progress, the pull's pages
// and snapshots, enrolment, the status the sync page shows, the clock offset, and failures of this
// PC's own database. Real SQLite, a real local HTTP server.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CREDENTIAL_FILE } from '../../src/main/service/sync/credential-store';
import type { SyncTiming } from '../../src/main/service/sync/sync-engine';
import type { SyncErrorCode } from '../../src/shared/sync/wire';
import { callNext, issue } from '../support/queue-actions';
import { startFakeCity, type FakeCity } from './fake-city';
import { enrol, outbox, syncUntilQuiet, syncWard, type SyncWard } from './sync-harness';

let fake: FakeCity;

beforeEach(async () => {
  fake = await startFakeCity();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fake.close();
});

/** A ward enrolled with the fake city, everything delivered; a failed run waits a minute before its retry. */
async function enrolled(timing: Partial<SyncTiming> = {}): Promise<SyncWard> {
  const w = syncWard({ timing: { backoffBaseMs: 60_000, backoffCapMs: 60_000, ...timing }, random: () => 0.5 });
  await enrol(w, fake.url, 'ABCD-1234');
  await syncUntilQuiet(w);
  return w;
}

const runs = (w: SyncWard) => w.call('listSyncRuns', {}).runs;
const requests = (path: string) => fake.requests.filter((r) => r.path === path);
/** How many changes each push request carried, answered or refused. */
const pushSizes = (from: number) =>
  requests('/v1/sync/push')
    .slice(from)
    .map((r) => (r.body?.mutations as unknown[]).length);
const status = (w: SyncWard) => w.call('getSyncStatus', {});
const clockBanner = (w: SyncWard) => w.call('getBoard', {}).health.problems.find((p) => p.code === 'clock_off')?.message ?? null;
const savedOffset = (w: SyncWard) => (w.ward.db.prepare('SELECT server_offset_ms AS o FROM sync_state').get() as { o: number | null }).o;

/** Runs one manual sync to its end. */
async function syncOnce(w: SyncWard): Promise<void> {
  w.call('syncNow', {});
  await w.ward.sync.settled();
}

const SERVER = 'Máy chủ thành phố đang gặp sự cố. Ứng dụng sẽ tự thử lại.';
const BUSY = 'Máy chủ thành phố đang bận. Ứng dụng sẽ tự thử lại sau ít phút.';
const UNAUTHORIZED = 'Máy chủ thành phố không nhận ra máy này. Hãy đăng ký lại máy với thành phố.';
const LOCAL = 'Lỗi khi ghi dữ liệu đồng bộ trên máy này. Hãy báo cán bộ công nghệ thông tin.';
const SEQ_REGRESSION =
  'Máy chủ thành phố đã có các thay đổi mà máy này không còn (máy bị khôi phục hoặc mất điện). Các thay đổi đang chờ đã được đánh số lại và gửi tiếp; hãy báo cán bộ công nghệ thông tin kiểm tra.';

describe('a failed run tells the clerk why, in words, and is retried later', () => {
  type Answer = { path: string; status: number; code: SyncErrorCode };
  const push = (status: number, code: SyncErrorCode): Answer => ({ path: '/v1/sync/push', status, code });
  it.each([
    ['the city does not know the device', [push(401, 'unauthorized'), push(401, 'unauthorized')], 'unauthorized', UNAUTHORIZED],
    [
      'the token expired again right after a new login',
      [push(401, 'token_expired'), push(401, 'token_expired')],
      'token_expired',
      UNAUTHORIZED,
    ],
    [
      'the login challenge was refused twice',
      [
        push(401, 'token_expired'),
        { path: '/v1/auth/token', status: 401, code: 'challenge_invalid' },
        { path: '/v1/auth/token', status: 401, code: 'challenge_invalid' },
      ],
      'challenge_invalid',
      UNAUTHORIZED,
    ],
    ['the city limits the rate', [push(429, 'rate_limited')], 'rate_limited', BUSY],
    ['the city is unavailable', [push(503, 'unavailable')], 'unavailable', BUSY],
    ['the city failed', [push(500, 'internal')], 'internal', SERVER],
    ['the city forbids it (its own words)', [push(403, 'forbidden')], 'forbidden', 'Lỗi thử: forbidden'],
    ['the city reports a gap without saying where', [push(409, 'seq_gap')], 'seq_gap', 'Lỗi thử: seq_gap'],
    ['the city reports used numbers without saying which', [push(409, 'seq_regression')], 'seq_regression', SEQ_REGRESSION],
    ['one change alone is too large for the city', [push(413, 'payload_too_large')], 'payload_too_large', 'Lỗi thử: payload_too_large'],
  ] as const)('when %s', async (_, answers, code, message) => {
    const w = await enrolled();
    issue(w, 'A');
    const seqs = outbox(w).map((r) => r.seq);
    fake.script.push(...answers);
    await syncOnce(w);
    expect(runs(w)[0]).toMatchObject({ trigger: 'manual', result: 'failed', errorCode: code, errorMessage: message });
    const after = status(w);
    expect([after.state, after.lastError?.code, after.lastError?.message, after.pending.total, after.inSync]).toEqual([
      'waiting_retry',
      code,
      message,
      1,
      false,
    ]);
    // Nothing renumbered or reopened on the way.
    expect(outbox(w).map((r) => r.seq)).toEqual(seqs);
    expect(fake.script).toEqual([]);
  });

  it('when the city cannot be reached', async () => {
    const w = await enrolled();
    issue(w, 'A');
    await fake.close();
    await syncOnce(w);
    expect(runs(w)[0]).toMatchObject({
      result: 'failed',
      errorCode: 'network',
      errorMessage: 'Không kết nối được máy chủ thành phố (mất mạng hoặc máy chủ tắt). Ứng dụng sẽ tự thử lại.',
    });
  });

  it('when the city does not answer in time', async () => {
    const w = await enrolled({ requestTimeoutMs: 300 });
    issue(w, 'A');
    fake.hold('/v1/sync/push');
    await syncOnce(w);
    expect(runs(w)[0]).toMatchObject({
      result: 'failed',
      errorCode: 'timeout',
      errorMessage: 'Máy chủ thành phố không trả lời kịp. Ứng dụng sẽ tự thử lại; dữ liệu không bị mất.',
    });
  });

  it('when the city acknowledges less than the first change sent: a strange answer, the change stays to send', async () => {
    const w = await enrolled();
    const ticket = issue(w, 'A');
    const row = outbox(w).find((r) => r.entity_id === ticket.id)!;
    fake.ackOverride = row.seq - 1;
    await syncOnce(w);
    expect(runs(w)[0]).toMatchObject({
      result: 'failed',
      errorCode: 'bad_response',
      errorMessage:
        'Máy chủ thành phố trả lời không đúng định dạng. Ứng dụng sẽ tự thử lại; nếu kéo dài, hãy báo cán bộ công nghệ thông tin.',
    });
    expect(outbox(w).find((r) => r.seq === row.seq)?.status).toBe('pending');
    expect(requests('/v1/sync/push').at(-1)?.rows).toBe(1);
  });

  it('when the city is busy with several changes to send: they are not split, the run simply fails', async () => {
    const w = await enrolled();
    for (let i = 0; i < 4; i++) issue(w, 'A');
    const pushes = requests('/v1/sync/push').length;
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
    await syncOnce(w);
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'unavailable', pushed: 0 });
    expect(pushSizes(pushes)).toEqual([4]);
  });

  it("when the city refuses a request as malformed: IT's log names the city's reasons", async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const w = await enrolled();
    issue(w, 'A');
    fake.script.push({
      path: '/v1/sync/push',
      status: 400,
      code: 'bad_request',
      issues: ['mutations.0.seq: too small', 'report: missing'],
    });
    await syncOnce(w);
    expect(errors).toHaveBeenCalledWith('[sync] the city refused a request as malformed: mutations.0.seq: too small; report: missing');
    fake.script.push({ path: '/v1/sync/push', status: 400, code: 'bad_request' });
    await syncOnce(w);
    expect(errors).toHaveBeenLastCalledWith('[sync] the city refused a request as malformed: ');
  });
});

describe('sequence repairs', () => {
  it('are at most three in a run: a city that keeps asking gets the fourth refusal as the run failing', async () => {
    const w = await enrolled();
    issue(w, 'A');
    const first = outbox(w).at(-1)!.seq;
    const pushes = requests('/v1/sync/push').length;
    fake.script.push({ path: '/v1/sync/push', status: 409, code: 'seq_gap', expectedSeq: first - 1 });
    for (let i = 0; i < 5; i++) fake.script.push({ path: '/v1/sync/push', status: 409, code: 'seq_regression', expectedSeq: first + 10 });
    await syncOnce(w);
    expect(requests('/v1/sync/push').length - pushes).toBe(4);
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'seq_regression', errorMessage: SEQ_REGRESSION });
  });

  it('count gaps too: after three renumberings, a gap ends the run', async () => {
    const w = await enrolled();
    issue(w, 'A');
    const first = outbox(w).at(-1)!.seq;
    const pushes = requests('/v1/sync/push').length;
    for (let i = 0; i < 3; i++) fake.script.push({ path: '/v1/sync/push', status: 409, code: 'seq_regression', expectedSeq: first + 10 });
    for (let i = 0; i < 2; i++) fake.script.push({ path: '/v1/sync/push', status: 409, code: 'seq_gap', expectedSeq: first + 8 });
    await syncOnce(w);
    expect(requests('/v1/sync/push').length - pushes).toBe(4);
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'seq_gap', errorMessage: 'Lỗi thử: seq_gap' });
  });

  it.each([
    ['the very number sent first', 0],
    ['a number after it', 2],
  ])('send nothing again when the city reports a gap at %s (nothing was lost)', async (_, ahead) => {
    const w = await enrolled();
    issue(w, 'A');
    const before = outbox(w);
    const first = before.at(-1)!.seq;
    const pushes = requests('/v1/sync/push').length;
    fake.script.push({ path: '/v1/sync/push', status: 409, code: 'seq_gap', expectedSeq: first + ahead });
    await syncOnce(w);
    expect(requests('/v1/sync/push').length - pushes).toBe(1);
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'seq_gap' });
    expect(outbox(w)).toEqual(before);
  });

  it('renumber nothing already delivered when the city names a number below the pending ones', async () => {
    const w = await enrolled();
    issue(w, 'A');
    const before = outbox(w);
    const pushes = requests('/v1/sync/push').length;
    for (let i = 0; i < 4; i++) fake.script.push({ path: '/v1/sync/push', status: 409, code: 'seq_regression', expectedSeq: 1 });
    await syncOnce(w);
    expect(pushSizes(pushes)).toEqual([1, 1, 1, 1]);
    expect(outbox(w)).toEqual(before);
  });

  it('tell IT in the log from which number the pending changes were renumbered, and note it on the run', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let seq = 1; seq <= 5; seq++) fake.held.set(seq, `00000000-0000-4000-8000-00000000000${seq}`);
    fake.lastSeq = 5;
    const w = syncWard();
    await enrol(w, fake.url, 'ABCD-1234');
    await syncUntilQuiet(w);
    expect(errors).toHaveBeenCalledWith(
      "[sync] the city already holds other changes under this PC's numbers; pending rows renumbered from 6",
    );
    expect(runs(w).find((r) => r.errorCode === 'seq_regression')).toMatchObject({ result: 'ok', errorMessage: SEQ_REGRESSION });
  });
});

describe('a push', () => {
  it('shows its progress as sent of total, counting changes made meanwhile, and logs no error when it succeeds', async () => {
    const w = await enrolled({ pushBatch: 1 });
    for (let i = 0; i < 3; i++) issue(w, 'A');
    expect(status(w).progress).toBeNull();
    const thisRun = runs(w)[0]!.id + 1;
    let hold = fake.hold('/v1/sync/push');
    await syncOnceStarted(w);
    await hold.arrived;
    expect(status(w).progress).toEqual({ sent: 0, total: 3 });
    const seen: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      const next = fake.hold('/v1/sync/push');
      hold.release();
      await next.arrived;
      if (i === 0) issue(w, 'B');
      seen.push(status(w).progress);
      hold = next;
    }
    hold.release();
    const third = fake.hold('/v1/sync/push');
    await third.arrived;
    seen.push(status(w).progress);
    third.release();
    await w.ward.sync.settled();
    // The change made after the first answer joins the total when the next batch is read.
    expect(seen).toEqual([
      { sent: 1, total: 3 },
      { sent: 2, total: 4 },
      { sent: 3, total: 4 },
    ]);
    expect(status(w).progress).toBeNull();
    // The write made during the run may start one more run (with nothing left to send) once this one ends.
    expect(runs(w).find((r) => r.id === thisRun)).toMatchObject({ result: 'ok', pushed: 4, errorCode: null, errorMessage: null });
  });

  it('tells the city how many changes wait behind each batch, since when, and the time it was sent', async () => {
    const w = await enrolled({ pushBatch: 2 });
    for (let i = 0; i < 5; i++) issue(w, 'A');
    const pending = outbox(w).filter((r) => r.status === 'pending');
    const walls = pending.map(
      (r) => (w.ward.db.prepare('SELECT wall_time FROM outbox WHERE seq = ?').get(r.seq) as { wall_time: string }).wall_time,
    );
    const pushes = requests('/v1/sync/push').length;
    await syncOnce(w);
    const at = w.clock.now().toISOString();
    expect(
      requests('/v1/sync/push')
        .slice(pushes)
        .map((r) => r.report),
    ).toEqual([
      { backlog: 3, oldestPendingAt: walls[0], sentAt: at },
      { backlog: 1, oldestPendingAt: walls[2], sentAt: at },
      // The last batch leaves nothing waiting: no "waiting since" for the city to show beside 0.
      { backlog: 0, oldestPendingAt: null, sentAt: at },
    ]);
  });
});

/** Starts a manual sync without waiting for it. */
async function syncOnceStarted(w: SyncWard): Promise<void> {
  expect(w.call('syncNow', {})).toEqual({ started: true });
  await Promise.resolve();
}

describe('a pull', () => {
  it('takes every page the city has, counts what it received, and asks for no snapshot when the cursor is good', async () => {
    const w = await enrolled({ pullLimit: 2 });
    fake.changes = ['a', 'b', 'c'].map((id, i) => ({
      v: 100 + i,
      entity: 'ward_setting' as const,
      entityId: id,
      data: { id },
      originDeviceId: null,
    }));
    const pulls = requests('/v1/sync/pull').length;
    await syncOnce(w);
    expect(
      requests('/v1/sync/pull')
        .slice(pulls)
        .map((r) => r.cursor),
    ).toEqual([0, 101]);
    expect(runs(w)[0]).toMatchObject({ result: 'ok', pulled: 3 });
    expect(w.ward.db.prepare(`SELECT entity_id FROM city_reference WHERE entity = 'ward_setting' ORDER BY entity_id`).all()).toEqual([
      { entity_id: 'a' },
      { entity_id: 'b' },
      { entity_id: 'c' },
    ]);
    expect(w.ward.db.prepare('SELECT cursor FROM sync_pull_state').get()).toEqual({ cursor: 102 });
    expect(requests('/v1/sync/snapshot')).toEqual([]);
  });

  it("keeps a ticket changed at the counter while the city's copy came in, then takes the city's copy once the change is delivered", async () => {
    const w = await enrolled();
    const ticket = issue(w, 'A');
    await syncOnce(w);
    const hold = fake.hold('/v1/sync/pull');
    w.call('syncNow', {});
    await hold.arrived;
    // The clerk calls the ticket while the pull is out; the city's copy (recalled twice) arrives meanwhile.
    callNext(w, 1);
    const row = w.ward.db.prepare('SELECT * FROM tickets WHERE id = ?').get(ticket.id) as Record<string, unknown>;
    expect(row.state).toBe('called');
    fake.changes = [{ v: 100, entity: 'ticket', entityId: ticket.id, data: { ...row, recall_count: 2 }, originDeviceId: null }];
    hold.release();
    // The call goes out by itself after that run (a local write), and the pull at the city's head settles the ticket.
    await expect
      .poll(() => w.ward.db.prepare('SELECT recall_count FROM tickets WHERE id = ?').get(ticket.id), { timeout: 5000, interval: 10 })
      .toEqual({ recall_count: 2 });
    await w.ward.sync.settled();
    expect(w.ward.db.prepare('SELECT COUNT(*) AS n FROM sync_shadow').get()).toEqual({ n: 0 });
    expect(status(w).pending.total).toBe(0);
  });

  it('starts over from a snapshot at most three times when the city keeps refusing the cursor, then fails', async () => {
    const w = await enrolled();
    fake.snapshotPages = [[{ entity: 'ward_setting', entityId: 'opening', data: { at: '07:30' } }]];
    for (let i = 0; i < 5; i++) fake.script.push({ path: '/v1/sync/pull', status: 410, code: 'cursor_expired' });
    const pulls = requests('/v1/sync/pull').length;
    await syncOnce(w);
    expect([requests('/v1/sync/pull').length - pulls, requests('/v1/sync/snapshot').length]).toEqual([4, 3]);
    // Each snapshot's item is counted as received.
    expect(runs(w)[0]).toMatchObject({ result: 'failed', pulled: 3, errorCode: 'cursor_expired', errorMessage: 'Lỗi thử: cursor_expired' });
  });

  it('does not start a snapshot when the city is only busy', async () => {
    const w = await enrolled();
    fake.script.push({ path: '/v1/sync/pull', status: 503, code: 'unavailable' });
    await syncOnce(w);
    expect(requests('/v1/sync/snapshot')).toEqual([]);
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'unavailable' });
    // Nothing waits to be sent, yet the PC is not in sync: its last run failed.
    expect([status(w).pending.total, status(w).inSync]).toEqual([0, false]);
  });
});

describe('enrolment', () => {
  it('sends the code, the new key, the app version and the number its changes go on from; then runs at once', async () => {
    const w = syncWard();
    issue(w, 'A');
    const next = outbox(w)[0]!.seq;
    await enrol(w, fake.url, 'ABCD-1234');
    const body = requests('/v1/enrol')[0]!.body!;
    expect(body).toEqual({
      code: 'ABCD-1234',
      publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      appVersion: '0.2.0-test',
      nextSeq: next,
    });
    expect(runs(w).map((r) => [r.trigger, r.result])).toEqual([['enrol', 'ok']]);
  });

  it('says an enrolment is already under way when asked twice', async () => {
    const w = syncWard();
    const hold = fake.hold('/v1/enrol');
    expect(w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' })).toEqual({ started: true, message: null });
    await hold.arrived;
    expect(w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' })).toEqual({
      started: false,
      message: 'Đang đăng ký, vui lòng chờ.',
    });
    expect(status(w).enrolment).toEqual({ state: 'running', message: 'Đang đăng ký với máy chủ thành phố…' });
    hold.release();
    await w.ward.sync.settled();
    expect(requests('/v1/enrol')).toHaveLength(1);
  });

  it('says the counter slot belongs to another PC when the city says so', async () => {
    const w = syncWard();
    fake.script.push({ path: '/v1/enrol', status: 409, code: 'slot_taken' });
    w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' });
    await w.ward.sync.settled();
    expect(status(w).enrolment).toEqual({
      state: 'failed',
      message: 'Không đăng ký được: Vị trí quầy của mã này đang thuộc một máy khác. Thành phố cần thu hồi máy cũ trước.',
    });
    expect(status(w).state).toBe('not_enrolled');
  });

  it('asks again with the same key while the city answers 503 or 500, and is enrolled by the answer that comes', async () => {
    const w = syncWard();
    fake.script.push({ path: '/v1/enrol', status: 503, code: 'unavailable' }, { path: '/v1/enrol', status: 500, code: 'internal' });
    w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' });
    await w.ward.sync.settled();
    const asked = requests('/v1/enrol');
    expect(asked).toHaveLength(3);
    expect(new Set(asked.map((r) => r.body!.publicKey)).size).toBe(1);
    expect(status(w).city?.slot).toBe(2);
    expect(status(w).enrolment).toBeNull();
  });

  it('tries again by itself when nothing answers at the address, then says what to do, without promising more tries', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const w = syncWard();
    w.call('enrolWithCity', { cityUrl: `http://127.0.0.1:${port}`, code: 'ABCD-1234' });
    await w.ward.sync.settled();
    expect(status(w).enrolment).toEqual({
      state: 'failed',
      message:
        'Không đăng ký được: máy chủ thành phố không trả lời sau 6 lần thử. Hãy kiểm tra đường truyền rồi bấm Đăng ký lại với cùng mã; nếu thành phố đã nhận lần trước, máy sẽ nhận lại đúng đăng ký đó.',
    });
    expect(status(w).enrolment!.message).not.toMatch(/tự thử lại/);
  });

  it('is accepted again on a PC the city revoked, which then syncs under its new identity', async () => {
    const w = await enrolled();
    const old = status(w).city!.deviceId;
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 403, code: 'device_revoked' });
    await syncOnce(w);
    expect(status(w).state).toBe('revoked');
    expect(w.call('enrolWithCity', { cityUrl: fake.url, code: 'WXYZ-9876' })).toEqual({ started: true, message: null });
    await w.ward.sync.settled();
    const after = status(w);
    expect(after.city!.deviceId).not.toBe(old);
    expect([after.state, after.pending.total, after.inSync]).toEqual(['idle', 0, true]);
    // The write's own debounced run may come after, with nothing left to send.
    expect(runs(w).find((r) => r.trigger === 'enrol')).toMatchObject({ result: 'ok', pushed: 1 });
  });

  it('answered after the app closed: the PC keeps the identity and does nothing more', async () => {
    const w = syncWard();
    const hold = fake.hold('/v1/enrol');
    w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' });
    await hold.arrived;
    const sent = fake.requests.length;
    w.close();
    hold.release();
    await expect(w.ward.sync.settled()).resolves.toBeUndefined();
    expect(fake.requests).toHaveLength(sent);
    const again = w.reopen();
    await again.ward.sync.settled();
    expect(status(again).city?.ward.name).toBe('Phường thử');
    expect(runs(again)[0]).toMatchObject({ trigger: 'start', result: 'ok' });
  });

  it("learns the city's clock from the enrolment answer already", async () => {
    const w = syncWard();
    fake.serverNow = (path) => w.clock.now().getTime() + (path === '/v1/enrol' ? 10 * 60_000 : 0);
    const hold = fake.hold('/v1/auth/challenge');
    w.call('enrolWithCity', { cityUrl: fake.url, code: 'ABCD-1234' });
    await hold.arrived;
    expect([status(w).clockOffsetMs, status(w).clockWarning]).toEqual([600_000, true]);
    hold.release();
    await w.ward.sync.settled();
  });
});

describe('the sync status', () => {
  it('says in sync, idle, with nothing pending, no error, no progress and no next attempt after a good run', async () => {
    const w = await enrolled();
    expect(status(w)).toMatchObject({
      state: 'idle',
      inSync: true,
      progress: null,
      lastError: null,
      nextAttemptAt: null,
      pending: { total: 0, byEntity: [], oldestAt: null, oldestAgeSeconds: null },
    });
    issue(w, 'A');
    expect(status(w).inSync).toBe(false);
  });

  it('is not in sync once the city credential is lost, even with everything delivered', async () => {
    const w = await enrolled();
    expect(status(w).inSync).toBe(true);
    fs.rmSync(path.join(w.dataDir, CREDENTIAL_FILE));
    const again = w.reopen();
    expect(status(again)).toMatchObject({ state: 'not_enrolled', city: null, inSync: false, pending: { total: 0 } });
  });

  it("rounds the oldest change's age to the second and never shows it negative when the PC clock went back", async () => {
    const w = syncWard();
    const at = w.clock.now().getTime();
    expect(Date.parse(status(w).pending.oldestAt!)).toBe(at);
    w.clock.set(at + 89_600);
    expect(status(w).pending.oldestAgeSeconds).toBe(90);
    w.clock.set(Date.parse(status(w).pending.oldestAt!) + 89_400);
    expect(status(w).pending.oldestAgeSeconds).toBe(89);
    w.clock.set(Date.parse(status(w).pending.oldestAt!) - 3_600_000);
    expect(status(w).pending.oldestAgeSeconds).toBe(0);
  });
});

describe("the city's clock", () => {
  it('warns only beyond two minutes either way, with the minutes rounded, and lifts the banner when the clocks agree again', async () => {
    const w = await enrolled();
    let skew = 120_000;
    fake.serverNow = () => w.clock.now().getTime() + skew;
    await syncOnce(w);
    expect([status(w).clockOffsetMs, status(w).clockWarning, clockBanner(w)]).toEqual([120_000, false, null]);
    skew = 120_001;
    await syncOnce(w);
    expect([status(w).clockOffsetMs, status(w).clockWarning]).toEqual([120_001, true]);
    expect(clockBanner(w)).toBe(
      'Đồng hồ máy tính lệch khoảng 2 phút so với máy chủ thành phố. Việc tại quầy vẫn làm bình thường; hãy báo cán bộ công nghệ thông tin chỉnh lại giờ.',
    );
    // The PC two and a half minutes ahead of the city.
    skew = -150_000;
    await syncOnce(w);
    expect([status(w).clockOffsetMs, status(w).clockWarning]).toEqual([-150_000, true]);
    expect(clockBanner(w)).toMatch(/^Đồng hồ máy tính lệch khoảng 3 phút /);
    skew = 0;
    await syncOnce(w);
    expect([status(w).clockWarning, clockBanner(w)]).toEqual([false, null]);
  });

  it('is stored when first known and again only when it moved a second or more; a restart shows the stored one', async () => {
    const w = syncWard();
    let skew = 500;
    fake.serverNow = () => w.clock.now().getTime() + skew;
    await enrol(w, fake.url, 'ABCD-1234');
    expect(savedOffset(w)).toBe(500);
    skew = 1499;
    await syncOnce(w);
    expect([status(w).clockOffsetMs, savedOffset(w)]).toEqual([1499, 500]);
    skew = 1500;
    await syncOnce(w);
    expect(savedOffset(w)).toBe(1500);
    skew = 501;
    await syncOnce(w);
    expect(savedOffset(w)).toBe(1500);
    skew = 500;
    await syncOnce(w);
    expect(savedOffset(w)).toBe(500);
    const hold = fake.hold('/v1/auth/challenge');
    const again = w.reopen();
    await hold.arrived;
    expect(status(again).clockOffsetMs).toBe(500);
    hold.release();
    await again.ward.sync.settled();
  });
});

describe("this PC's own database failing", () => {
  it('a pulled change it cannot store fails the run with a local error, and IT finds the reason in the log', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const w = await enrolled();
    w.ward.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON city_reference BEGIN SELECT RAISE(FAIL, 'refused by test'); END`);
    fake.changes = [{ v: 100, entity: 'ward_setting', entityId: 'opening', data: { at: '07:30' }, originDeviceId: null }];
    await syncOnce(w);
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'local', errorMessage: LOCAL });
    expect(status(w).state).toBe('waiting_retry');
    expect(errors).toHaveBeenCalledWith('[sync] unexpected failure: refused by test');
  });

  it('a full disk while storing a pulled page fails the run with a local error, as the disk fault it is', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const w = await enrolled();
    const pages = (w.ward.db.pragma('page_count', { simple: true }) as number) + 1;
    fake.changes = [{ v: 100, entity: 'ward_setting', entityId: 'big', data: { text: 'x'.repeat(2_000_000) }, originDeviceId: null }];
    w.ward.db.pragma(`max_page_count = ${pages}`);
    // The banner the pages are told about (the run's own log entry, a small write, clears it again).
    const banners: string[] = [];
    w.ward.health.subscribe(() => banners.push(...w.ward.health.health().problems.map((p) => p.code)));
    await syncOnce(w);
    expect(banners).toContain('storage_full');
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'local', errorMessage: LOCAL });
    // A known disk fault (the health banner's business), not an unexpected failure for IT to puzzle over.
    expect(errors).not.toHaveBeenCalled();
  });

  it('a run it cannot even record sends nothing and is retried later', async () => {
    const w = await enrolled();
    issue(w, 'A');
    w.ward.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON sync_runs BEGIN SELECT RAISE(FAIL, 'refused by test'); END`);
    const sent = fake.requests.length;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await syncOnce(w);
    expect(fake.requests).toHaveLength(sent);
    expect([status(w).state, status(w).pending.total]).toEqual(['waiting_retry', 1]);
  });

  it('a failed run it cannot record is still retried, and IT finds why the log lacks it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const w = await enrolled();
    issue(w, 'A');
    w.ward.db.exec(
      `CREATE TRIGGER refuse BEFORE UPDATE ON sync_runs WHEN NEW.result = 'failed' BEGIN SELECT RAISE(FAIL, 'refused by test'); END`,
    );
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
    await syncOnce(w);
    expect(errors).toHaveBeenCalledWith('[sync] could not log a failed run: refused by test');
    expect(runs(w)[0]).toMatchObject({ result: 'running' });
    expect(status(w).state).toBe('waiting_retry');
  });
});
