import { foldForSearch } from '../text/fold';
import type { Procedure } from './procedure';

// The clerk types a few words without accents ("dang ky khai sinh") or a code ("1.0011") and picks
// from the list. Every word must appear in the code, name or field; code matches come first, then
// names that start with what was typed, then the rest in catalogue order.

/** The words of a query as search compares them: folded, split on any run of spaces. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

export function searchCatalogue(procedures: readonly Procedure[], query: string): Procedure[] {
  const words = searchWords(query);
  if (words.length === 0) return [...procedures];
  // "dang  ky" typed with a double space still starts "Đăng ký …".
  const folded = words.join(' ');
  return procedures
    .map((procedure, index) => ({ procedure, index, rank: rank(procedure, folded, words) }))
    .filter((entry) => entry.rank !== null)
    .sort((a, b) => a.rank! - b.rank! || a.index - b.index)
    .map((entry) => entry.procedure);
}

function rank(procedure: Procedure, folded: string, words: readonly string[]): number | null {
  const code = procedure.nationalCode.code ?? '';
  const name = foldForSearch(procedure.name);
  const haystack = `${code} ${name} ${foldForSearch(procedure.field)}`;
  if (!words.every((word) => haystack.includes(word))) return null;
  if (code !== '' && code.startsWith(folded)) return 0;
  if (name.startsWith(folded)) return 1;
  return 2;
}
