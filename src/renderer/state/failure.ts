import { errorMessages } from '../../shared/i18n/vi';
import { ApiCallError } from '../api/client';
import { goToPairing } from './navigation';

/** The Vietnamese message for a failed call; a device whose token stopped working is sent to pairing. */
export function failureMessage(error: unknown): string {
  if (error instanceof ApiCallError) {
    if (error.code === 'unauthorized') goToPairing();
    return error.message;
  }
  return errorMessages.internal;
}

/** A refusal because the clerk's session is locked: the lock screen says so, the page need not. */
export function isLockRefusal(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'session_locked';
}
