import type { deviceMethods } from '../../../shared/api/devices';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { HandlerSlice } from '../handler-slice';
import type { DeviceCommands } from './commands';
import type { ClerkAccess } from '../accounts/clerk-access';
import type { DeviceAuth } from './device-auth';
import type { PairingCodes } from './pairing-codes';
import type { SetupCommands } from '../setup/commands';
import { deviceById, listDevices } from './reads';
import { deviceText } from '../../../shared/i18n/vi/devices';

export function deviceHandlers(deps: {
  db: Db;
  auth: DeviceAuth;
  clerks: ClerkAccess;
  codes: PairingCodes;
  commands: DeviceCommands;
  setup: Pick<SetupCommands, 'needed'>;
  now: () => Date;
}): HandlerSlice<typeof deviceMethods> {
  const { db, auth, codes, commands } = deps;
  return {
    whoAmI: (_input, caller) => {
      const session = caller.sessionId ? deps.clerks.sessions.get(caller.sessionId) : null;
      return {
        role: caller.role,
        counterNumber: caller.counterNumber,
        deviceName: caller.deviceName,
        session: session ? deps.clerks.state(session) : null,
        needsFirstAdmin: deps.clerks.needsFirstAdmin,
        // Only the hub PC itself is sent to the wizard; a paired device waits for it like for the first admin.
        needsSetup: caller.role === 'local' && deps.setup.needed,
      };
    },
    createPairingCode: (input) => {
      if (input.role === 'counter' && !input.counterNumber) throw new ApiError('bad_request', deviceText.counterNumberRequired);
      const counter =
        input.role === 'counter'
          ? (stmt(db, 'SELECT id, number FROM counters WHERE number = ?').get(input.counterNumber) as
              { id: string; number: number } | undefined)
          : undefined;
      if (input.role === 'counter' && !counter) throw new ApiError('counter_not_found');
      const { code, expiresAt } = codes.create(
        { role: input.role, counterNumber: counter?.number ?? null, counterId: counter?.id ?? null, deviceName: input.deviceName },
        deps.now().getTime(),
      );
      return { code, expiresAt: new Date(expiresAt).toISOString() };
    },
    pairDevice: (input, _caller, request) => commands.pairDevice(input, request),
    listDevices: () => ({ devices: listDevices(db, auth.lastSeen) }),
    revokeDevice: (input, caller) => {
      const { device } = commands.revokeDevice(input, caller);
      return { device: { ...device, lastSeenAt: deviceById(db, device.id, auth.lastSeen).lastSeenAt } };
    },
  };
}
