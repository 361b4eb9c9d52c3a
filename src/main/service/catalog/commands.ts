import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Procedure } from '../../../shared/catalog/procedure';
import { catalogDetail } from '../../../shared/i18n/vi/catalog';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import { parseFile, planImport } from './import-plan';
import { holderOfCode, readAllProcedures, readProcedure, upsertProcedure } from './procedure-rows';

// Every change to the catalogue. Each stored or removed procedure is its own outbox operation, the same
// one whether it came from the form, an import or the seed: sync applies and merges per procedure, and a
// city-sized import as one operation would be a multi-megabyte payload no push batch could carry.

const SEEDED_KEY = 'catalogueSeededAt';

export class CatalogueCommands {
  constructor(private readonly write: WritePath) {}

  /**
   * A ward starts with the seed catalogue, once: emptying the catalogue later does not bring it back.
   * The file is read only then, so a later start never depends on it.
   */
  seedIfEmpty(caller: Caller, readSeed: () => Procedure[]): void {
    this.write.run(caller, (tx) => {
      if (stmt(tx.db, 'SELECT 1 FROM settings WHERE key = ?').get(SEEDED_KEY)) return;
      for (const procedure of readSeed()) store(tx, procedure);
      stmt(tx.db, 'INSERT INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, JSON.stringify(tx.now.toISOString()));
      changed(tx);
    });
  }

  saveProcedure(input: ParsedInput<'saveProcedure'>, caller: Caller): MethodOutput<'saveProcedure'> {
    const { procedure } = input;
    return this.write.run(caller, (tx) => {
      const holder = holderOfCode(tx.db, procedure.nationalCode.code, procedure.id);
      if (holder) throw new ApiError('duplicate_national_code', catalogDetail.codeUsedBy(procedure.nationalCode.code!, holder.name));
      const created = readProcedure(tx.db, procedure.id) === null;
      store(tx, procedure);
      changed(tx);
      return { procedure, created };
    });
  }

  importCatalogue(input: ParsedInput<'importCatalogue'>, caller: Caller): MethodOutput<'importCatalogue'> {
    // Parsed before the transaction: validating a large file takes a while, and needs no lock.
    const file = parseFile(input.text, input.format);
    if (!file.ok) return file;
    const removeMissing = input.removeMissing ?? false;
    return this.write.run(caller, (tx) => {
      const { diff, clashes } = planImport(readAllProcedures(tx.db), file.procedures, removeMissing);
      if (clashes.length > 0) throw new ApiError('catalogue_code_clash', catalogDetail.clashes(clashes.map((c) => c.nationalCode)));
      const removed = removeMissing ? diff.missing : [];
      for (const procedure of removed) {
        stmt(tx.db, 'DELETE FROM procedures WHERE id = ?').run(procedure.id);
        tx.record({ entity: 'procedure', entityId: procedure.id, op: 'procedure.remove@1', payload: { id: procedure.id } });
      }
      // Two procedures may swap codes in one file; freeing the changed codes first keeps every step unique.
      for (const { after } of diff.changed) stmt(tx.db, 'UPDATE procedures SET national_code = NULL WHERE id = ?').run(after.id);
      for (const { after } of diff.changed) store(tx, after);
      for (const procedure of diff.added) store(tx, procedure);
      if (removed.length + diff.changed.length + diff.added.length > 0) changed(tx);
      return {
        ok: true,
        added: diff.added.length,
        changed: diff.changed.length,
        unchanged: diff.unchanged.length,
        removed: removed.length,
      };
    });
  }
}

function store(tx: WriteContext, procedure: Procedure): void {
  upsertProcedure(tx.db, procedure, tx.now.toISOString());
  tx.record({ entity: 'procedure', entityId: procedure.id, op: 'procedure.save@1', payload: { procedure } });
}

function changed(tx: WriteContext): void {
  tx.emit('catalogue.changed', { at: tx.now.toISOString() });
}
