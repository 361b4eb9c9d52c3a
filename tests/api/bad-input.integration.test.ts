import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { methodNames, methods } from '../../src/shared/api/contract';
import { ApiErrorBody } from '../../src/shared/api/schemas';
import { fingerprint, type Fingerprint } from '../support/db-fingerprint';
import { fillEveryTable } from '../support/every-table';
import { malformedRequest, type MalformedRequest } from '../support/malformed';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// Random bodies per method at each run; fast-check draws a new seed every time, so runs add up (a failure prints
// its seed). MOTCUA_FUZZ_RUNS raises it for a deeper search.
const RUNS_PER_METHOD = Number(process.env.MOTCUA_FUZZ_RUNS ?? 100);

let service: TestWardService;
let before: Fingerprint;

beforeAll(async () => {
  service = await startTestWardService();
  await fillEveryTable(service);
  before = fingerprint(service.running.ward.db);
});

afterAll(async () => {
  await service?.close();
});

/** What the server's JSON body parser would make of the body, or undefined when it is not JSON. */
function parsedAsJson(body: string | Buffer): { value: unknown } | undefined {
  try {
    return {
      value: JSON.parse(
        Buffer.from(body)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      ) as unknown,
    };
  } catch {
    return undefined;
  }
}

describe.each(methodNames)('POST /api/%s with malformed input', (name) => {
  const schema = methods[name].input as z.ZodObject;

  it(`answers ${RUNS_PER_METHOD} malformed requests with a 4xx and a Vietnamese error`, async () => {
    await fc.assert(
      fc.asyncProperty(malformedRequest(schema), async (request: MalformedRequest) => {
        if (request.contentType === 'application/json') {
          const json = parsedAsJson(request.body);
          if (json) expect(schema.safeParse(json.value).success, `generator made a valid ${name} payload`).toBe(false);
        }
        const response = await service.client.raw({
          path: `/api/${name}`,
          headers: { authorization: `Bearer ${service.token}`, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
          body: request.body,
        });
        expect(response.status, `${request.kind}: ${response.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${request.kind}: ${response.text.slice(0, 200)}`).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        const body = ApiErrorBody.parse(response.json);
        expect(body.error.code).not.toBe('');
        expect(body.error.message.trim()).not.toBe('');
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });
});

describe('after a storm of malformed input', () => {
  it('is healthy and the database is exactly as before', async () => {
    // Its own storm, 20 requests to every method, so it holds when run alone; run with the file, it
    // also covers every request the tests above sent.
    for (const name of methodNames)
      for (const request of fc.sample(malformedRequest(methods[name].input as z.ZodObject), 20)) {
        const response = await service.client.raw({
          path: `/api/${name}`,
          headers: { authorization: `Bearer ${service.token}`, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
          body: request.body,
        });
        expect(response.status, `${name} ${request.kind}`).toBeGreaterThanOrEqual(400);
      }
    const health = await service.client.raw({ method: 'GET', path: '/api/health' });
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ ok: true });
    expect(fingerprint(service.running.ward.db)).toEqual(before);
    expect(service.running.ward.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
