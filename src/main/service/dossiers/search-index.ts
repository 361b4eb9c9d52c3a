import { foldedWords } from '../../../shared/text/fold';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// The dossier_search full-text index (migration 0009): what is indexed of a dossier, and how the words
// a clerk typed become an FTS5 query that can stop after the newest few matches.

/** A typed prefix of this many letters or fewer is read from FTS5's own prefix index (prefix='1 2 3'). */
const INDEXED_PREFIX = 3;
/**
 * A longer prefix is replaced by the whole words it starts, each read newest first; past this many
 * words (a prefix no Vietnamese syllable makes so common) FTS5 merges them itself.
 */
const MAX_EXPANSION = 32;
/** Sorts after every character a stored word can hold: `w <= x < w + TOP` is "x starts with w". */
const TOP = '\u{10FFFF}';

/** The applicant's name and the procedure's name as one run of folded words. */
export function dossierSearchText(fullName: string, procedureName: string): string {
  return [...foldedWords(fullName), ...foldedWords(procedureName)].join(' ');
}

/** The next dossier's place in reception order: one more than the last. */
export function nextSearchSeq(db: Db): number {
  return (stmt(db, 'SELECT coalesce(max(search_seq), 0) + 1 AS seq FROM dossiers').get() as { seq: number }).seq;
}

export function indexDossier(db: Db, seq: number, fullName: string, procedureName: string): void {
  const text = dossierSearchText(fullName, procedureName);
  stmt(db, 'INSERT INTO dossier_search (rowid, words) VALUES (?, ?)').run(seq, text);
  const word = stmt(db, 'INSERT OR IGNORE INTO dossier_search_words (word) VALUES (?)');
  for (const w of new Set(text.split(' '))) word.run(w);
}

/**
 * The FTS5 query for "every typed word starts a word of the name or the procedure", in any order, or
 * null when some typed word starts no indexed word at all (nothing can match). Every word is a quoted
 * string, so nothing typed is read as FTS5 syntax: the words are letters and digits only anyway.
 */
export function matchExpression(db: Db, typed: readonly string[]): string | null {
  const terms: string[] = [];
  for (const prefix of new Set(typed)) {
    if ([...prefix].length <= INDEXED_PREFIX) {
      terms.push(`${quoted(prefix)}*`);
      continue;
    }
    const words = (
      stmt(db, 'SELECT word FROM dossier_search_words WHERE word >= ? AND word < ? LIMIT ?').all(
        prefix,
        prefix + TOP,
        MAX_EXPANSION + 1,
      ) as { word: string }[]
    ).map((r) => r.word);
    if (words.length === 0) return null;
    if (words.length > MAX_EXPANSION) terms.push(`${quoted(prefix)}*`);
    else terms.push(`(${words.map(quoted).join(' OR ')})`);
  }
  return terms.join(' AND ');
}

function quoted(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}
