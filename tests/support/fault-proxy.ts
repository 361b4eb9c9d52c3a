// A loopback-only TCP proxy that breaks connections on purpose: the network faults a ward's link to
// the city really has (sync research §7), at chosen moments. One fault per new connection, in the
// order they were queued; connections without one get the steady fault chooser's pick (`faultEach`),
// or pass through untouched.
import net from 'node:net';

export type Fault =
  /** Accept and close at once: the request never reaches the server. */
  | { kind: 'drop_before_request' }
  /** Forward the request, then cut the connection on the first byte of the reply: the server has committed, the client never learns it. */
  | { kind: 'cut_reply_after_commit' }
  /** Hold the request this long before forwarding it. */
  | { kind: 'delay'; ms: number }
  /** Forward only the first `bytes` of the request, then close the upstream side. */
  | { kind: 'truncate_request'; bytes: number }
  /** Answer without contacting the server. */
  | { kind: 'respond'; status: 500 | 503; retryAfterSeconds?: number };

export class FaultProxy {
  private readonly queue: Fault[] = [];
  private readonly sockets = new Set<net.Socket>();
  private steady: (() => Fault | null) | null = null;
  /** Connections seen, by what happened to them. */
  readonly log: string[] = [];

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<FaultProxy> {
    const ready: { proxy?: FaultProxy } = {};
    const server = net.createServer((client) => ready.proxy!.handle(client, targetPort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ready.proxy = new FaultProxy(server, (server.address() as net.AddressInfo).port);
    return ready.proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  inject(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.queue.push(fault);
  }

  /** Asked for the fault of each connection that has none queued: a lossy link rather than a script. */
  faultEach(choose: (() => Fault | null) | null): void {
    this.steady = choose;
  }

  pending(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    return socket;
  }

  private handle(client: net.Socket, targetPort: number): void {
    this.track(client);
    const fault = this.queue.shift() ?? this.steady?.() ?? undefined;
    this.log.push(fault?.kind ?? 'pass');
    if (fault?.kind === 'drop_before_request') return void client.destroy();
    if (fault?.kind === 'respond') return this.respond(client, fault.status, fault.retryAfterSeconds);

    const upstream = this.track(net.connect(targetPort, '127.0.0.1'));
    client.pause();
    const begin = () => {
      client.resume();
      if (fault?.kind === 'truncate_request') {
        let left = fault.bytes;
        client.on('data', (chunk: Buffer) => {
          if (left <= 0) return;
          const part = chunk.subarray(0, left);
          left -= part.length;
          upstream.write(part);
          if (left <= 0) upstream.end();
        });
      } else client.pipe(upstream);
      if (fault?.kind === 'cut_reply_after_commit') {
        upstream.once('data', () => {
          client.destroy();
          upstream.destroy();
        });
      } else upstream.pipe(client);
    };
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.once('connect', () => (fault?.kind === 'delay' ? setTimeout(begin, fault.ms) : begin()));
  }

  private respond(client: net.Socket, status: 500 | 503, retryAfterSeconds?: number): void {
    // Read the request head first so the client is not cut while still sending.
    client.once('data', () => {
      const body = JSON.stringify({
        error: { code: status === 503 ? 'unavailable' : 'internal', message: 'injected' },
        serverTime: new Date().toISOString(),
      });
      const head = [
        `HTTP/1.1 ${status} ${status === 503 ? 'Service Unavailable' : 'Internal Server Error'}`,
        'content-type: application/json',
        `content-length: ${Buffer.byteLength(body)}`,
        'connection: close',
        ...(retryAfterSeconds ? [`retry-after: ${retryAfterSeconds}`] : []),
      ];
      client.end(`${head.join('\r\n')}\r\n\r\n${body}`);
    });
  }
}
