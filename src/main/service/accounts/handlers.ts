import type { accountMethods } from '../../../shared/api/accounts';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import type { AuditLog } from './audit-log';
import type { ClerkAccess } from './clerk-access';
import { signedIn, type AccountCommands } from './commands';
import { clerkRowById, listClerks } from './reads';
import { verifySecret, type SecretHasher } from './secret-hash';

type AsyncSlice<S> = { [M in keyof S]: S[M] extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : never };

export function accountHandlers(deps: {
  db: Db;
  access: ClerkAccess;
  commands: AccountCommands;
  audit: AuditLog;
  secrets: SecretHasher;
  now: () => Date;
}): AsyncSlice<HandlerSlice<typeof accountMethods>> {
  const { db, access, commands, audit, secrets } = deps;

  const signInAs = (caller: Caller, clerk: Parameters<ClerkAccess['signIn']>[1]) => {
    const { token, session } = access.signIn(caller, clerk);
    return { sessionToken: token, session: access.state(session) };
  };

  return {
    createFirstAdmin: async (input, caller) => {
      const secretHash = await secrets.hash(input.secret);
      const clerk = commands.createFirstAdmin(caller, {
        username: input.username,
        fullName: input.fullName,
        secretHash,
        mustChangeSecret: false,
      });
      access.firstAdminCreated();
      return signInAs(caller, clerk);
    },
    signIn: async (input, caller) => {
      const clerk = await access.checkSecret(caller, input.username, input.secret);
      const result = signInAs(caller, clerk);
      audit.accountEvent({ ...caller, clerk: result.session.clerk }, 'signIn', clerk.id);
      return result;
    },
    signOut: (_input, caller) => {
      const session = access.sessionOf(caller);
      audit.accountEvent(caller, 'signOut', session.clerk.id);
      access.sessions.close(session.id);
      return { signedOut: true as const };
    },
    unlockSession: async (input, caller) => ({ session: access.state(await access.unlock(caller, input.secret)) }),
    touchSession: (_input, caller) => {
      const session = access.sessionOf(caller);
      access.sessions.touch(session);
      return { session: access.state(session) };
    },
    changeOwnSecret: async (input, caller) => {
      const session = access.sessionOf(caller);
      const row = clerkRowById(db, session.clerk.id);
      if (!row || !(await verifySecret(input.currentSecret, row.secret_hash))) throw new ApiError('secret_wrong');
      commands.setSecret(caller, row.id, await secrets.hash(input.newSecret), false);
      access.sessions.secretChanged(row.id);
      access.sessions.unlock(session);
      return { session: access.state(session) };
    },
    listClerks: () => ({ clerks: listClerks(db) }),
    createClerk: async (input, caller) => {
      const secretHash = await secrets.hash(input.secret);
      return { clerk: commands.createClerk(caller, { ...input, secretHash, mustChangeSecret: true }) };
    },
    updateClerk: (input, caller) => {
      const { clerk, accessChanged } = commands.updateClerk(caller, input);
      if (accessChanged) access.sessions.closeClerk(clerk.id);
      else access.sessions.renamed(signedIn(clerk));
      return { clerk };
    },
    resetClerkSecret: async (input, caller) => {
      const clerk = commands.setSecret(caller, input.id, await secrets.hash(input.newSecret), true);
      access.sessions.closeClerk(clerk.id);
      return { clerk };
    },
    getAccountSettings: () => ({ idleLockMinutes: access.idleLockMinutes }),
    updateAccountSettings: (input, caller) => {
      commands.setIdleLockMinutes(caller, input.idleLockMinutes);
      access.idleLockMinutes = input.idleLockMinutes;
      return { idleLockMinutes: input.idleLockMinutes };
    },
    listAudit: (input) => ({ entries: audit.list(input) }),
    exportAudit: (input) => audit.exportCsv(input, deps.now()),
    listCitizenAccess: (input, caller) => {
      const entries = audit.citizenAccess(input.idNumber);
      // Asking who viewed a citizen is itself a look at that citizen, listed from the next question on.
      audit.personalDataRead(caller, 'listCitizenAccess', input.idNumber, 'audit');
      return { entries };
    },
  };
}
