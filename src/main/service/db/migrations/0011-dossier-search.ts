import { indexDossier } from '../../dossiers/search-index';
import type { Migration } from './migration';

// Dossier search by any word of the applicant's name or of the procedure, each typed as a prefix
// without accents ("dao" finds "Nguyễn Thị Đào"), newest first, fast however broad the words are.
// - dossiers.search_seq: the order of reception on this database (1, 2, 3…), which a clock set back
//   cannot change (as the queue's queue_seq); newest first is the highest first. It is also the
//   dossier's key in the index below: consecutive keys keep the index small (a rowid is stored as
//   the difference from the previous one), and VACUUM may renumber a rowid but never this.
// - dossier_search: FTS5 over the folded words (lower case, no accents, d for the d-stroke, folded in
//   TypeScript by the same function for rows and queries). Contentless, since the words are in
//   dossiers already; detail=none, since a search needs only which dossiers hold a word, not where;
//   prefix indexes for 1, 2 and 3 letters, so "n" or "tr" reads one list instead of merging hundreds.
// - dossier_search_words: every word ever indexed. A longer typed prefix ("nguy") is turned into the
//   few whole words it starts ("nguyen"), each read newest first and stopped at the limit; FTS5 would
//   otherwise merge every list starting with it in full before returning the first row.
// - dossiers_received carries search_seq too: the reception order of the dossiers received in a date
//   range is read from the index alone, and bounds the words' search to that stretch of the index.
// The name's B-tree index goes: a name prefix is now answered by the words, newest first.

export const dossierSearch: Migration = {
  version: 11,
  up(db) {
    db.exec(`
      DROP INDEX dossiers_name;
      ALTER TABLE dossiers DROP COLUMN name_folded;
      ALTER TABLE dossiers ADD COLUMN search_seq INTEGER NOT NULL DEFAULT 0;
      UPDATE dossiers SET search_seq = ranked.seq
        FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY received_at, rowid) AS seq FROM dossiers) AS ranked
        WHERE ranked.id = dossiers.id;
      CREATE UNIQUE INDEX dossiers_search_seq ON dossiers (search_seq);
      CREATE INDEX dossiers_procedure ON dossiers (procedure_id, search_seq);
      DROP INDEX dossiers_received;
      CREATE INDEX dossiers_received ON dossiers (received_at, search_seq);

      CREATE VIRTUAL TABLE dossier_search USING fts5(
        words, content='', contentless_delete=1, detail=none, prefix='1 2 3', tokenize='unicode61 remove_diacritics 0'
      );
      CREATE TABLE dossier_search_words (word TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
    `);
    const rows = db.prepare('SELECT search_seq, full_name, procedure_name FROM dossiers ORDER BY search_seq').all() as {
      search_seq: number;
      full_name: string;
      procedure_name: string;
    }[];
    for (const row of rows) indexDossier(db, row.search_seq, row.full_name, row.procedure_name);
  },
};
