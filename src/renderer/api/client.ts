import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { transportText } from '../../shared/i18n/vi/common';
import { ApiErrorBody } from '../../shared/api/schemas';
import { errorMessages } from '../../shared/i18n/vi';
import { currentToken, deviceToken, forgetSessionToken, isSessionToken } from './token';

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * What an answer says about the clerk's session, for the session gate to act on: `ended` when the
 * service no longer knows the session token (a restart, a sign-out elsewhere, an admin's change).
 */
export type SessionSignal = 'locked' | 'sign_in_required' | 'secret_change_required' | 'ended';

const SIGNAL_OF: Record<string, SessionSignal> = {
  session_locked: 'locked',
  sign_in_required: 'sign_in_required',
  secret_change_required: 'secret_change_required',
};

const listeners = new Set<(signal: SessionSignal) => void>();

/** Calls `listener` with every session signal an answer carries; returns the unsubscribe. */
export function onSessionSignal(listener: (signal: SessionSignal) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function signal(value: SessionSignal): void {
  for (const listener of listeners) listener(value);
}

export interface CallOptions {
  /** Give up waiting after this long with a `timeout` error; the request may still have been carried out. */
  timeoutMs?: number;
}

/** The renderer's only way to the ward service: POST /api/<method> with the caller's token. */
export function api<M extends MethodName>(method: M, input: MethodInput<M>, options: CallOptions = {}): Promise<MethodOutput<M>> {
  return withSession((token) => post(method, input, token, options));
}

/** The contract's methods marked `download`: their answer is a file, not JSON. */
export type DownloadMethodName = 'exportDossierRegister' | 'exportDiagnostics' | 'exportSyncLog';

/** Calls a download method and hands back the file as the service named it, to be saved by the browser. */
export function downloadFile<M extends DownloadMethodName>(method: M, input: MethodInput<M>): Promise<{ blob: Blob; fileName: string }> {
  return withSession(async (token) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, { method: 'POST', headers: headersWith(token), body: JSON.stringify(input) });
    } catch {
      throw new ApiCallError('offline', transportText.offline, 0);
    }
    if (!response.ok) throw refusal(response, await response.json().catch(() => null));
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? method;
    return { blob: await response.blob(), fileName };
  });
}

/** Sends with the current token; a lost session is retried once as the device alone (see below). */
async function withSession<T>(send: (token: string | null) => Promise<T>): Promise<T> {
  const token = currentToken();
  try {
    return await send(token);
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
    if (error.code === 'unauthorized' && token && isSessionToken(token)) {
      // The session is gone, not the device: a refused request changed nothing, so it is sent again
      // as the device alone, and the gate asks for a sign-in if the method needs a clerk.
      forgetSessionToken();
      signal('ended');
      const device = deviceToken();
      if (device) {
        try {
          return await send(device);
        } catch (retried) {
          throw signalled(retried);
        }
      }
    }
    throw signalled(error);
  }
}

/** Tells the listeners what a refusal means for the session, and hands the error back to be thrown. */
function signalled<E>(error: E): E {
  const value = error instanceof ApiCallError ? SIGNAL_OF[error.code] : undefined;
  if (value) signal(value);
  return error;
}

async function post<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  token: string | null,
  options: CallOptions,
): Promise<MethodOutput<M>> {
  const signal = options.timeoutMs === undefined ? null : AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: headersWith(token),
      body: JSON.stringify(input),
      signal,
    });
    body = await response.json().catch((error: unknown) => {
      // An answer cut off part-way is a lost answer, not an empty one.
      if (response.ok) throw error;
      return null;
    });
  } catch {
    if (signal?.aborted) throw new ApiCallError('timeout', transportText.timeout, 0);
    throw new ApiCallError('offline', transportText.offline, 0);
  }
  if (!response.ok) throw refusal(response, body);
  return body as MethodOutput<M>;
}

function headersWith(token: string | null): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** The error an answer that is not 200 carries, in the envelope every refusal has. */
function refusal(response: Response, body: unknown): ApiCallError {
  const parsed = ApiErrorBody.safeParse(body);
  if (parsed.success) return new ApiCallError(parsed.data.error.code, parsed.data.error.message, response.status);
  return new ApiCallError('internal', errorMessages.internal, response.status);
}
