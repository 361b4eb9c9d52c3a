import { createHash } from 'node:crypto';
import { ApiError } from './api-error';
import { stmt } from './db/statements';
import type { WriteContext, WritePath } from './write-path';

// Exactly-once for creating methods. The client makes a request id once per intent and sends it again
// on every retry; the first answer is stored in the transaction that did the work, so a reply lost
// after the commit is answered again from here and nothing is created twice.

/**
 * How long a first answer is kept. The pages retry for seconds (src/renderer/api/retrying.ts) and a clerk
 * may press save again the same day; a week is far past any retry, and the stored answers hold citizens'
 * data that should not be kept longer than they serve.
 */
export const CLIENT_REQUEST_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface StoredRequest {
  method: string;
  input_hash: string;
  result_json: string;
}

/**
 * Runs `create` once per request id, inside the caller's write transaction; a retry gets the stored
 * first answer. The same id with another method or other input is refused: it is not a retry.
 */
export function oncePerRequest<T>(tx: WriteContext, method: string, request: { requestId: string }, create: () => T): T {
  const { requestId, ...content } = request;
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const stored = stmt(tx.db, 'SELECT method, input_hash, result_json FROM client_requests WHERE request_id = ?').get(requestId) as
    StoredRequest | undefined;
  if (stored) {
    if (stored.method !== method || stored.input_hash !== hash) throw new ApiError('request_id_reused');
    return JSON.parse(stored.result_json) as T;
  }
  const result = create();
  stmt(tx.db, 'INSERT INTO client_requests (request_id, method, input_hash, result_json, at) VALUES (?, ?, ?, ?, ?)').run(
    requestId,
    method,
    hash,
    JSON.stringify(result),
    tx.now.toISOString(),
  );
  return result;
}

/** Forgets the answers older than the retention; returns how many. */
export function forgetOldRequests(write: WritePath): number {
  return write.housekeep(
    (tx) =>
      stmt(tx.db, 'DELETE FROM client_requests WHERE at < ?').run(new Date(tx.now.getTime() - CLIENT_REQUEST_RETENTION_MS).toISOString())
        .changes,
  );
}

/** Forgets old answers now and then once a day while the service runs; returns the stop for shutdown. */
export function forgetOldRequestsDaily(write: WritePath): () => void {
  const forget = () => {
    try {
      forgetOldRequests(write);
    } catch (error) {
      // A disk fault is already on the health monitor's list; the answers wait for the next run.
      if (!(error instanceof ApiError)) throw error;
    }
  };
  forget();
  const timer = setInterval(forget, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
