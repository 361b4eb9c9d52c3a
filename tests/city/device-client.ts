// A ward device as the city sees it, for tests: Ed25519 key made with Node crypto, enrolment, login,
// push and pull, over Fastify inject (in process) or real HTTP (one connection per request, so a
// fault proxy can break exactly one).
import crypto from 'node:crypto';
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { challengeMessage, PROTOCOL_HEADER, PROTOCOL_VERSION, type Mutation } from '../../src/shared/sync/wire';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests inspect answers of every shape
}

export interface Transport {
  send(
    method: 'GET' | 'POST',
    url: string,
    options?: { headers?: Record<string, string>; body?: unknown; rawBody?: string },
  ): Promise<Answer>;
}

export function injectTransport(app: FastifyInstance): Transport {
  return {
    async send(method, url, options = {}) {
      const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      const res = await app.inject({
        method,
        url,
        headers: { ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
        payload,
      });
      let body: unknown;
      try {
        body = res.json();
      } catch {
        body = res.body;
      }
      return { status: res.statusCode, headers: res.headers, body };
    },
  };
}

/** `agent: false` (the default) opens one connection per request, so a fault proxy can break exactly one. */
export function httpTransport(baseUrl: string, timeoutMs = 10_000, agent: http.Agent | false = false): Transport {
  return {
    send(method, url, options = {}) {
      const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      return new Promise((resolve, reject) => {
        const req = http.request(
          new URL(url, baseUrl),
          {
            method,
            agent,
            timeout: timeoutMs,
            headers: {
              ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
              ...options.headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let body: unknown = text;
              try {
                body = JSON.parse(text);
              } catch {
                // not JSON: keep the text
              }
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
            });
          },
        );
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', reject);
        req.end(payload);
      });
    },
  };
}

export const protocolHeaders = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

export class TestDevice {
  token: string | null = null;

  constructor(
    readonly transport: Transport,
    readonly deviceId: string,
    readonly wardCode: string,
    readonly slot: number,
    readonly privateKey: crypto.KeyObject,
  ) {}

  static async enrol(transport: Transport, code: string, options: { nextSeq?: number } = {}): Promise<TestDevice> {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    const x = publicKey.export({ format: 'jwk' }).x!;
    const res = await transport.send('POST', '/v1/enrol', {
      headers: protocolHeaders,
      body: { code, publicKey: x, appVersion: '0.1.0-test', ...options },
    });
    if (res.status !== 200) throw new Error(`enrol failed: ${res.status} ${JSON.stringify(res.body)}`);
    const device = new TestDevice(transport, res.body.deviceId, res.body.ward.code, res.body.slot, privateKey);
    await device.login();
    return device;
  }

  sign(nonce: string): string {
    return crypto.sign(null, Buffer.from(challengeMessage(this.deviceId, nonce), 'utf8'), this.privateKey).toString('base64url');
  }

  async login(): Promise<Answer> {
    const ch = await this.transport.send('POST', '/v1/auth/challenge', { headers: protocolHeaders, body: { deviceId: this.deviceId } });
    if (ch.status !== 200) return ch;
    const res = await this.transport.send('POST', '/v1/auth/token', {
      headers: protocolHeaders,
      body: { deviceId: this.deviceId, nonce: ch.body.nonce, signature: this.sign(ch.body.nonce) },
    });
    if (res.status === 200) this.token = res.body.accessToken;
    return res;
  }

  headers(): Record<string, string> {
    return { ...protocolHeaders, authorization: `Bearer ${this.token}` };
  }

  push(mutations: Mutation[], report?: unknown): Promise<Answer> {
    return this.transport.send('POST', '/v1/sync/push', { headers: this.headers(), body: { mutations, ...(report ? { report } : {}) } });
  }

  pull(cursor: number, limit?: number): Promise<Answer> {
    return this.transport.send('GET', `/v1/sync/pull?cursor=${cursor}${limit ? `&limit=${limit}` : ''}`, { headers: this.headers() });
  }

  snapshot(page?: string, limit?: number): Promise<Answer> {
    const q = new URLSearchParams();
    if (page) q.set('page', page);
    if (limit) q.set('limit', String(limit));
    return this.transport.send('GET', `/v1/sync/snapshot?${q}`, { headers: this.headers() });
  }

  status(): Promise<Answer> {
    return this.transport.send('GET', '/v1/status', { headers: this.headers() });
  }
}
