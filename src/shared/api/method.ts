import { z } from 'zod';
import type { Role } from './schemas';

// The shape of one method of the contract. `roles` lists who may call it; a `counterScoped` method
// acts for the counter named in its input, which a paired counter device may only do for its own.

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  summary: string;
  input: I;
  output: O;
  roles: readonly Role[];
  counterScoped?: boolean;
  /** Reachable without a token: the one-time pairing code is the credential. */
  open?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const Empty = z.object({}).strict();
