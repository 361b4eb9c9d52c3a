import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { dossierSearchText } from './search-index';
import type { SummaryRow } from './reads';

// Words within days of reception that ended long ago. The full-text index, read newest first and
// bounded to the range's stretch of reception order, steps over every match received after the range
// before it reaches one inside it: cheap each (no row read), but `nguyen` three years back has some
// 230,000 of them. The other way round, the dossiers of the range are read newest first along the
// reception-date index and their words tested here, which finds a common name within a few hundred
// rows but reads the whole range for a rare one. The walk learns how common the words are from the
// rows it reads, and hands over to the full-text index as soon as finishing it would cost more.

/**
 * What stepping over one newer match costs the full-text path, bounded to the range's stretch of
 * reception order, in dossier rows read by the walk (measured on 1 M dossiers: FTS5 steps over a
 * match in about 0.1 µs without reading its row; the walk reads and tests a row in about 16 µs).
 */
const SKIPPED_MATCH_COST = 0.01;
/** Rows read before the first estimate, and between estimates. */
const SAMPLE = 64;

export interface DateWalk {
  /** The dossiers of the range newest first: `ORDER BY received_at DESC, search_seq DESC`. */
  sql: string;
  params: Record<string, string | number>;
  typed: readonly string[];
  limit: number;
  /** Dossiers received after the range: what the full-text path steps over, each match of them. */
  newer: number;
}

/**
 * The newest dossiers of the range whose words start with every typed word, newest received first, or
 * null when the full-text index is the cheaper way to finish. Read to the end of the range, the answer
 * is exactly the full-text one; stopped at the limit, it is the newest by time of reception, which
 * differs only for a dossier saved after a PC clock was set back.
 */
export function walkReceptionDates(db: Db, walk: DateWalk): (SummaryRow & { search_seq: number })[] | null {
  const found: (SummaryRow & { search_seq: number })[] = [];
  const procedureWords = new Map<string, string>();
  let read = 0;
  for (const row of stmt(db, walk.sql).iterate(walk.params) as IterableIterator<SummaryRow & { search_seq: number }>) {
    read++;
    let procedure = procedureWords.get(row.procedure_name);
    if (procedure === undefined) procedureWords.set(row.procedure_name, (procedure = dossierSearchText('', row.procedure_name)));
    const words = `${dossierSearchText(row.full_name, '')} ${procedure}`.split(' ');
    if (walk.typed.every((typed) => words.some((word) => word.startsWith(typed)))) {
      found.push(row);
      if (found.length === walk.limit) break;
    }
    if (read % SAMPLE === 0) {
      const share = (found.length + 1) / (read + 2);
      if ((walk.limit - found.length) / share > share * walk.newer * SKIPPED_MATCH_COST) return null;
    }
  }
  return found.sort((a, b) => b.search_seq - a.search_seq);
}
