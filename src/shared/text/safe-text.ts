import { z } from 'zod';
import { safeTextMessages } from '../i18n/vi/text';

// The one gate for free text typed, pasted or scanned into the app (names, addresses, service names,
// reasons…). It stores what the clerk saw: NFC, trimmed, and free of characters that render invisibly or
// reorder the text around them (a right-to-left override can make "An" print as "nA" on a receipt, and
// lookalike records would then escape duplicate checks and search).

export const SAFE_TEXT_PROBLEM_CODES = [
  'lone_surrogate',
  'bidi_control',
  'control_character',
  'line_break',
  'noncharacter',
  'empty',
  'invisible_only',
  'too_short',
  'too_long',
] as const;
export type SafeTextProblemCode = (typeof SAFE_TEXT_PROBLEM_CODES)[number];

export interface SafeTextOptions {
  /** Most characters (Unicode code points, counted after NFC, so a Vietnamese letter counts once). */
  max: number;
  /** Fewest characters after trimming; 1 unless said otherwise, so blank text is refused. */
  min?: number;
  /** Lets \n and \t through (CR LF and lone CR become \n) for notes and reasons. */
  multiline?: boolean;
}

export interface SafeTextProblem {
  code: SafeTextProblemCode;
  /** Vietnamese, for the clerk; it never quotes the text itself. */
  message: string;
  /** The offending code point, for logs ("U+202E"); absent for length and blank problems. */
  codePoint?: string;
}

export type SafeTextResult = { ok: true; text: string } | { ok: false; problem: SafeTextProblem };

type CharacterProblem = Extract<
  SafeTextProblemCode,
  'lone_surrogate' | 'bidi_control' | 'control_character' | 'line_break' | 'noncharacter'
>;

/** Only letters and marks no one can see: zero-width spaces and joiners, BOM, combining marks with no base. */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}]*$/u;

/** Same rules as the schema, without zod, for parsers that report problems in their own terms. */
export function inspectText(raw: string, options: SafeTextOptions): SafeTextResult {
  const { max, min = 1, multiline = false } = options;
  const unified = multiline ? raw.replace(/\r\n?|[\u2028\u2029]/g, '\n') : raw;
  for (const char of unified) {
    const codePoint = char.codePointAt(0)!;
    const code = characterProblem(codePoint, multiline);
    if (code) return refuse(code, 0, hex(codePoint));
  }
  const text = unified.normalize('NFC').trim();
  if (text === '' && min > 0) return refuse('empty', 0);
  if (text !== '' && INVISIBLE_ONLY.test(text)) return refuse('invisible_only', 0);
  const length = codePointCount(text);
  if (length < min) return refuse('too_short', min);
  if (length > max) return refuse('too_long', max);
  return { ok: true, text };
}

/**
 * A zod string that comes out NFC, trimmed and clean, or fails with one custom issue whose
 * `params.safeText` is the stable problem code (read it with `safeTextProblemCode`).
 */
export function SafeText(options: SafeTextOptions) {
  const { max, min = 1, multiline = false } = options;
  const description =
    `Trimmed and NFC-normalised, then ${min}–${max} characters; refuses bidi and other control characters, ` +
    `noncharacters, broken UTF-16 and invisible-only text${multiline ? '; line breaks and tabs allowed' : ''}.`;
  // Described on both ends: the API docs show the input side of a method's schema and the output side of its result.
  return z
    .string()
    .describe(description)
    .transform((raw, ctx) => {
      const result = inspectText(raw, options);
      if (result.ok) return result.text;
      const { code, message, codePoint } = result.problem;
      ctx.issues.push({ code: 'custom', message, input: undefined, params: { safeText: code, ...(codePoint ? { codePoint } : {}) } });
      return z.NEVER;
    })
    .pipe(z.string().describe(description));
}

export function safeTextProblemCode(issue: { code: string; params?: Record<string, unknown> }): SafeTextProblemCode | undefined {
  const code = issue.code === 'custom' ? issue.params?.safeText : undefined;
  return SAFE_TEXT_PROBLEM_CODES.find((known) => known === code);
}

/** Removes every character `inspectText` refuses, so a parser can still tell what a damaged field was meant to be. */
export function withoutForbiddenCharacters(text: string, multiline = false): string {
  let kept = '';
  for (const char of text) if (!characterProblem(char.codePointAt(0)!, multiline)) kept += char;
  return kept;
}

function characterProblem(cp: number, multiline: boolean): CharacterProblem | undefined {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'lone_surrogate'; // a paired surrogate arrives as one code point above U+FFFF
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c)
    return 'bidi_control';
  if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029) return multiline && cp === 0x0a ? undefined : 'line_break';
  if (cp === 0x09) return multiline ? undefined : 'control_character';
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 'control_character';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  return undefined;
}

function refuse(code: SafeTextProblemCode, limit: number, codePoint?: string): SafeTextResult {
  const problem: SafeTextProblem = { code, message: safeTextMessages[code](limit) };
  if (codePoint) problem.codePoint = codePoint;
  return { ok: false, problem };
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
