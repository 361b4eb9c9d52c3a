import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { api, ApiCallError } from './client';

// A creating call whose answer was lost may or may not have been carried out. Sent again with the same
// request id it is answered with the first result, so the page can retry on its own without ever
// creating a second ticket or dossier.

/** Failures where the request may have been lost on the way there or its answer on the way back. */
const LOST = new Set(['offline', 'timeout']);

/** Waits before each retry: backing off so that a hub that is restarting is not flooded. */
export const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000] as const;
const ATTEMPT_TIMEOUT_MS = 5_000;

/**
 * Calls a method whose input carries a request id, retrying a lost call with the very same input;
 * `onRetry` is told the number of each attempt after the first, so the page can say so. Any other failure is thrown at once.
 */
export async function callWithRetries<M extends MethodName>(
  method: M,
  input: MethodInput<M> & { requestId: string },
  onRetry: (attempt: number) => void,
): Promise<MethodOutput<M>> {
  for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
    try {
      return await api(method, input, { timeoutMs: ATTEMPT_TIMEOUT_MS });
    } catch (error) {
      if (!(error instanceof ApiCallError && LOST.has(error.code))) throw error;
    }
    onRetry(i + 2);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return api(method, input, { timeoutMs: ATTEMPT_TIMEOUT_MS });
}
