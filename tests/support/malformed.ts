import fc from 'fast-check';
import type { z } from 'zod';

// Generators of requests no method may accept. Every JSON payload is broken by construction (non-object
// top level, an unknown key under .strict(), a field with a value its schema refuses, or a required
// field left out); the test still asks the schema to confirm, so a generator slip cannot hide.

export interface MalformedRequest {
  kind: string;
  contentType: string | null;
  body: string | Buffer;
}

type Shape = Record<string, z.ZodType>;

const MAX_BODY = 256 * 1024;

const roundTrip = (v: unknown): unknown => {
  const text = JSON.stringify(v);
  return text === undefined ? undefined : JSON.parse(text);
};

const unicodeJunk = fc.string({ unit: 'binary', maxLength: 40 });
/** Strings near and beyond every length limit, some beyond the body limit. */
const hugeString = fc
  .tuple(fc.constantFrom(10_000, 100_000, MAX_BODY + 1), fc.constantFrom('x', ' ', 'Đ', '\u0301', '😀', '\u0000'))
  .map(([n, ch]) => ch.repeat(n));
const outOfRangeNumber = fc.oneof(
  fc.constantFrom(0, -1, 100, 1e12, -1e12, 0.5, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 5 }) },
  { weight: 3, arbitrary: unicodeJunk },
  { weight: 2, arbitrary: outOfRangeNumber },
  {
    weight: 3,
    arbitrary: fc.constantFrom(null, true, false, '', ' ', [], {}, '2025-02-30', 'not-a-uuid', '00000000-0000-0000-0000-000000000000'),
  },
  // Rare: each costs a quarter megabyte on the wire.
  { weight: 1, arbitrary: hugeString },
);
/** Values that would pass for some field somewhere, so the one broken part is not the only oddity. */
const plausible: fc.Arbitrary<unknown> = fc.oneof(
  fc.uuid(),
  fc.integer({ min: 1, max: 99 }),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.uuid(), { maxLength: 3 }),
);

function someOf(shape: Shape, keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  if (keys.length === 0) return fc.constant({});
  return fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(plausible, junk)])), { requiredKeys: [] });
}

/** JSON payloads the method's input schema must refuse. */
export function malformedPayload(schema: z.ZodObject): fc.Arbitrary<{ kind: string; payload: unknown }> {
  const shape = schema.shape as Shape;
  const keys = Object.keys(shape);
  const required = keys.filter((k) => !shape[k]!.safeParse(undefined).success);
  const kinds: fc.Arbitrary<{ kind: string; payload: unknown }>[] = [
    fc
      .oneof(fc.constant(null), fc.array(junk, { maxLength: 4 }), unicodeJunk, outOfRangeNumber, fc.boolean(), hugeString)
      .map((payload) => ({ kind: 'not an object', payload })),
    fc
      .tuple(
        someOf(shape, keys),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((k) => !keys.includes(k)),
        fc
          .oneof(plausible, junk)
          .map(roundTrip)
          .filter((v) => v !== undefined),
      )
      .map(([obj, extra, value]) => ({ kind: 'unknown key', payload: { ...obj, [extra]: value } })),
  ];
  if (keys.length > 0)
    kinds.push(
      fc
        .constantFrom(...keys)
        .chain((key) =>
          fc.tuple(
            fc.constant(key),
            someOf(shape, keys),
            junk.map(roundTrip).filter((v) => v !== undefined && !shape[key]!.safeParse(v).success),
          ),
        )
        .map(([key, obj, bad]) => ({ kind: `bad ${key}`, payload: { ...obj, [key]: bad } })),
    );
  if (required.length > 0)
    kinds.push(
      fc.constantFrom(...required).chain((missing) =>
        someOf(
          shape,
          keys.filter((k) => k !== missing),
        ).map((obj) => ({ kind: `missing ${missing}`, payload: obj })),
      ),
    );
  return fc.oneof(...kinds);
}

const NOT_JSON_TEXT = ['', ' ', 'NaN', 'undefined', "{'a':1}", '{"a":1,}', '[1,2', '{"a"}', '{', '}', '\u0000', '{"a":1}{"b":2}', 'nul'];

/** Bodies that are not JSON at all. */
const brokenJsonText: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom(...NOT_JSON_TEXT),
  fc.json({ maxDepth: 2 }).map((s) => s.slice(0, Math.max(0, s.length - 1)) + '\u0007'),
  fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `{${s}`),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.concat([Buffer.from('{"'), Buffer.from(bytes)])),
);

const WRONG_CONTENT_TYPES = [
  null,
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'image/png',
  '*/*',
];

/**
 * Nesting far deeper than any input, as text: JSON.stringify would overflow the stack building it.
 * Some carry a "constructor" key at the bottom, which makes the body parser walk the whole tree.
 */
function deeplyNested(keys: string[]): fc.Arbitrary<string> {
  return fc
    .record({
      depth: fc.integer({ min: 50, max: 10_000 }),
      arrays: fc.boolean(),
      key: fc.constantFrom('x', ...keys),
      bottom: fc.constantFrom('1', '"s"', 'null', '{"constructor":{"prototype":{}}}', '{"__proto__":{}}'),
    })
    .map(({ depth, arrays, key, bottom }) => {
      const [open, close] = arrays ? ['[', ']'] : ['{"a":', '}'];
      return `{"${key}":${open.repeat(depth)}${bottom}${close.repeat(depth)}}`;
    });
}

/** Every kind of request the method must refuse with a 4xx. */
export function malformedRequest(schema: z.ZodObject): fc.Arbitrary<MalformedRequest> {
  const json = 'application/json';
  return fc.oneof(
    {
      weight: 6,
      arbitrary: malformedPayload(schema).map(({ kind, payload }) => ({ kind, contentType: json, body: JSON.stringify(payload) })),
    },
    { weight: 1, arbitrary: deeplyNested(Object.keys(schema.shape)).map((body) => ({ kind: 'deep nesting', contentType: json, body })) },
    { weight: 2, arbitrary: brokenJsonText.map((body) => ({ kind: 'invalid JSON text', contentType: json, body })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('{"counterNumber":1e999}', '{"limit":1e400}', '{"x":-1e999}'), fc.constant(json))
        .map(([body, contentType]) => ({ kind: 'number overflow', contentType, body })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), fc.oneof(someOf(schema.shape as Shape, Object.keys(schema.shape)), fc.constant({})))
        .map(([contentType, payload]) => ({ kind: `content-type ${contentType}`, contentType, body: JSON.stringify(payload) })),
    },
  );
}
