import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The floor under every acknowledged write: one row inserted and committed with the durability the
 * ward service uses (WAL, synchronous=FULL, BEGIN IMMEDIATE), on the same disk.
 */
export class BareInsert {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly commit: (payload: string) => void;
  private next = 0;

  constructor(dir: string) {
    this.db = new Database(path.join(dir, 'bare.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec('CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL) STRICT');
    this.insert = this.db.prepare('INSERT INTO rows (id, at, payload) VALUES (?, ?, ?)');
    const tx = this.db.transaction((payload: string) => {
      this.insert.run(++this.next, new Date().toISOString(), payload);
    });
    this.commit = (payload) => tx.immediate(payload);
  }

  /** `payload`: what the row carries, a ticket's few bytes unless the measure needs a dossier's. */
  run(payload = '{"serviceId":"bench","priority":0}'): void {
    this.commit(payload);
  }

  close(): void {
    this.db.close();
  }
}
