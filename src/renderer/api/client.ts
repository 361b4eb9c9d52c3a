import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { transportText } from '../../shared/i18n/vi/common';
import { ApiErrorBody } from '../../shared/api/schemas';
import { errorMessages } from '../../shared/i18n/vi';
import { currentToken } from './token';

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The renderer's only way to the ward service: POST /api/<method> with the caller's token. */
export async function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const token = currentToken();
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiCallError('offline', transportText.offline, 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiErrorBody.safeParse(body);
    if (parsed.success) throw new ApiCallError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new ApiCallError('internal', errorMessages.internal, response.status);
  }
  return body as MethodOutput<M>;
}
