import { createHash } from 'node:crypto';
import { ApiError } from './api-error';
import { stmt } from './db/statements';
import type { WriteContext } from './write-path';

// Exactly-once for creating methods. The client makes a request id once per intent and sends it again
// on every retry; the first answer is stored in the transaction that did the work, so a reply lost
// after the commit is answered again from here and nothing is created twice.

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
