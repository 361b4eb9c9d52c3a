import http, { type IncomingHttpHeaders } from 'node:http';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';

// A raw HTTP client on node:http rather than fetch: the security and bad-input tests must send
// headers (Host, Origin) and bodies (broken JSON, wrong content types) that fetch would refuse or fix.

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send from this loopback address (127.0.0.2…), to act as another machine on the ward LAN. */
  localAddress?: string;
}

/** A private keep-alive agent per client so parallel tests never queue behind each other's sockets. */
export function rawRequest(baseUrl: string, request: RawRequest, agent?: http.Agent): Promise<RawResponse> {
  const url = new URL(request.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: request.method ?? 'POST',
        headers: request.headers ?? {},
        // A pinned sender address needs its own connection: a pooled one may come from another address.
        ...(request.localAddress ? { localAddress: request.localAddress, agent: false } : agent ? { agent } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (request.body !== undefined) req.end(request.body);
    else req.end();
  });
}

export type CallResult<M extends MethodName> =
  | { status: 200; body: MethodOutput<M>; headers: IncomingHttpHeaders }
  | { status: number; body: { error: { code: string; message: string } }; headers: IncomingHttpHeaders };

export interface ApiClient {
  baseUrl: string;
  /** POST /api/<method> with a JSON body; `token` null sends no Authorization header. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, token: string | null): Promise<CallResult<M>>;
  /** Like call, but fails the test unless the answer is 200, and returns the output. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>, token: string | null): Promise<MethodOutput<M>>;
  raw(request: RawRequest): Promise<RawResponse>;
  close(): void;
}

export interface ClientOptions {
  maxSockets?: number;
  /** Sees every response, e.g. to check a header on all of them. */
  onResponse?: (response: RawResponse, request: RawRequest) => void;
}

export function createClient(baseUrl: string, options: ClientOptions = {}): ApiClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  const raw = async (request: RawRequest): Promise<RawResponse> => {
    const response = await rawRequest(baseUrl, request, agent);
    options.onResponse?.(response, request);
    return response;
  };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>, token: string | null): Promise<CallResult<M>> => {
    const response = await raw({
      path: `/api/${method}`,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: response.json, headers: response.headers } as CallResult<M>;
  };
  return {
    baseUrl,
    call,
    async ok<M extends MethodName>(method: M, input: MethodInput<M>, token: string | null): Promise<MethodOutput<M>> {
      const result = await call(method, input, token);
      if (result.status !== 200) throw new Error(`${method} answered ${result.status}: ${JSON.stringify(result.body)}`);
      return result.body as MethodOutput<M>;
    },
    raw,
    close: () => agent.destroy(),
  };
}
