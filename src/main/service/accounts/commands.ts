import { v7 as uuidv7 } from 'uuid';
import type { Clerk, SignedInClerk } from '../../../shared/api/accounts';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import { activeAdminCount, clerkRowById, clerkRowByUsername, hasAnyClerk, toClerk } from './reads';

// Every change to an account: one transaction, one outbox row carrying the clerk record without its
// secret (the city learns names, never PINs), and the audit row the write path adds itself.

export interface NewClerk {
  username: string;
  fullName: string;
  role: Clerk['role'];
  /** Already hashed: scrypt runs before the transaction, never inside it. */
  secretHash: string;
  mustChangeSecret: boolean;
}

export class AccountCommands {
  constructor(private readonly write: WritePath) {}

  /** Only while no account exists: checked inside the transaction, so two first starts cannot both win. */
  /** `alongside` commits with the account or not at all: the set-up wizard's ward, counter and printers. */
  createFirstAdmin(caller: Caller, clerk: Omit<NewClerk, 'role'>, alongside: (tx: WriteContext) => void = () => undefined): Clerk {
    return this.write.run(caller, (tx) => {
      if (hasAnyClerk(tx.db)) throw new ApiError('accounts_exist');
      const created = insertClerk(tx, { ...clerk, role: 'admin' });
      alongside(tx);
      return created;
    });
  }

  createClerk(caller: Caller, clerk: NewClerk): Clerk {
    return this.write.run(caller, (tx) => insertClerk(tx, clerk));
  }

  updateClerk(caller: Caller, input: ParsedInput<'updateClerk'>): { clerk: Clerk; accessChanged: boolean } {
    return this.write.run(caller, (tx) => {
      const row = clerkRowById(tx.db, input.id);
      if (!row) throw new ApiError('clerk_not_found');
      const wasActiveAdmin = row.role === 'admin' && row.active === 1;
      const staysActiveAdmin = input.role === 'admin' && input.active;
      if (wasActiveAdmin && !staysActiveAdmin && activeAdminCount(tx.db) <= 1) throw new ApiError('last_admin');
      stmt(tx.db, 'UPDATE clerks SET full_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?').run(
        input.fullName,
        input.role,
        input.active ? 1 : 0,
        tx.now.toISOString(),
        row.id,
      );
      const clerk = recordClerk(tx, row.id);
      // An inactive account holds no session (its deactivation closed them, sign-in refuses it), so
      // "left or made inactive" is all the active flag needs to say here.
      return { clerk, accessChanged: row.role !== input.role || !input.active };
    });
  }

  setSecret(caller: Caller, clerkId: string, secretHash: string, mustChangeSecret: boolean): Clerk {
    return this.write.run(caller, (tx) => {
      if (!clerkRowById(tx.db, clerkId)) throw new ApiError('clerk_not_found');
      stmt(tx.db, 'UPDATE clerks SET secret_hash = ?, must_change_secret = ?, updated_at = ? WHERE id = ?').run(
        secretHash,
        mustChangeSecret ? 1 : 0,
        tx.now.toISOString(),
        clerkId,
      );
      // The record the city keeps has no secret; the change is still a change of the account.
      return recordClerk(tx, clerkId);
    });
  }

  setIdleLockMinutes(caller: Caller, minutes: number): void {
    this.write.run(caller, (tx) => {
      stmt(tx.db, 'UPDATE account_settings SET idle_lock_minutes = ? WHERE id = 1').run(minutes);
      tx.record({ entity: 'account_settings', entityId: 'ward', op: 'account_settings.save@1', payload: { idleLockMinutes: minutes } });
    });
  }
}

function insertClerk(tx: WriteContext, clerk: NewClerk): Clerk {
  if (clerkRowByUsername(tx.db, clerk.username)) throw new ApiError('username_taken');
  const id = uuidv7();
  const at = tx.now.toISOString();
  stmt(
    tx.db,
    `INSERT INTO clerks (id, username, full_name, role, active, secret_hash, must_change_secret, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  ).run(id, clerk.username, clerk.fullName, clerk.role, clerk.secretHash, clerk.mustChangeSecret ? 1 : 0, at, at);
  return recordClerk(tx, id);
}

function recordClerk(tx: WriteContext, id: string): Clerk {
  const clerk = toClerk(clerkRowById(tx.db, id)!);
  tx.record({
    entity: 'clerk',
    entityId: id,
    op: 'clerk.save@1',
    payload: { id, username: clerk.username, fullName: clerk.fullName, role: clerk.role, active: clerk.active, updatedAt: clerk.updatedAt },
  });
  return clerk;
}

export function signedIn(clerk: Clerk): SignedInClerk {
  return { id: clerk.id, username: clerk.username, fullName: clerk.fullName, role: clerk.role };
}
