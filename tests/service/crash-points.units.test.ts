// The SIGKILL tests' hook: a ward service started with MOTCUA_CRASH_AT dies at the named point (of
// the sync cycle, or inside an intake), the n-th time it gets there, and never otherwise. The integration tests see only
// a child that died; here the kill itself is watched (it is replaced, so this process lives on).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type CrashPoints = typeof import('../../src/main/service/crash-points');

let kill: ReturnType<typeof vi.spyOn>;
const saved = process.env.MOTCUA_CRASH_AT;

/** A fresh copy of the module: each test counts its hits from zero. */
async function armed(setting: string | undefined): Promise<CrashPoints> {
  if (setting === undefined) delete process.env.MOTCUA_CRASH_AT;
  else process.env.MOTCUA_CRASH_AT = setting;
  vi.resetModules();
  return import('../../src/main/service/crash-points');
}

beforeEach(() => {
  kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
});

afterEach(() => {
  vi.useRealTimers();
  kill.mockRestore();
  if (saved === undefined) delete process.env.MOTCUA_CRASH_AT;
  else process.env.MOTCUA_CRASH_AT = saved;
});

describe('a crash point', () => {
  it('does nothing when no crash is asked for, or an empty one', async () => {
    for (const setting of [undefined, '']) {
      const { crashPoint, SYNC_CRASH_POINTS, INTAKE_CRASH_POINTS } = await armed(setting);
      for (const point of [...SYNC_CRASH_POINTS, ...INTAKE_CRASH_POINTS]) for (let i = 0; i < 3; i++) crashPoint(point);
    }
    expect(kill).not.toHaveBeenCalled();
  });

  it('kills this very process, without a chance to clean up, the first time the named point is reached', async () => {
    const { crashPoint } = await armed('before-ack-commit');
    crashPoint('after-local-commit');
    crashPoint('after-response-received');
    expect(kill).not.toHaveBeenCalled();
    crashPoint('before-ack-commit');
    expect(kill).toHaveBeenCalledTimes(1);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
  });

  it('with #n, kills only the n-th time that point is reached; other points do not count', async () => {
    const { crashPoint } = await armed('after-local-commit#3');
    crashPoint('after-local-commit');
    crashPoint('before-ack-commit');
    crashPoint('after-local-commit');
    crashPoint('after-response-received');
    expect(kill).not.toHaveBeenCalled();
    crashPoint('after-local-commit');
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
  });

  it('names the four points of the cycle the SIGKILL tests use', async () => {
    const { SYNC_CRASH_POINTS } = await armed(undefined);
    expect(SYNC_CRASH_POINTS).toEqual(['after-local-commit', 'after-request-sent', 'after-response-received', 'before-ack-commit']);
  });

  it('kills inside an intake only at the intake point named, the n-th time', async () => {
    const { crashPoint } = await armed('intake-before-commit#2');
    crashPoint('intake-after-code');
    crashPoint('intake-before-commit');
    crashPoint('intake-after-code');
    expect(kill).not.toHaveBeenCalled();
    crashPoint('intake-before-commit');
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
  });
});

describe('the crash after a request is sent', () => {
  it('returns at once, without waiting, when that point is not armed', async () => {
    vi.useFakeTimers();
    for (const setting of [undefined, 'after-local-commit', 'before-ack-commit#2']) {
      const { crashAfterRequestSent } = await armed(setting);
      let done = false;
      void crashAfterRequestSent().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(done, `with ${setting}`).toBe(true);
    }
    expect(kill).not.toHaveBeenCalled();
  });

  it('lets the request leave this process for 30 ms, then kills it', async () => {
    vi.useFakeTimers();
    const { crashAfterRequestSent } = await armed('after-request-sent');
    void crashAfterRequestSent();
    await vi.advanceTimersByTimeAsync(29);
    expect(kill).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
  });

  it('with #2, lets the first request go and kills after the second', async () => {
    vi.useFakeTimers();
    const { crashAfterRequestSent } = await armed('after-request-sent#2');
    const first = crashAfterRequestSent();
    await vi.advanceTimersByTimeAsync(30);
    await first;
    expect(kill).not.toHaveBeenCalled();
    void crashAfterRequestSent();
    await vi.advanceTimersByTimeAsync(30);
    expect(kill).toHaveBeenCalledTimes(1);
  });
});
