import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { formatDossierCode } from '../../../shared/dossier-code/dossier-code';
import { actorOf, type Caller } from '../caller';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import { nextDossierCode } from './next-code';
import { dossierCodeSettings } from './reads';

export type DossierCodeAllocation = MethodOutput<'allocateDossierCode'>;

/**
 * Issues the next code inside the caller's transaction, so a dossier and its code commit together or
 * not at all. The row is the proof the code was handed out: nothing ever deletes it.
 */
export function allocateDossierCode(tx: WriteContext): DossierCodeAllocation {
  const parts = nextDossierCode(tx.db, tx.now, tx.cityTimeKnown);
  const code = formatDossierCode(parts);
  const issuedAt = tx.now.toISOString();
  stmt(tx.db, 'INSERT INTO dossier_codes (code, unit_code, code_day, number, issued_at, actor) VALUES (?, ?, ?, ?, ?, ?)').run(
    code,
    parts.unitCode,
    parts.day,
    parts.number,
    issuedAt,
    actorOf(tx.caller),
  );
  const allocation = { code, unitCode: parts.unitCode, day: parts.day, number: parts.number, issuedAt };
  tx.record({ entity: 'dossier_code', entityId: code, op: 'dossier_code.allocate@1', payload: allocation });
  return allocation;
}

export class DossierCodeCommands {
  constructor(private readonly write: WritePath) {}

  allocate(caller: Caller): DossierCodeAllocation {
    return this.write.run(caller, allocateDossierCode);
  }

  /** A new block only changes where the next numbers come from; codes already issued stay taken. */
  saveSettings(input: ParsedInput<'saveDossierCodeSettings'>, caller: Caller): MethodOutput<'saveDossierCodeSettings'> {
    return this.write.run(caller, (tx) => {
      writeDossierCodeSettings(tx, input);
      return dossierCodeSettings(tx.db, tx.now, tx.cityTimeKnown);
    });
  }
}

/** Inside the caller's transaction: the set-up wizard stores the ward's unit code with everything else. */
export function writeDossierCodeSettings(tx: WriteContext, input: ParsedInput<'saveDossierCodeSettings'>): void {
  stmt(
    tx.db,
    `INSERT INTO dossier_code_settings (id, unit_code, slot, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET unit_code = excluded.unit_code, slot = excluded.slot, updated_at = excluded.updated_at`,
  ).run(input.unitCode, input.slot, tx.now.toISOString());
  tx.record({ entity: 'dossier_code_settings', entityId: 'this-pc', op: 'dossier_code_settings.save@1', payload: input });
}
