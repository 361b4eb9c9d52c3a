import http from 'node:http';
import { expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import type { Fault, FaultProxy } from './fault-proxy';
import { rawRequest } from './http-client';

// A ward LAN that loses replies after the hub committed: through the fault proxy, 30 % of replies are
// cut and 10 % of requests dropped, and a client sends each request again until an answer comes, as
// the pages do (src/renderer/api/retrying.ts).

/** The same faults on every run: a small seeded generator (mulberry32), so a failure can be replayed. */
export function lossyFaults(seed: number): () => Fault | null {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const r = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    if (r < 0.1) return { kind: 'drop_before_request' };
    if (r < 0.4) return { kind: 'cut_reply_after_commit' };
    return null;
  };
}

export interface RetryingClient {
  /** Sends the request, and the very same request again after every lost reply, until an answer comes. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** One connection per request, each given its fault by the proxy: a pooled one would carry many past one fault. */
export function retryingClient(proxy: FaultProxy, token: string, next: () => Fault | null): RetryingClient {
  const agent = new http.Agent({ keepAlive: false });
  return {
    async call(method, input) {
      const body = JSON.stringify(input);
      for (;;) {
        const fault = next();
        if (fault) proxy.inject(fault);
        const answer = await rawRequest(
          proxy.url,
          { path: `/api/${method}`, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body },
          agent,
        ).catch(() => null);
        if (answer) {
          expect(answer.status, answer.text).toBe(200);
          return answer.json as MethodOutput<typeof method>;
        }
      }
    },
  };
}

/** How many connections the proxy cut after the request went through, and how many it dropped before. */
export function faultsSeen(proxy: FaultProxy): { cut: number; dropped: number } {
  return {
    cut: proxy.log.filter((kind) => kind === 'cut_reply_after_commit').length,
    dropped: proxy.log.filter((kind) => kind === 'drop_before_request').length,
  };
}
