import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../api-error';
import { LOCAL_CALLER, type Caller, type RequestContext } from '../caller';
import { deviceText } from '../../../shared/i18n/vi/devices';
import { stmt } from '../db/statements';
import type { WritePath } from '../write-path';
import { newDeviceToken, tokenHash } from './device-auth';
import type { PairingCodes } from './pairing-codes';
import { deviceById } from './reads';

export class DeviceCommands {
  constructor(
    private readonly write: WritePath,
    private readonly codes: PairingCodes,
    private readonly now: () => Date,
  ) {}

  pairDevice(input: ParsedInput<'pairDevice'>, request: RequestContext): MethodOutput<'pairDevice'> {
    const attempt = this.codes.take(input.code, this.now().getTime(), request.source);
    if (!attempt.ok && attempt.reason === 'locked')
      throw new ApiError('pairing_locked', deviceText.retryInMinutes(Math.ceil(attempt.retryAfterMs / 60_000)));
    if (!attempt.ok) throw new ApiError('pairing_code_invalid');
    const { pairing } = attempt;
    const token = newDeviceToken();
    // The device has no identity until this commits, so the pairing is the local admin's act.
    this.write.run(LOCAL_CALLER, (tx) => {
      const id = uuidv7();
      stmt(
        tx.db,
        'INSERT INTO devices (id, name, role, counter_number, counter_id, token_hash, paired_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(id, pairing.deviceName, pairing.role, pairing.counterNumber, pairing.counterId, tokenHash(token), tx.now.toISOString());
      tx.record({
        entity: 'device',
        entityId: id,
        op: 'device.pair@1',
        payload: { role: pairing.role, counterId: pairing.counterId, counterNumber: pairing.counterNumber, deviceName: pairing.deviceName },
      });
    });
    return { token, role: pairing.role, counterNumber: pairing.counterNumber, deviceName: pairing.deviceName };
  }

  revokeDevice(input: ParsedInput<'revokeDevice'>, caller: Caller): MethodOutput<'revokeDevice'> {
    const device = this.write.run(caller, (tx) => {
      const row = deviceById(tx.db, input.deviceId);
      if (!row.revokedAt) {
        stmt(tx.db, 'UPDATE devices SET revoked_at = ? WHERE id = ?').run(tx.now.toISOString(), row.id);
        tx.record({ entity: 'device', entityId: row.id, op: 'device.revoke@1', payload: { id: row.id } });
      }
      tx.emit('device.revoked', { deviceId: row.id });
      return deviceById(tx.db, row.id);
    });
    return { device };
  }
}
