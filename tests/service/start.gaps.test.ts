// Starting the ward service as the app does (src/main/service/start.ts): on loopback by default, on the
// port asked for or a free one, the app page's address carrying this launch's token, and a clean stop
// that lets the next start open the same data folder. From mutation run 23: only the integration tests
// started it before.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION, defaultStaticDir, startWardService, type RunningWardService } from '../../src/main/service/start';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { startFakeCity } from '../sync/fake-city';
import { rawRequest } from '../support/http-client';
import { tempDir } from '../support/ward-fixture';

const started: RunningWardService[] = [];
afterEach(async () => {
  for (const running of started.splice(0)) await running.close();
});

async function start(dataDir = tempDir(), options: { port?: number; host?: string } = {}): Promise<RunningWardService> {
  const running = await startWardService({ dataDir, port: options.port ?? 0, staticDir: path.join(dataDir, 'no-renderer'), ...options });
  started.push(running);
  return running;
}

/** A GET to this PC's service, addressed to `host` (the Host header the service checks), sent to `address`. */
const get = (port: number, url: string, host = `127.0.0.1:${port}`, address = '127.0.0.1') =>
  rawRequest(`http://${address.includes(':') ? `[${address}]` : address}:${port}`, { method: 'GET', path: url, headers: { host } });

describe('the ward service started as the app starts it', () => {
  it('listens on loopback on a free port, and opens the app page with the token of this launch', async () => {
    const running = await start();
    expect(running.host).toBe('127.0.0.1');
    expect(running.port).toBeGreaterThan(0);
    expect(running.token).toBe(running.ward.devices.localToken);
    expect(running.appUrl).toBe(`http://127.0.0.1:${running.port}/#token=${running.token}`);
    const health = await get(running.port, '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ ok: true, version: '0.2.0' });
    expect(APP_VERSION).toBe('0.2.0');
  });

  it('answers only requests addressed to this PC while it listens on loopback', async () => {
    const running = await start();
    expect((await get(running.port, '/api/health', `localhost:${running.port}`)).status).toBe(200);
    expect((await get(running.port, '/api/health', `10.0.0.5:${running.port}`)).status).toBe(403);
  });

  it('answers requests addressed to its LAN address once the ward opts in to LAN devices', async () => {
    const running = await start(tempDir(), { host: '0.0.0.0' });
    expect(running.host).toBe('0.0.0.0');
    expect((await get(running.port, '/api/health', `10.0.0.5:${running.port}`)).status).toBe(200);
  });

  it('gives up on a port already taken, and leaves its data folder free for the next start', async () => {
    const first = await start();
    const dataDir = tempDir();
    await expect(start(dataDir, { port: first.port })).rejects.toThrow(/EADDRINUSE/);
    const again = await start(dataDir);
    expect(again.port).not.toBe(first.port);
  });

  it('stops cleanly: the port closes and the same data folder opens again', async () => {
    const dataDir = tempDir();
    const running = await startWardService({ dataDir, port: 0, staticDir: path.join(dataDir, 'no-renderer') });
    await running.close();
    await expect(get(running.port, '/api/health')).rejects.toThrow(/ECONNREFUSED/);
    await start(dataDir);
  });

  it('leaves no timer of its own armed after a clean stop, so the app quits at once', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const dataDir = tempDir();
    const running = await startWardService({ dataDir, port: 0, staticDir: path.join(dataDir, 'no-renderer') });
    await running.close();
    expect(timers()).toBe(before);
  });

  it('serves the built pages from the renderer folder beside the service build', () => {
    expect(defaultStaticDir()).toBe(path.resolve(__dirname, '../../src/main/renderer'));
  });

  it('takes "localhost" and "::1" for loopback too', async () => {
    for (const host of ['localhost', '::1']) {
      const running = await start(tempDir(), { host });
      expect((await get(running.port, '/api/health', `10.0.0.5:${running.port}`, host)).status, host).toBe(403);
    }
  });

  it('serves the pages from the folder it is given', async () => {
    const dataDir = tempDir();
    const pages = path.join(dataDir, 'pages');
    fs.mkdirSync(pages);
    fs.writeFileSync(path.join(pages, 'index.html'), '<!doctype html><title>Một Cửa thử</title>');
    const running = await startWardService({ dataDir, port: 0, staticDir: pages });
    started.push(running);
    expect((await get(running.port, '/')).text).toContain('Một Cửa thử');
  });

  it("enrols with the city as this app's version", async () => {
    const city = await startFakeCity();
    try {
      const running = await start();
      expect(running.ward.sync.enrol(city.url, 'ABCD-2345')).toMatchObject({ started: true });
      await running.ward.sync.settled();
      expect(city.requests.find((r) => r.path === '/v1/enrol')?.body).toMatchObject({ appVersion: '0.2.0' });
    } finally {
      await city.close();
    }
  });

  it('runs on the clock it is given', async () => {
    const dataDir = tempDir();
    const running = await startWardService({
      dataDir,
      port: 0,
      staticDir: path.join(dataDir, 'no-renderer'),
      now: () => new Date('2031-06-02T02:00:00.000Z'),
    });
    started.push(running);
    const rule = { kind: 'working_days' as const, days: 1 };
    expect(running.ward.handlers.getDueDate({ rule }, LOCAL_CALLER, { source: 'local' })).toMatchObject({ receivedOn: '2031-06-02' });
  });

  it('stops within its 2 s grace even when a device never answers the closing of its event socket', async () => {
    const dataDir = tempDir();
    const running = await startWardService({ dataDir, port: 0, staticDir: path.join(dataDir, 'no-renderer') });
    // A frozen tablet: it opens the event socket, then never reads or answers another frame.
    const device = net.connect(running.port, '127.0.0.1');
    device.on('error', () => undefined);
    const upgraded = new Promise<string>((resolve) => device.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    device.write(
      `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    expect(await upgraded).toMatch(/^HTTP\/1\.1 101/);
    device.pause();
    const begun = Date.now();
    await running.close();
    const took = Date.now() - begun;
    device.destroy();
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(8_000);
    await start(dataDir);
  }, 20_000);
});
