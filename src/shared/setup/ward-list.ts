import { z } from 'zod';
import { foldForSearch } from '../text/fold';

// The list of Hanoi's wards and communes the wizard offers (resources/wards/hanoi-wards.json). A code
// nobody could source stays empty and unconfirmed: the administrator types it, never the app.

const Confidence = z.enum(['C', 'S', 'U']);

const WardRow = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['phuong', 'xa']),
    nameSource: z.string().min(1),
    nameConfidence: Confidence,
    unitCode: z.string(),
    codeSource: z.string().nullable(),
    codeConfidence: Confidence,
  })
  .strict()
  .refine((row) => row.unitCode === '' || row.codeSource !== null, { message: 'a unit code needs its source', path: ['codeSource'] })
  .refine((row) => (row.unitCode === '') === (row.codeConfidence === 'U'), {
    message: 'an empty code is unconfirmed, a sourced one is not',
    path: ['codeConfidence'],
  });

export const WardListFile = z
  .object({
    about: z.array(z.string()),
    sources: z.record(z.string(), z.object({ title: z.string(), url: z.string(), date: z.string() }).strict()),
    wards: z.array(WardRow).min(1),
  })
  .strict()
  .refine((file) => file.wards.every((w) => w.nameSource in file.sources && (w.codeSource === null || w.codeSource in file.sources)), {
    message: 'every row names a source listed under "sources"',
  });

export type WardChoice = { name: string; unitCode: string; codeConfirmed: boolean };

export function wardChoices(file: unknown): WardChoice[] {
  return WardListFile.parse(file).wards.map((w) => ({ name: w.name, unitCode: w.unitCode, codeConfirmed: w.codeConfidence !== 'U' }));
}

/** Typed without accents ("ba dinh") or with them: every word must start a word of the name, in any order. */
export function matchWards(choices: readonly WardChoice[], query: string): WardChoice[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => {
    const nameWords = foldForSearch(choice.name).split(/[\s-]+/);
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
}
