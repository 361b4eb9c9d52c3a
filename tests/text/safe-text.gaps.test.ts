import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inspectText, SafeText } from '../../src/shared/text/safe-text';

// Gaps mutation testing found in the free-text rules (docs/testing.md): the edges of each refused range.

function problem(raw: string, multiline = false): string {
  const result = inspectText(raw, { max: 50, multiline });
  return result.ok ? 'accepted' : `${result.problem.code} ${result.problem.codePoint ?? ''}`.trim();
}

describe('a one-line field', () => {
  it('refuses every kind of line break, naming it for the logs', () => {
    expect(problem('Nguyễn\nVăn An')).toBe('line_break U+000A');
    expect(problem('Nguyễn\rVăn An')).toBe('line_break U+000D');
    expect(problem('Nguyễn\u2028Văn An')).toBe('line_break U+2028');
    expect(problem('Nguyễn\u2029Văn An')).toBe('line_break U+2029');
    expect(problem('Nguyễn\nVăn An', true)).toBe('accepted');
  });
});

describe('the edges of the refused ranges', () => {
  it('refuses the last C0 and C1 control characters and accepts the characters just past them', () => {
    expect(problem('Lê\u001fAn')).toBe('control_character U+001F');
    expect(problem('Lê\u0020An')).toBe('accepted');
    expect(problem('Lê\u007fAn')).toBe('control_character U+007F');
    expect(problem('Lê\u009fAn')).toBe('control_character U+009F');
    expect(problem('Lê\u00a0An')).toBe('accepted');
  });

  it('refuses both ends of the U+FDD0–U+FDEF noncharacters and accepts their neighbours', () => {
    expect(problem('Lê\ufdcfAn')).toBe('accepted');
    expect(problem('Lê\ufdd0An')).toBe('noncharacter U+FDD0');
    expect(problem('Lê\ufdefAn')).toBe('noncharacter U+FDEF');
    expect(problem('Lê\ufdf0An')).toBe('accepted');
  });
});

describe('the rules stated in the API documentation', () => {
  it('say that a multi-line field allows line breaks and tabs, and a one-line field does not', () => {
    const oneLine = SafeText({ max: 30 });
    const note = SafeText({ max: 500, min: 0, multiline: true });
    expect(z.toJSONSchema(oneLine, { io: 'input' }).description).toBe(
      'Trimmed and NFC-normalised, then 1–30 characters; refuses bidi and other control characters, noncharacters, broken UTF-16 and invisible-only text.',
    );
    expect(z.toJSONSchema(note, { io: 'input' }).description).toBe(
      'Trimmed and NFC-normalised, then 0–500 characters; refuses bidi and other control characters, noncharacters, broken UTF-16 and invisible-only text; line breaks and tabs allowed.',
    );
  });
});
