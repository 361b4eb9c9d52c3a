import type { z } from 'zod';
import type { MethodSpec } from '../../shared/api/method';
import type { Caller, RequestContext } from './caller';

/** A module's implementation of its slice of the contract: one function per method, input already parsed. */
export type HandlerSlice<S extends Record<string, MethodSpec<z.ZodType, z.ZodType>>> = {
  [M in keyof S]: (input: z.output<S[M]['input']>, caller: Caller, request: RequestContext) => z.infer<S[M]['output']>;
};
