import type { Settings } from '../../../shared/api/schemas';
import type { MachineSetup } from '../../machine-config';
import type { ClerkAccess } from '../accounts/clerk-access';
import type { AccountCommands } from '../accounts/commands';
import type { Caller } from '../caller';
import { announceConfigChanged, writeCounter, writeSettings } from '../config/commands';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import { writeDossierCodeSettings } from '../dossier-codes/commands';
import type { WriteContext, WritePath } from '../write-path';

// The first-run set-up of a hub PC: the wizard's answers, or the machine config file's for a silent
// install. Either way they are written once, in one transaction, and marked done so that a later
// change in Settings is never overwritten by the file at the next start.

const DONE_KEY = 'setupCompletedAt';

export interface SetupValues {
  wardName?: string;
  unitCode?: string;
  /** Null services: every active one, as the default counters serve. */
  counter?: { number: number; name: string; serviceIds: string[] | null };
  ticketPrinter?: string | null;
  documentPrinter?: string | null;
}

/** The dossier-number block of the hub, the ward's only PC with a database: 0001–0999. */
const HUB_SLOT = 0;

export function writeSetup(tx: WriteContext, values: SetupValues): void {
  const patch: Partial<Settings> = {};
  if (values.wardName !== undefined) patch.wardName = values.wardName;
  if (values.ticketPrinter !== undefined) patch.ticketPrinter = values.ticketPrinter;
  if (values.documentPrinter !== undefined) patch.documentPrinter = values.documentPrinter;
  writeSettings(tx, patch);
  stmt(tx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(
    DONE_KEY,
    JSON.stringify(tx.now.toISOString()),
  );
  if (values.unitCode) writeDossierCodeSettings(tx, { unitCode: values.unitCode, slot: HUB_SLOT });
  if (values.counter) {
    const { number, name } = values.counter;
    const existing = stmt(tx.db, 'SELECT id FROM counters WHERE number = ?').get(number) as { id: string } | undefined;
    const serviceIds =
      values.counter.serviceIds ??
      (stmt(tx.db, 'SELECT id FROM services WHERE active = 1 ORDER BY sort_order').all() as { id: string }[]).map((s) => s.id);
    writeCounter(tx, { ...(existing ? { id: existing.id } : {}), number, name, serviceIds, active: true });
  }
  announceConfigChanged(tx);
}

export function setupDone(db: Db): boolean {
  return stmt(db, 'SELECT 1 FROM settings WHERE key = ?').get(DONE_KEY) !== undefined;
}

/** The config file names services by code; a code no service has stops the start, naming the field. */
export function serviceIdsByCode(db: Db, codes: readonly string[]): string[] {
  return codes.map((code, index) => {
    const row = stmt(db, 'SELECT id FROM services WHERE code = ?').get(code) as { id: string } | undefined;
    if (!row) throw new Error(`setup.counter.services.${index}: no service has the code "${code}"`);
    return row.id;
  });
}

export class SetupCommands {
  constructor(
    private readonly write: WritePath,
    private readonly readDb: Db,
    private readonly clerks: ClerkAccess,
    private readonly accounts: AccountCommands,
    readonly machine: MachineSetup | null,
  ) {}

  /** A fresh hub PC (no account, never set up) whose config file does not skip the wizard. */
  get needed(): boolean {
    return !this.machine?.skipWizard && this.isFresh();
  }

  private isFresh(): boolean {
    return this.clerks.needsFirstAdmin && !setupDone(this.readDb);
  }

  /**
   * At the start of a fresh ward whose config file skips the wizard: its answers are stored as if typed.
   * Returns the city to enrol with, if the file names one; the caller starts the enrolment.
   */
  applyMachineSetup(caller: Caller): MachineSetup['city'] | null {
    const setup = this.machine;
    if (!setup?.skipWizard || !this.isFresh()) return null;
    this.write.run(caller, (tx) =>
      writeSetup(tx, {
        ...(setup.ward ? { wardName: setup.ward.name, ...(setup.ward.unitCode ? { unitCode: setup.ward.unitCode } : {}) } : {}),
        ...(setup.counter
          ? {
              counter: {
                number: setup.counter.number,
                name: setup.counter.name,
                serviceIds: setup.counter.services ? serviceIdsByCode(tx.db, setup.counter.services) : null,
              },
            }
          : {}),
        ...(setup.printers?.ticket ? { ticketPrinter: setup.printers.ticket } : {}),
        ...(setup.printers?.document ? { documentPrinter: setup.printers.document } : {}),
      }),
    );
    return setup.city ?? null;
  }

  /** The wizard's last step: the first administrator and every answer, together or not at all. */
  complete(caller: Caller, admin: Parameters<AccountCommands['createFirstAdmin']>[1], values: SetupValues) {
    return this.accounts.createFirstAdmin(caller, admin, (tx) => writeSetup(tx, values));
  }
}
