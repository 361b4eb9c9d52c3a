// The API reference rendered from a contract made for the test: what docs/api.md would say once the
// contract holds things today's does not (an event carrying a shared schema, a null default, a field
// named `$ref`, a `|` in a summary). From mutation run 22: with only the app's own contract these
// branches of describe-contract.ts could break unseen, and `npm run docs:api` with them.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeContract, type DescribedContract } from '../../src/shared/api/describe-contract';

const Envelope = z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string() }) });
const Slip = z.strictObject({ number: z.string(), copies: z.string().max(Number.MAX_SAFE_INTEGER) });
const Counter = z.strictObject({ counter: z.number().int().min(1) });

const contract = (changes: Partial<DescribedContract> = {}): DescribedContract => ({
  methods: {
    showSlip: {
      summary: 'Xem phiếu | in lại',
      input: z.object({
        $ref: z.string(),
        slip: Slip,
        tags: z
          .array(z.string().nullable())
          .default([null, 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai']),
        mixed: z
          .array(z.unknown())
          .default(['một', { hai: 2 }, 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai']),
        notes: z.record(z.string(), z.null()).default({ ['ghi chú'.repeat(14)]: null }),
      }),
      output: Counter,
      roles: ['local'],
    },
  },
  events: { 'counter.opened': Counter },
  clientFrame: z.object({ type: z.literal('auth'), token: z.string(), lang: z.string().default('vi') }),
  shared: { Slip, Counter, Envelope },
  errorEnvelope: Envelope,
  ...changes,
});
const reference = (changes?: Partial<DescribedContract>) => describeContract({ statusOf: () => 400 }, contract(changes));
const section = (docs: string, heading: string) => docs.split(`${heading}\n`)[1]!.split('\n### ')[0]!.split('\n## ')[0]!;

describe('the API reference of a contract', () => {
  it('documents the first WebSocket frame as a client sends it: a field with a default is not required', () => {
    expect(section(reference(), '## WebSocket /api/events')).toContain('  "required": ["type", "token"]\n}');
  });

  it('names and links the shared schema an event carries, then shows the payload', () => {
    expect(section(reference(), '### `counter.opened`')).toBe(
      '\n- Uses: [Counter](#counter)\n\n```json\n{ "$ref": "#/$defs/Counter" }\n```\n',
    );
  });

  it('lists the shared schemas a method uses, a field named "$ref" not among them', () => {
    expect(section(reference(), '### showSlip')).toContain('- Uses: [Counter](#counter), [Slip](#slip)\n');
    expect(section(reference(), '### showSlip')).toContain('    "$ref": { "type": "string" },\n    "slip": { "$ref": "#/$defs/Slip" },\n');
  });

  it('escapes a bar in a summary inside the methods table', () => {
    expect(reference()).toContain('| [`showSlip`](#showslip) | `local` | — |  | Xem phiếu \\| in lại |\n');
  });

  it('drops only the integer range zod adds, not a length limit of the same size', () => {
    const docs = reference();
    expect(section(docs, '### Slip')).toContain('"copies": { "type": "string", "maxLength": 9007199254740991 }');
    expect(section(docs, '### Counter')).toContain('"properties": { "counter": { "type": "integer", "minimum": 1 } },');
  });

  it('lays out defaults holding null: scalars packed on full lines, mixed items one per line, a null after a long key', () => {
    const input = section(reference(), '### showSlip');
    expect(input).toContain(
      [
        '      "default": [',
        '        null, "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một",',
        '        "mười hai"',
        '      ],',
      ].join('\n'),
    );
    expect(input).toContain('      "default": [\n        "một",\n        { "hai": 2 },\n        "ba",\n');
    expect(input).toContain(`      "default": {\n        "${'ghi chú'.repeat(14)}": null\n      },`);
  });

  it('stops, naming the schema, when a shared schema would be documented differently as input and as output', () => {
    const Draft = z.strictObject({ note: z.string().default('') });
    const methods = { saveDraft: { summary: 'Lưu nháp', input: z.object({ draft: Draft }), output: Draft, roles: ['local' as const] } };
    expect(() => reference({ methods, shared: { Draft, Envelope } })).toThrow(
      'Shared schema Draft converts differently as input and as output: give the input its own schema.',
    );
  });
});
