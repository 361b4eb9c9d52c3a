import type { MethodInput } from '../../shared/api/contract';
import type { Dossier } from '../../shared/api/dossiers';
import { api, ApiCallError } from '../api/client';

// A save whose reply is lost (the LAN dropped it after the hub committed) is sent again with the same
// request id, so the hub answers with the dossier it already made instead of making a second one.

/** Attempts in all before the clerk is told; the waits between them grow, about 7 s in all. */
const ATTEMPTS = 5;
const FIRST_WAIT_MS = 700;

export async function createDossierRetrying(input: MethodInput<'createDossier'>, onRetry: (attempt: number) => void): Promise<Dossier> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await api('createDossier', input)).dossier;
    } catch (error) {
      // Only a request that got no answer may have been lost; a refusal says the hub changed nothing.
      const unanswered = error instanceof ApiCallError && error.code === 'offline';
      if (!unanswered || attempt >= ATTEMPTS) throw error;
      onRetry(attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, FIRST_WAIT_MS * attempt));
    }
  }
}

/**
 * A request id for one intent. crypto.randomUUID exists only in a secure context, and a counter PC that
 * opens the hub by its LAN address over plain http is not one; getRandomValues is there in both.
 */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
