import type { SignedInClerk } from '../../shared/api/accounts';
import type { Role } from '../../shared/api/schemas';
import { deviceText } from '../../shared/i18n/vi/devices';

/** Who is calling the API, established by the transport from the request's token. */
export interface Caller {
  role: Role;
  counterNumber: number | null;
  deviceId: string | null;
  deviceName: string;
  /** The clerk signed in on the device, when the token is a clerk session's. */
  clerk?: SignedInClerk | null;
  /** The session the token belongs to, for sign-out and unlocking. */
  sessionId?: string | null;
  /** The API method being served: the audit log names it next to every change. */
  method?: string;
  /**
   * Who made the change when neither this PC's device nor a clerk did: a status the processing side
   * posted at the city, applied here by sync (`PROCESSING_ACTOR`).
   */
  actor?: string;
}

/** Where a request came from, for limits that must apply per sender (wrong pairing codes). */
export interface RequestContext {
  /** The sender's network address as the transport saw it. */
  source: string;
}

export const LOCAL_CALLER: Caller = { role: 'local', counterNumber: null, deviceId: null, deviceName: deviceText.thisPc };

/** The device a caller acts from: the hub PC itself, or a paired LAN device. */
export function deviceKeyOf(caller: Caller): string {
  return caller.deviceId ? `device:${caller.deviceId}` : 'local';
}

/** The actor recorded in the sync log: the device, and the clerk signed in on it ('local;clerk:<id>'). */
export function actorOf(caller: Caller): string {
  if (caller.actor) return caller.actor;
  const device = deviceKeyOf(caller);
  return caller.clerk ? `${device};clerk:${caller.clerk.id}` : device;
}
