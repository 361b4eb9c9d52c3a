import net from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// A stop (SIGTERM at PC shutdown, the desktop app quitting) must close the database even when a device
// on the LAN is stuck. Left to themselves, a WebSocket that never answers the close frame holds the
// server for 30 s and a half-sent request holds it forever.

let service: TestWardService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** Sends `request` and resolves once `until` has been answered, or at once when it is null. */
function connect(port: number, request: string, until: string | null): Promise<{ socket: net.Socket; closed: Promise<void> }> {
  const socket = net.connect(port, '127.0.0.1');
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  let received = '';
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (until !== null && received.includes(until)) resolve({ socket, closed });
    });
    socket.write(request, () => {
      if (until === null) resolve({ socket, closed });
    });
  });
}

it('stops within seconds while a device ignores the close frame and another has sent half a request', { timeout: 15_000 }, async () => {
  const started = await startTestWardService();
  const { port } = started.running;
  const upgrade = ['GET /api/events HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Connection: Upgrade', 'Upgrade: websocket'];
  const frozenSocket = await connect(
    port,
    [...upgrade, 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', '', ''].join('\r\n'),
    '101 Switching Protocols',
  );
  const halfRequest = await connect(
    port,
    [`POST /api/getBoard HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', 'Content-Length: 100', '', '{"a'].join(
      '\r\n',
    ),
    null,
  );

  await started.running.close();
  await Promise.all([frozenSocket.closed, halfRequest.closed]);
  // The database is closed: the data folder can be opened again at once, as after a restart.
  service = await startTestWardService({}, started.dataDir);
  expect((await service.client.ok('getBoard', {}, service.token)).services.length).toBeGreaterThan(0);
});
