import { z } from 'zod';
import type { ClerkRole, Role } from './schemas';

// The shape of one method of the contract. `roles` lists the devices that may call it; `clerks`, when
// present, the clerk roles one of which must be signed in on a clerk's device (the hub PC, a paired
// counter) for the call; a kiosk or display board never has a clerk. A `counterScoped` method acts for
// the counter named in its input, which a paired counter device may only do for its own.

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  summary: string;
  input: I;
  output: O;
  roles: readonly Role[];
  clerks?: readonly ClerkRole[];
  /** Acts on the calling clerk session itself: any signed-in clerk, even while locked or before a required secret change. */
  session?: boolean;
  counterScoped?: boolean;
  /** Reachable without a token: the one-time pairing code is the credential. */
  open?: boolean;
  /** Answers a file (its bytes, with its content type and file name to save it under), not JSON. */
  download?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const Empty = z.object({}).strict();

/** The output of a `download` method: the transport sends `body` as an attachment named `fileName`. */
export const FileDownload = z.object({
  /** ASCII only: it goes into the Content-Disposition header as it is. */
  fileName: z.string().regex(/^[\w.-]+$/),
  contentType: z.string(),
  body: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});
export type FileDownload = z.infer<typeof FileDownload>;
