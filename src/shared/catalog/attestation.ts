import { z } from 'zod';
import { SafeText } from '../text/safe-text';

// How sure the catalogue is of a legal fact, shown next to it so the admin knows what still has to be
// checked against the official text (one-stop-rules §0): C confirmed in the cited source, S seen only in
// a secondary source, U unconfirmed.

export const CONFIDENCES = ['C', 'S', 'U'] as const;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

/** Where the fact was read: an address, a document number, or why none was found. */
const SourceText = SafeText({ max: 1000 });

export const attestationShape = { confidence: Confidence, source: SourceText };

/**
 * A fact whose value is not known at all (null) cannot be anything but unconfirmed; the issue lands on
 * `confidence`, the field the admin has to change.
 */
export function unknownIsUnconfirmed(value: unknown, confidence: Confidence, ctx: z.RefinementCtx): void {
  if (value === null && confidence !== 'U') {
    ctx.addIssue({
      code: 'custom',
      path: ['confidence'],
      message: 'a fact with no value must be tagged U',
      params: { catalogue: 'unknown_not_unconfirmed' },
    });
  }
}
