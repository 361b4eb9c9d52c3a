import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { methodNames, methods, type MethodName } from '../../src/shared/api/contract';
import { errorMessages } from '../../src/shared/i18n/vi';
import { fingerprint, type Fingerprint } from '../support/db-fingerprint';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// Every date-time a method takes, found in the contract itself, accepts any RFC 3339 offset and means
// the same instant as its UTC form; what reaches the handler is always the UTC string.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = string[];

/** Where the input JSON Schema has a date-time, as property names ('0' for an array's first item). */
function dateTimePaths(schema: z.ZodType): Path[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { [key: string]: Json };
  const found: Path[] = [];
  const walk = (node: Json | undefined, path: Path, seen: Set<string>): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    if (node.format === 'date-time') found.push(path);
    if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
      const defs = root.$defs as { [key: string]: Json } | undefined;
      walk(defs?.[node.$ref.replace('#/$defs/', '')], path, new Set([...seen, node.$ref]));
    }
    for (const [key, child] of Object.entries((node.properties ?? {}) as { [key: string]: Json })) walk(child, [...path, key], seen);
    if (node.items) walk(node.items, [...path, '0'], seen);
    for (const union of ['anyOf', 'oneOf', 'allOf'])
      if (Array.isArray(node[union])) for (const branch of node[union]) walk(branch, path, seen);
  };
  walk(root, [], new Set());
  return found;
}

function withValue(input: Record<string, unknown>, path: Path, value: string): Record<string, unknown> {
  const copy = structuredClone(input);
  let at = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

function valueAt(input: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], input);
}

/**
 * A valid input of every method that takes a date-time. The test below fails when the contract gains
 * such a method without an entry here, so no date-time input goes untested.
 */
const BASE: Partial<Record<MethodName, Record<string, unknown>>> = {
  getDueDate: { rule: { kind: 'working_days', days: 5 }, receivedAt: '2026-08-21T03:00:00Z' },
};

const withDateTime = methodNames.flatMap((name) =>
  dateTimePaths(methods[name].input).map((path) => ({ method: name, field: path.join('.'), path })),
);

/** The same instant written with an offset, and in UTC. */
const SAME_INSTANT: [string, string][] = [
  ['2026-08-21T10:00:00+07:00', '2026-08-21T03:00:00Z'],
  ['2026-08-20T21:30:00.250-05:30', '2026-08-21T03:00:00.250Z'],
  ['2026-08-21T03:00:00+00:00', '2026-08-21T03:00:00.000Z'],
  ['2026-08-21T09:59:59.999999+07:00', '2026-08-21T02:59:59.999Z'],
];

const MALFORMED = [
  '2026-08-21 10:00',
  '2026-08-21T10:00:00+7',
  '2026-02-30T10:00:00Z',
  '2026-08-21T10:00:00',
  '2026-08-21T10:00:00+0700',
  '2026-08-21T10:00:00+24:00',
  '2026-08-21T10:00:00+07:00Z',
  '2026-08-21T10:00Z',
  '21/08/2026 10:00',
  // Valid as written, but before year 0 once in UTC: no UTC string the service could store.
  '0000-01-01T00:00:00+07:00',
];

describe('the contract', () => {
  it('has a base input for every method that takes a date-time, and only those', () => {
    expect(withDateTime.length).toBeGreaterThan(0);
    expect([...new Set(withDateTime.map((d) => d.method))].sort()).toEqual(Object.keys(BASE).sort());
  });

  it.each(withDateTime)('$method ($field) hands the handler the UTC string, whatever the offset', ({ method: name, path }) => {
    for (const [offset, utc] of SAME_INSTANT) {
      const parsed = methods[name].input.parse(withValue(BASE[name]!, path, offset));
      expect(valueAt(parsed, path)).toBe(new Date(utc).toISOString());
    }
  });
});

describe('over HTTP', () => {
  let service: TestWardService;
  let before: Fingerprint;

  beforeAll(async () => {
    service = await startTestWardService();
    before = fingerprint(service.running.ward.db);
  });
  afterAll(async () => {
    await service?.close();
  });

  const post = (name: string, body: unknown) =>
    service.client.raw({
      path: `/api/${name}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
      body: JSON.stringify(body),
    });

  it.each(withDateTime)('$method ($field) with an offset answers as for the same instant in UTC', async ({ method: name, path }) => {
    for (const [offset, utc] of SAME_INSTANT) {
      const withOffset = await post(name, withValue(BASE[name]!, path, offset));
      const inUtc = await post(name, withValue(BASE[name]!, path, utc));
      expect(withOffset.status, withOffset.text).toBe(200);
      expect(withOffset.json).toEqual(inUtc.json);
      // Outputs stay in UTC: no offset ever comes back.
      for (const [dateTime] of withOffset.text.matchAll(/\d{4}-\d\d-\d\dT\d\d:\d\d[^"]*/g)) expect(dateTime).toMatch(/Z$/);
    }
  });

  it.each(withDateTime)('$method ($field) refuses a malformed date-time with 400 and names the field', async ({ method: name, path }) => {
    for (const bad of MALFORMED) {
      const response = await post(name, withValue(BASE[name]!, path, bad));
      expect(response.status, bad).toBe(400);
      expect(response.json, bad).toEqual({
        error: { code: 'bad_request', message: `${errorMessages.bad_request} (Trường "${path.join('.')}" không hợp lệ.)` },
      });
    }
  });

  it('getDueDate reads the offset rather than the wall-clock digits', async () => {
    // 09:00 at UTC-12 on Thursday is 04:00 on Friday in Hanoi: received Friday, not Thursday.
    const base = BASE.getDueDate!;
    const farWest = await post('getDueDate', { ...base, receivedAt: '2026-08-20T09:00:00-12:00' });
    const digitsAsUtc = await post('getDueDate', { ...base, receivedAt: '2026-08-20T09:00:00Z' });
    expect(farWest.json).toMatchObject({ receivedOn: '2026-08-21' });
    expect(digitsAsUtc.json).toMatchObject({ receivedOn: '2026-08-20' });
  });

  it('changed nothing in the database', () => {
    expect(fingerprint(service.running.ward.db)).toEqual(before);
  });
});
