import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inspectText, SafeText, safeTextProblemCode, withoutForbiddenCharacters } from '../../src/shared/text/safe-text';

const Name = SafeText({ max: 20 });
const Note = SafeText({ max: 200, multiline: true });

/** The problem code a schema reports for `input`, or 'accepted'. */
function outcome(schema: z.ZodType<string, string>, input: string): string {
  const result = schema.safeParse(input);
  if (result.success) return 'accepted';
  expect(result.error.issues).toHaveLength(1);
  return safeTextProblemCode(result.error.issues[0]!) ?? `not a safe-text issue: ${result.error.issues[0]!.code}`;
}

describe('SafeText: what comes out', () => {
  it('trims spaces, tabs-free edges, the BOM and non-breaking spaces around the text', () => {
    expect(Name.parse('  Nguyễn Văn An \u00a0')).toBe('Nguyễn Văn An');
    expect(Name.parse('\ufeffHà Nội')).toBe('Hà Nội');
    expect(Name.parse('\u3000Lê Lợi\u2003')).toBe('Lê Lợi');
  });

  it('turns Vietnamese typed or pasted in NFD into the precomposed NFC letters', () => {
    const decomposed = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD');
    expect(decomposed.length).toBe(26);
    const out = Name.parse(decomposed);
    expect(out).toBe('Nguy\u1ec5n Th\u1ecb \u00c1nh Tuy\u1ebft');
    expect(out.length).toBe(20);
  });

  it('accepts Vietnamese names already in NFC unchanged', () => {
    for (const name of ['Đặng Văn Đức', 'Trần Thị Thu Hà', 'Phạm Ngọc Ẩn', "H'Hen Niê", 'Lò Văn Sướng', 'Ngô Bảo Châu'])
      expect(Name.parse(name)).toBe(name);
  });

  it('counts characters after NFC, so a decomposed name is not refused for its extra marks', () => {
    const twentyLetters = 'Ệệệệệ ễễễễễ ặặặặặ ờờ'; // 20 code points in NFC, 54 code units in NFD
    expect(twentyLetters.normalize('NFD').length).toBe(54);
    expect(Name.parse(twentyLetters.normalize('NFD'))).toBe(twentyLetters);
    expect(outcome(Name, `${twentyLetters}a`.normalize('NFD'))).toBe('too_long');
  });

  it('counts a character outside the BMP once, not as two UTF-16 units', () => {
    expect(SafeText({ max: 3 }).parse('𠀧𠀧𠀧')).toBe('𠀧𠀧𠀧');
    expect(outcome(SafeText({ max: 3 }), '𠀧𠀧𠀧𠀧')).toBe('too_long');
  });

  it('keeps line breaks and tabs in multiline text, with CR LF, lone CR and U+2028 made into LF', () => {
    expect(Note.parse('Dòng 1\r\nDòng 2\rDòng 3\u2028Dòng\t4\n')).toBe('Dòng 1\nDòng 2\nDòng 3\nDòng\t4');
  });

  it('keeps zero-width joiners inside text that has visible letters (emoji sequences and some scripts need them)', () => {
    expect(Name.parse('Gia đình 👨\u200d👩\u200d👧')).toBe('Gia đình 👨\u200d👩\u200d👧');
  });

  it('allows empty text only when min is 0', () => {
    expect(SafeText({ max: 10, min: 0 }).parse('   ')).toBe('');
    expect(outcome(Name, '   ')).toBe('empty');
  });
});

describe('SafeText: what is refused, with a stable code per problem', () => {
  const cases: Array<[string, string, string]> = [
    ['right-to-left override U+202E', 'Nguyễn \u202eAn', 'bidi_control'],
    ['left-to-right embedding U+202A', '\u202aAn', 'bidi_control'],
    ['right-to-left embedding U+202B', 'An\u202b', 'bidi_control'],
    ['pop directional formatting U+202C', 'A\u202cn', 'bidi_control'],
    ['left-to-right override U+202D', 'A\u202dn', 'bidi_control'],
    ['left-to-right isolate U+2066', 'A\u2066n', 'bidi_control'],
    ['right-to-left isolate U+2067', 'A\u2067n', 'bidi_control'],
    ['first strong isolate U+2068', 'A\u2068n', 'bidi_control'],
    ['pop directional isolate U+2069', 'A\u2069n', 'bidi_control'],
    ['left-to-right mark U+200E', 'An\u200e', 'bidi_control'],
    ['right-to-left mark U+200F', '\u200fAn', 'bidi_control'],
    ['Arabic letter mark U+061C', 'A\u061cn', 'bidi_control'],
    ['NUL', 'An\u0000', 'control_character'],
    ['escape U+001B', 'A\u001bn', 'control_character'],
    ['delete U+007F', 'A\u007fn', 'control_character'],
    ['C1 next line U+0085', 'A\u0085n', 'control_character'],
    ['C1 control sequence introducer U+009B', 'A\u009bn', 'control_character'],
    ['tab in single-line text', 'Nguyễn\tAn', 'control_character'],
    ['line feed in single-line text', 'Nguyễn\nAn', 'line_break'],
    ['carriage return in single-line text', 'Nguyễn\rAn', 'line_break'],
    ['line separator U+2028 in single-line text', 'Nguyễn\u2028An', 'line_break'],
    ['paragraph separator U+2029 in single-line text', 'Nguyễn\u2029An', 'line_break'],
    ['lone high surrogate', 'An\ud83d', 'lone_surrogate'],
    ['lone low surrogate', '\ude00An', 'lone_surrogate'],
    ['surrogates in the wrong order', 'A\ude00\ud83dn', 'lone_surrogate'],
    ['noncharacter U+FFFE', 'A\ufffen', 'noncharacter'],
    ['noncharacter U+FFFF', 'An\uffff', 'noncharacter'],
    ['noncharacter U+FDD0', 'A\ufdd0n', 'noncharacter'],
    ['noncharacter U+1FFFF', 'A\u{1ffff}n', 'noncharacter'],
    ['noncharacter U+10FFFE', 'A\u{10fffe}n', 'noncharacter'],
    ['only spaces', '     ', 'empty'],
    ['nothing', '', 'empty'],
    ['only a zero-width space', '\u200b', 'invisible_only'],
    ['only zero-width joiners and non-joiners', '\u200c\u200d\u200c', 'invisible_only'],
    ['only word joiners and a BOM between spaces', ' \u2060 \ufeff\u2060 ', 'invisible_only'],
    ['only combining marks with no letter', '\u0301\u0303\u0323', 'invisible_only'],
    ['only a Hangul filler and a soft hyphen', '\u3164\u00ad', 'invisible_only'],
    ['longer than max', 'Nguyễn Văn An Khang Thịnh', 'too_long'],
  ];
  it.each(cases)('refuses %s', (_label, input, code) => {
    expect(outcome(Name, input)).toBe(code);
  });

  it('still refuses NUL, bidi and other controls in multiline text', () => {
    expect(outcome(Note, 'Dòng 1\nDòng\u0000 2')).toBe('control_character');
    expect(outcome(Note, 'Dòng 1\n\u202eDòng 2')).toBe('bidi_control');
    expect(outcome(Note, 'Dòng 1\n\u000bDòng 2')).toBe('control_character');
    expect(outcome(Note, '\n\t\u200b\n')).toBe('invisible_only');
  });

  it('refuses text shorter than min', () => {
    expect(outcome(SafeText({ max: 10, min: 3 }), ' Hà ')).toBe('too_short');
    expect(SafeText({ max: 10, min: 3 }).parse('Huế')).toBe('Huế');
  });

  it('reports the first problem in the text when there are several', () => {
    expect(outcome(Name, 'A\u0000\u202eB')).toBe('control_character');
    expect(outcome(Name, 'A\u202e\u0000B')).toBe('bidi_control');
  });

  it('tells the clerk in Vietnamese, without quoting the text, and names the code point for the logs', () => {
    const result = inspectText('Nguyễn \u202eAn', { max: 20 });
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'bidi_control',
        codePoint: 'U+202E',
        message: 'Có ký tự ẩn làm đảo chiều hiển thị chữ (thường do dán từ nơi khác). Hãy xoá và gõ lại.',
      },
    });
    expect(inspectText('Hà Nội thủ đô', { max: 5 })).toEqual({
      ok: false,
      problem: { code: 'too_long', message: 'Dài quá 5 ký tự cho phép.' },
    });
    expect(inspectText('A', { max: 5, min: 2 })).toEqual({ ok: false, problem: { code: 'too_short', message: 'Cần ít nhất 2 ký tự.' } });
  });

  it('puts the issue at the field it belongs to inside an object, with the code in params', () => {
    const Form = z.object({ name: Name, address: SafeText({ max: 200 }) });
    const result = Form.safeParse({ name: 'Lê Văn Tám', address: 'Số 5\u0000 phố Huế' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      {
        code: 'custom',
        path: ['address'],
        message: 'Có ký tự điều khiển không in được (thường do dán từ nơi khác). Hãy xoá và gõ lại.',
        params: { safeText: 'control_character', codePoint: 'U+0000' },
      },
    ]);
  });

  it('leaves non-strings to zod’s own type error', () => {
    const result = Name.safeParse(42);
    expect(result.error!.issues[0]!.code).toBe('invalid_type');
    expect(safeTextProblemCode(result.error!.issues[0]!)).toBeUndefined();
  });

  it('states its rules in the generated API documentation', () => {
    expect(z.toJSONSchema(Name, { io: 'input' }).description).toBe(
      'Trimmed and NFC-normalised, then 1–20 characters; refuses bidi and other control characters, noncharacters, broken UTF-16 and invisible-only text.',
    );
  });
});

describe('withoutForbiddenCharacters', () => {
  it('drops exactly the characters SafeText refuses, leaving zero-width and Vietnamese letters', () => {
    expect(withoutForbiddenCharacters('0010\u202e90\u0000012\ud800345\ufffe')).toBe('001090012345');
    expect(withoutForbiddenCharacters('Nguy\u200bễn\nAn')).toBe('Nguy\u200bễnAn');
    expect(withoutForbiddenCharacters('a\nb\tc', true)).toBe('a\nb\tc');
  });
});

// An oracle written independently of the implementation: code units, not a code-point classifier.
function hasForbidden(text: string, multiline: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit < 0xdc00;
    const isLow = unit >= 0xdc00 && unit < 0xe000;
    if (isHigh) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next < 0xe000)) return true;
      const cp = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      if (cp % 0x10000 >= 0xfffe) return true;
      i++;
      continue;
    }
    if (isLow) return true;
    const allowedWhitespace = multiline ? [0x09, 0x0a] : [];
    if ((unit < 0x20 || (unit >= 0x7f && unit < 0xa0)) && !allowedWhitespace.includes(unit)) return true;
    if ([0x200e, 0x200f, 0x061c, 0x2028, 0x2029].includes(unit) || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069))
      return true;
    if ((unit >= 0xfdd0 && unit <= 0xfdef) || unit === 0xfffe || unit === 0xffff) return true;
  }
  return false;
}

const piece = fc.oneof(
  fc.constantFrom('Nguyễn', 'Thị', 'Đức', 'ường', 'Ánh', ' ', '  ', 'a', 'Z', '1', ',', '.'),
  fc.constantFrom('Nguyễn', 'Thị', 'Đức', 'ường', 'Ánh', 'Ệ').map((s) => s.normalize('NFD')),
  fc.constantFrom('\u0300', '\u0301', '\u0323', '\u200b', '\u200d', '\ufeff', '\u2060', '\u00a0', '\t', '\n', '\r', '\u2028'),
  fc.constantFrom('\u202e', '\u2066', '\u200f', '\u0000', '\u0085', '\ufffe', '\u{1fffe}', '\ud800', '\udfff'),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 3 }),
);
const anyText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const options = fc.record({ max: fc.integer({ min: 1, max: 60 }), min: fc.integer({ min: 0, max: 3 }), multiline: fc.boolean() });

describe('SafeText properties', () => {
  it('anything accepted is NFC, trimmed, within max, free of forbidden code points, and parses again to itself', () => {
    fc.assert(
      fc.property(anyText, options, (input, opts) => {
        const result = inspectText(input, opts);
        if (!result.ok) return;
        const out = result.text;
        expect(out).toBe(out.normalize('NFC'));
        expect(out).toBe(out.trim());
        expect(hasForbidden(out, opts.multiline)).toBe(false);
        expect(Array.from(out).length).toBeLessThanOrEqual(opts.max);
        expect(inspectText(out, opts)).toEqual({ ok: true, text: out });
      }),
      { numRuns: 2000 },
    );
  });

  it('anything with a forbidden code point is refused', () => {
    fc.assert(
      fc.property(anyText, options, (input, opts) => {
        const unified = opts.multiline ? input.replace(/\r\n?|[\u2028\u2029]/g, '\n') : input;
        fc.pre(hasForbidden(unified, opts.multiline));
        expect(inspectText(input, opts).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('a Vietnamese name in NFD comes out exactly as its NFC form', () => {
    const syllable = fc.constantFrom(
      'Nguyễn',
      'Trần',
      'Lê',
      'Phạm',
      'Hoàng',
      'Thị',
      'Văn',
      'Ngọc',
      'Ánh',
      'Tuyết',
      'Đức',
      'Hưởng',
      'Quỳnh',
    );
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 5 }), (words) => {
        const name = words.join(' ');
        expect(SafeText({ max: 100 }).parse(` ${name.normalize('NFD')} `)).toBe(name.normalize('NFC'));
      }),
    );
  });
});
