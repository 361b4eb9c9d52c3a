import type { SyncErrorCode } from '../shared/sync/wire';

const STATUS: Record<SyncErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  token_expired: 401,
  challenge_invalid: 401,
  enrol_code_invalid: 401,
  slot_taken: 409,
  device_revoked: 403,
  forbidden: 403,
  not_found: 404,
  seq_gap: 409,
  seq_regression: 409,
  push_in_progress: 409,
  cursor_expired: 410,
  payload_too_large: 413,
  upgrade_required: 426,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export interface SyncErrorDetail {
  expectedSeq?: number;
  supportedProtocols?: number[];
  retryAfterSeconds?: number;
  issues?: string[];
}

/** An answer other than 2xx; the transport turns it into the wire's ErrorBody with its status. */
export class SyncError extends Error {
  readonly status: number;

  constructor(
    readonly code: SyncErrorCode,
    /** English, for the log; the body carries the Vietnamese text for the code. */
    logMessage: string = code,
    readonly detail: SyncErrorDetail = {},
  ) {
    super(logMessage);
    this.status = STATUS[code];
  }
}
