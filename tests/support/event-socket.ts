import net from 'node:net';
import WebSocket from 'ws';
import type { ServerFrame } from '../../src/shared/api/contract';

export interface EventSocket {
  socket: WebSocket;
  /** Resolves with the next frame matching `accept`, or rejects after `timeoutMs`. */
  next(accept?: (frame: ServerFrame) => boolean, timeoutMs?: number): Promise<ServerFrame>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** A client of /api/events. Resolves when the socket is open (before authenticating). */
export function openEventSocket(baseUrl: string, headers: Record<string, string> = {}): Promise<EventSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/events`, { headers });
  const frames: ServerFrame[] = [];
  const waiters: { accept: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];
  socket.on('message', (raw) => {
    const frame = JSON.parse(String(raw)) as ServerFrame;
    const i = waiters.findIndex((w) => w.accept(frame));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(frame);
    else frames.push(frame);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (req, res) => {
      req.destroy();
      reject(new Error(`upgrade refused: ${res.statusCode ?? 0}`));
    });
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        socket,
        closed,
        close: () => socket.close(),
        next(accept = () => true, timeoutMs = 5_000) {
          const i = frames.findIndex(accept);
          if (i >= 0) return Promise.resolve(frames.splice(i, 1)[0]!);
          return new Promise((res, rej) => {
            const waiter = {
              accept,
              resolve: (f: ServerFrame) => {
                clearTimeout(timer);
                res(f);
              },
            };
            const timer = setTimeout(() => {
              waiters.splice(waiters.indexOf(waiter), 1);
              rej(new Error(`no matching frame within ${timeoutMs} ms`));
            }, timeoutMs);
            waiters.push(waiter);
          });
        },
      }),
    );
  });
}

/** Opens a socket and authenticates with `token`; resolves once the server said ready. */
export async function authenticatedSocket(baseUrl: string, token: string): Promise<EventSocket> {
  const events = await openEventSocket(baseUrl);
  events.socket.send(JSON.stringify({ type: 'auth', token }));
  const first = await events.next();
  if (first.type !== 'ready') throw new Error(`socket not ready: ${JSON.stringify(first)}`);
  return events;
}

/**
 * A WebSocket upgrade request on a bare TCP socket, so the test sees what the server does with the
 * connection itself: the status line it answers, and whether it hangs up afterwards.
 */
export function rawUpgrade(port: number, host: string, waitMs = 2_000): Promise<{ statusLine: string; closedByServer: boolean }> {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.write(
    [
      'GET /api/events HTTP/1.1',
      `Host: ${host}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      '',
      '',
    ].join('\r\n'),
  );
  return new Promise((resolve) => {
    const done = (closedByServer: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ statusLine: received.split('\r\n')[0] ?? '', closedByServer });
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.once('close', () => done(true));
    socket.once('end', () => done(true));
  });
}
