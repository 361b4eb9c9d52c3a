import type { deviceMethods } from '../../../shared/api/devices';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { HandlerSlice } from '../handler-slice';
import type { DeviceCommands } from './commands';
import type { DeviceAuth } from './device-auth';
import type { PairingCodes } from './pairing-codes';
import { deviceById, listDevices } from './reads';
import { deviceText } from '../../../shared/i18n/vi/devices';

export function deviceHandlers(deps: {
  db: Db;
  auth: DeviceAuth;
  codes: PairingCodes;
  commands: DeviceCommands;
  now: () => Date;
}): HandlerSlice<typeof deviceMethods> {
  const { db, auth, codes, commands } = deps;
  return {
    whoAmI: (_input, caller) => ({ role: caller.role, counterNumber: caller.counterNumber, deviceName: caller.deviceName }),
    createPairingCode: (input) => {
      if (input.role === 'counter' && !input.counterNumber) throw new ApiError('bad_request', deviceText.counterNumberRequired);
      if (input.counterNumber && !stmt(db, 'SELECT 1 FROM counters WHERE number = ?').get(input.counterNumber))
        throw new ApiError('counter_not_found');
      const { code, expiresAt } = codes.create(
        { role: input.role, counterNumber: input.role === 'counter' ? (input.counterNumber ?? null) : null, deviceName: input.deviceName },
        deps.now().getTime(),
      );
      return { code, expiresAt: new Date(expiresAt).toISOString() };
    },
    pairDevice: (input) => commands.pairDevice(input),
    listDevices: () => ({ devices: listDevices(db, auth.lastSeen) }),
    revokeDevice: (input, caller) => {
      const { device } = commands.revokeDevice(input, caller);
      return { device: { ...device, lastSeenAt: deviceById(db, device.id, auth.lastSeen).lastSeenAt } };
    },
  };
}
