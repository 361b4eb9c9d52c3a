import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SERVICE_PORT,
  outputTail,
  parseServiceMessage,
  serviceLaunch,
  stopWardService,
  waitForServiceReady,
} from '../../src/main/electron/service-launch';
import { serviceFailedDialog, serviceStoppedDialog } from '../../src/main/electron/startup-message';

class FakeServiceProcess extends EventEmitter {
  posted: unknown[] = [];
  killed = 0;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed += 1;
    return true;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('service launch settings', () => {
  const userDataDir = path.join('/home/clerk', '.config', 'Một Cửa');

  it('runs service-process.js beside the shell with the data folder inside userData', () => {
    const launch = serviceLaunch({ mainDir: '/app/dist/main', userDataDir, env: { PATH: '/usr/bin' } });
    expect(launch.modulePath).toBe(path.join('/app/dist/main', 'service-process.js'));
    expect(launch.dataDir).toBe(path.join(userDataDir, 'data'));
    expect(launch.port).toBe(String(DEFAULT_SERVICE_PORT));
    expect(launch.options.env).toEqual({
      PATH: '/usr/bin',
      MOTCUA_DATA: path.join(userDataDir, 'data'),
      MOTCUA_PORT: '7710',
      MOTCUA_HOST: '127.0.0.1',
    });
    expect(launch.options.stdio).toEqual(['ignore', 'inherit', 'pipe']);
  });

  it('never lets the environment move the database, but lets it choose port and host', () => {
    const launch = serviceLaunch({
      mainDir: '/app',
      userDataDir,
      env: { MOTCUA_DATA: '/tmp/other', MOTCUA_PORT: '7800', MOTCUA_HOST: '0.0.0.0', UNSET: undefined },
    });
    expect(launch.options.env.MOTCUA_DATA).toBe(path.join(userDataDir, 'data'));
    expect(launch.options.env.MOTCUA_PORT).toBe('7800');
    expect(launch.port).toBe('7800');
    expect(launch.options.env.MOTCUA_HOST).toBe('0.0.0.0');
    expect(launch.options.env).not.toHaveProperty('UNSET');
  });
});

describe('service messages', () => {
  it('reads ready and failed messages', () => {
    expect(parseServiceMessage({ type: 'ready', port: 7710, token: 'abc' })).toEqual({ type: 'ready', port: 7710, token: 'abc' });
    expect(parseServiceMessage({ type: 'failed', message: 'disk full' })).toEqual({ type: 'failed', message: 'disk full' });
  });

  it.each([
    null,
    'ready',
    42,
    {},
    { type: 'ready', port: 0, token: 'a' },
    { type: 'ready', port: '7710', token: 'a' },
    { type: 'ready', port: 7710, token: '' },
    { type: 'failed' },
    { type: 'stop' },
  ])('ignores %j', (data) => {
    expect(parseServiceMessage(data)).toBeNull();
  });
});

describe('waiting for the service', () => {
  it('resolves with port and token once it is ready, ignoring noise before', async () => {
    const child = new FakeServiceProcess();
    const ready = waitForServiceReady(child, 1000);
    child.emit('message', { type: 'log', text: 'hello' });
    child.emit('message', { type: 'ready', port: 7710, token: 't0k' });
    await expect(ready).resolves.toEqual({ port: 7710, token: 't0k' });
    expect(child.listenerCount('message')).toBe(0);
    expect(child.listenerCount('exit')).toBe(0);
  });

  it('rejects with the reason the service reported', async () => {
    const child = new FakeServiceProcess();
    const ready = waitForServiceReady(child, 1000);
    child.emit('message', { type: 'failed', message: 'listen EADDRINUSE: address already in use 127.0.0.1:7710' });
    await expect(ready).rejects.toThrow('EADDRINUSE');
  });

  it('rejects with the exit code and the last output when the process dies first', async () => {
    const child = new FakeServiceProcess();
    const ready = waitForServiceReady(child, 1000, () => 'Error: NODE_MODULE_VERSION 115 vs 150');
    child.emit('exit', 1);
    await expect(ready).rejects.toThrow(/exited with code 1[\s\S]*NODE_MODULE_VERSION/);
  });

  it('kills a service that never becomes ready', async () => {
    vi.useFakeTimers();
    const child = new FakeServiceProcess();
    const ready = waitForServiceReady(child, 30_000);
    const outcome = expect(ready).rejects.toThrow('within 30 s');
    await vi.advanceTimersByTimeAsync(30_000);
    await outcome;
    expect(child.killed).toBe(1);
  });
});

describe('stopping the service', () => {
  it('asks it to stop and waits for it to exit', async () => {
    const child = new FakeServiceProcess();
    const stopped = stopWardService(child, 5000);
    expect(child.posted).toEqual([{ type: 'stop' }]);
    child.emit('exit', 0);
    await stopped;
    expect(child.killed).toBe(0);
  });

  it('kills it when it does not exit in time', async () => {
    vi.useFakeTimers();
    const child = new FakeServiceProcess();
    const stopped = stopWardService(child, 5000);
    await vi.advanceTimersByTimeAsync(5000);
    await stopped;
    expect(child.killed).toBe(1);
  });
});

describe('output tail', () => {
  it('keeps only the end of the output', () => {
    const tail = outputTail(10);
    tail.push('0123456789');
    tail.push(Buffer.from('abcdef'));
    expect(tail.text()).toBe('6789abcdef');
  });
});

describe('startup messages', () => {
  it('explains a port already in use, with the data folder and the details', () => {
    const dialog = serviceFailedDialog(
      'listen EADDRINUSE: address already in use 127.0.0.1:7710',
      'C:\\Users\\a\\AppData\\Roaming\\Một Cửa\\data',
      '7710',
    );
    expect(dialog.title).toBe('Một Cửa không khởi động được');
    expect(dialog.message).toContain('Cổng 7710 đang được một chương trình khác sử dụng');
    expect(dialog.message).toContain('Thư mục dữ liệu: C:\\Users\\a\\AppData\\Roaming\\Một Cửa\\data');
    expect(dialog.message).toContain('Chi tiết lỗi: listen EADDRINUSE');
    expect(dialog.message).toContain('không bị ảnh hưởng');
  });

  it('tells the clerk to reopen and call IT for any other failure', () => {
    const dialog = serviceFailedDialog('SQLITE_CORRUPT: database disk image is malformed', '/data', '7710');
    expect(dialog.message).not.toContain('Cổng');
    expect(dialog.message).toContain('Hãy mở lại ứng dụng');
    expect(dialog.message).toContain('SQLITE_CORRUPT');
  });

  it('reports a service that stopped while the app was open', () => {
    const dialog = serviceStoppedDialog(134, '/data');
    expect(dialog.title).toBe('Một Cửa đã dừng');
    expect(dialog.message).toContain('exit code 134');
  });
});
