import type { Role } from '../../shared/api/schemas';
import { deviceText } from '../../shared/i18n/vi/devices';

/** Who is calling the API, established by the transport from the request's token. */
export interface Caller {
  role: Role;
  counterNumber: number | null;
  deviceId: string | null;
  deviceName: string;
}

/** Where a request came from, for limits that must apply per sender (wrong pairing codes). */
export interface RequestContext {
  /** The sender's network address as the transport saw it. */
  source: string;
}

export const LOCAL_CALLER: Caller = { role: 'local', counterNumber: null, deviceId: null, deviceName: deviceText.thisPc };

/** The actor recorded in the sync log and the ticket history. */
export function actorOf(caller: Caller): string {
  return caller.deviceId ? `device:${caller.deviceId}` : 'local';
}
