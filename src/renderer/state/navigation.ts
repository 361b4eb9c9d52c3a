import type { Role } from '../../shared/api/schemas';
import { forgetDeviceToken } from '../api/token';

/** The page a caller of this role belongs on; the local app starts at the counter page. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'kiosk':
      return '/kiosk';
    case 'display':
      return '/display';
    default:
      return '/';
  }
}

/** A device without a valid token can only pair; a stale device token is dropped so it cannot loop. */
export function goToPairing(): void {
  forgetDeviceToken();
  if (window.location.pathname !== '/pair') window.location.assign('/pair');
}
