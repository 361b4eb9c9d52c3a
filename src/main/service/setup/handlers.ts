import type { setupMethods } from '../../../shared/api/setup';
import { setupPrefill } from '../../machine-config';
import type { ClerkAccess } from '../accounts/clerk-access';
import type { SecretHasher } from '../accounts/secret-hash';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { HandlerSlice } from '../handler-slice';
import type { SetupCommands } from './commands';

type SetupSlice = HandlerSlice<typeof setupMethods>;

export function setupHandlers(deps: { db: Db; commands: SetupCommands; clerks: ClerkAccess; secrets: SecretHasher }): Omit<
  SetupSlice,
  'completeSetup'
> & {
  completeSetup: (...args: Parameters<SetupSlice['completeSetup']>) => Promise<ReturnType<SetupSlice['completeSetup']>>;
} {
  const { db, commands, clerks, secrets } = deps;
  return {
    getSetupState: () => ({
      needed: commands.needed,
      prefill: setupPrefill(commands.machine),
      services: stmt(db, 'SELECT id, code, name, letter FROM services WHERE active = 1 ORDER BY sort_order, code').all() as {
        id: string;
        code: string;
        name: string;
        letter: string;
      }[],
      counters: (
        stmt(
          db,
          `SELECT c.number, c.name, json_group_array(cs.service_id) FILTER (WHERE cs.service_id IS NOT NULL) AS service_ids
           FROM counters c LEFT JOIN counter_services cs ON cs.counter_id = c.id WHERE c.active = 1 GROUP BY c.id ORDER BY c.number`,
        ).all() as { number: number; name: string; service_ids: string }[]
      ).map((c) => ({ number: c.number, name: c.name, serviceIds: JSON.parse(c.service_ids) as string[] })),
    }),
    completeSetup: async (input, caller) => {
      if (!commands.needed) throw new ApiError('setup_done');
      const secretHash = await secrets.hash(input.admin.secret);
      const clerk = commands.complete(
        caller,
        { username: input.admin.username, fullName: input.admin.fullName, secretHash, mustChangeSecret: false },
        {
          wardName: input.ward.name,
          unitCode: input.ward.unitCode,
          counter: input.counter,
          ticketPrinter: input.ticketPrinter,
          documentPrinter: input.documentPrinter,
        },
      );
      clerks.firstAdminCreated();
      const { token, session } = clerks.signIn(caller, clerk);
      return { sessionToken: token, session: clerks.state(session) };
    },
  };
}
