import { accountFormErrors } from '../../shared/i18n/vi';

// What the account forms check before sending, with the same limits as the contract (accounts.ts),
// so the clerk hears about a short PIN or a mistyped repeat at once, in words.

const USERNAME = /^[a-z0-9._-]{3,32}$/;
const SECRET_MIN = 6;

/** Usernames are lower case; typing on a keyboard left in capitals still works. */
export function normaliseUsername(typed: string): string {
  return typed.trim().toLowerCase();
}

export function usernameProblem(typed: string): string | null {
  return USERNAME.test(normaliseUsername(typed)) ? null : accountFormErrors.usernameInvalid;
}

/** A new secret and its repeat: long enough and typed the same twice. */
export function newSecretProblem(secret: string, again: string | null): string | null {
  if (secret.length < SECRET_MIN) return accountFormErrors.secretTooShort;
  if (again !== null && again !== secret) return accountFormErrors.secretMismatch;
  return null;
}
